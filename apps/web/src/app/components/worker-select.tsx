import { Select } from 'antd';
import { useMemo, useState } from 'react';
import { useWorkers } from '../../features/workers/workers-api.ts';
import { useT } from '../i18n/i18n-context.tsx';
import { useDebounced } from './use-debounced.ts';

type Props = {
  /** Only this organisation's workers (the station's operator). */
  organisationId?: string;
  value?: string;
  onChange?: (id: string | undefined) => void;
  placeholder?: string;
  'data-testid'?: string;
  /** The accessible name where no visible label names the control (a filter bar). */
  'aria-label'?: string;
};

/** Active social workers, searched on the server by name, pinyin or certificate number. */
export function WorkerSelect({ organisationId, value, onChange, placeholder, ...rest }: Props) {
  const t = useT();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim());
  const list = useWorkers({ page: 1, pageSize: 50, q: q || undefined, organisationId, isActive: 'true' });
  const options = useMemo(
    () =>
      (list.data?.items ?? []).map((w) => ({
        value: w.id,
        label: `${w.name} · ${t(`qualificationLevel.${w.qualificationLevel}`)}`,
      })),
    [list.data, t],
  );
  return (
    <Select
      {...rest}
      value={value}
      onChange={(id: string | undefined) => onChange?.(id)}
      options={options}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      onOpenChange={(open) => !open && setSearch('')}
      loading={list.isFetching}
      placeholder={placeholder ?? t('workers.choose')}
      allowClear
      style={{ width: '100%' }}
      notFoundContent={t('common.noData')}
    />
  );
}
