import { Card, Col, Empty, Input, List, Row, Spin, Tag, Tree } from 'antd';
import { useState } from 'react';
import { ErrorResult } from '../../app/components/error-result.tsx';
import { PageHeader } from '../../app/components/page-header.tsx';
import { useDebounced } from '../../app/components/use-debounced.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { RegionDetail } from './region-detail.tsx';
import { levelColor, levelKey } from './region-level.ts';
import { useRegionSearch } from './regions-api.ts';
import { useRegionNodes } from './use-region-nodes.ts';

export function RegionsPage() {
  const t = useT();
  const { roots, rootLevel, loadedKeys, loadChildren, reveal, buildTree } = useRegionNodes();
  const [selected, setSelected] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<string[]>([]);
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim());
  const results = useRegionSearch(q);

  const select = (code: string) => {
    setSelected(code);
    reveal(code)
      .then((ancestors) => setExpanded((prev) => [...new Set([...prev, ...ancestors])]))
      .catch(() => undefined);
  };

  const treeData = buildTree();

  const tree = roots.isError ? (
    <ErrorResult error={roots.error} onRetry={() => roots.refetch()} />
  ) : roots.isPending ? (
    <Spin />
  ) : (
    <Tree
      data-testid="region-tree"
      showLine
      blockNode
      treeData={treeData}
      loadedKeys={loadedKeys}
      loadData={(node) => loadChildren(String(node.key))}
      expandedKeys={expanded}
      onExpand={(keys) => setExpanded(keys.map(String))}
      selectedKeys={selected ? [selected] : []}
      onSelect={(keys) => keys[0] !== undefined && setSelected(String(keys[0]))}
      height={560}
    />
  );

  const searchList = (
    <List
      size="small"
      loading={results.isFetching}
      dataSource={results.data?.items ?? []}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('common.noData')} /> }}
      renderItem={(r) => (
        <List.Item
          onClick={() => select(r.code)}
          style={{ cursor: 'pointer' }}
          extra={<Tag color={levelColor(r.level)}>{t(levelKey(r.level))}</Tag>}
        >
          <List.Item.Meta title={r.name} description={r.code} />
        </List.Item>
      )}
    />
  );

  return (
    <>
      <PageHeader title={t('menu.regions')} subtitle={t('region.subtitle')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10} xl={9}>
          <Card title={t('region.treeTitle')} styles={{ body: { paddingTop: 12 } }}>
            <Input.Search
              allowClear
              placeholder={t('region.searchPlaceholder')}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              style={{ marginBottom: 12 }}
              data-testid="region-search"
            />
            {q ? searchList : tree}
          </Card>
        </Col>
        <Col xs={24} lg={14} xl={15}>
          <RegionDetail code={selected} onSelect={select} minLevel={rootLevel} />
        </Col>
      </Row>
    </>
  );
}
