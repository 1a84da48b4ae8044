import { TreeSelect } from 'antd';
import { type CSSProperties, useEffect, useMemo, useState } from 'react';
import { levelKey } from '../../features/regions/region-level.ts';
import { useRegionSearch } from '../../features/regions/regions-api.ts';
import { useRegionNodes } from '../../features/regions/use-region-nodes.ts';
import { useT } from '../i18n/i18n-context.tsx';
import { useDebounced } from './use-debounced.ts';

type Props = {
  value?: string | null;
  onChange?: (code: string | undefined) => void;
  /** Only regions at these levels can be chosen (3 district, 4 town, 5 village); others only expand. */
  levels?: readonly number[];
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  style?: CSSProperties;
  'data-testid'?: string;
  /** The accessible name where no visible label names the control (a filter bar). */
  'aria-label'?: string;
};

/** A region chooser that loads the tree lazily and searches by name or pinyin on the server. */
export function RegionTreeSelect({ value, onChange, levels, placeholder, allowClear = true, disabled, style, ...rest }: Props) {
  const t = useT();
  const { roots, nodes, loadedKeys, loadChildren, reveal, buildTree } = useRegionNodes();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim());
  const results = useRegionSearch(q);
  const levelList = levels?.join(',') ?? '';

  // An existing value (e.g. when editing) needs its ancestors loaded so its name can be shown.
  useEffect(() => {
    if (value && roots.data && !nodes.has(value)) reveal(value).catch(() => undefined);
  }, [value, roots.data, nodes, reveal]);

  const treeData = useMemo(() => {
    const allowed = levelList ? levelList.split(',').map(Number) : [1, 2, 3, 4, 5];
    const maxLevel = Math.max(...allowed);
    const selectable = (level: number) => allowed.includes(level);
    if (search.trim() && q) {
      return (results.data?.items ?? [])
        .filter((r) => r.level <= maxLevel)
        .map((r) => ({
          key: r.code,
          value: r.code,
          title: `${r.name}（${t(levelKey(r.level))}）`,
          isLeaf: true,
          selectable: selectable(r.level),
          region: r,
        }));
    }
    return buildTree((r) => ({ isLeaf: r.level >= maxLevel, selectable: selectable(r.level) }));
  }, [search, q, results.data, buildTree, levelList, t]);

  return (
    <TreeSelect
      {...rest}
      style={{ width: '100%', ...style }}
      value={value ?? undefined}
      onChange={(code: string | undefined) => {
        setSearch('');
        if (code) reveal(code).catch(() => undefined);
        onChange?.(code);
      }}
      treeData={treeData}
      treeLoadedKeys={loadedKeys}
      loadData={(node) => loadChildren(String(node.value))}
      showSearch={{ searchValue: search, onSearch: setSearch, filterTreeNode: false }}
      placeholder={placeholder ?? t('region.choose')}
      allowClear={allowClear}
      disabled={disabled}
      loading={roots.isLoading || results.isFetching}
      notFoundContent={results.isFetching ? t('common.loading') : t('common.noData')}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxHeight: 420, minWidth: 260 } } }}
    />
  );
}
