import { Card, Flex, Progress, Skeleton, Table } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { ErrorResult } from '../../app/components/error-result.tsx';
import { PageHeader } from '../../app/components/page-header.tsx';
import { RegionTreeSelect } from '../../app/components/region-tree-select.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { ExpiringLists } from './expiring-lists.tsx';
import { useWorkforceStatistics } from './statistics-api.ts';
import { StatisticsCards } from './statistics-cards.tsx';
import { WorkforceCharts } from './workforce-charts.tsx';

/** 统计分析: the workforce of the district or city, organisations against the target, what expires soon. */
export function StatisticsPage() {
  const t = useT();
  const [search, setSearch] = useSearchParams();
  const regionCode = search.get('regionCode') ?? undefined;
  const stats = useWorkforceStatistics(regionCode);
  const d = stats.data;

  return (
    <>
      <PageHeader
        title={t('menu.statistics')}
        subtitle={d ? t('statistics.subtitle', { region: d.regionName }) : undefined}
        extra={
          <div style={{ width: 260, maxWidth: '100%' }}>
            <RegionTreeSelect
              value={regionCode}
              onChange={(code) => setSearch(code ? { regionCode: code } : {})}
              levels={[2, 3]}
              placeholder={t('statistics.regionFilter')}
            />
          </div>
        }
      />
      {stats.isError ? (
        <ErrorResult error={stats.error} onRetry={() => stats.refetch()} />
      ) : !d ? (
        <Skeleton active paragraph={{ rows: 12 }} />
      ) : (
        <Flex vertical gap={16} data-testid="statistics-page">
          <StatisticsCards data={d} />
          <WorkforceCharts data={d} />
          <Card size="small" title={t('statistics.byOrganisation')} data-testid="statistics-organisations">
            <Table
              rowKey="id"
              size="small"
              dataSource={d.byOrganisation}
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              columns={[
                { title: t('label.name'), dataIndex: 'name', ellipsis: true },
                {
                  title: t('statistics.workers'),
                  dataIndex: 'workers',
                  width: 110,
                  align: 'right',
                  sorter: (a, b) => a.workers - b.workers,
                  defaultSortOrder: 'descend',
                },
                {
                  title: t('statistics.certified'),
                  dataIndex: 'certified',
                  width: 110,
                  align: 'right',
                  sorter: (a, b) => a.certified - b.certified,
                },
                {
                  title: t('statistics.certifiedRate'),
                  key: 'rate',
                  width: 200,
                  render: (_, o) => <Progress percent={o.workers ? Math.round((o.certified / o.workers) * 100) : 0} size="small" />,
                },
              ]}
            />
          </Card>
          <ExpiringLists data={d} />
        </Flex>
      )}
    </>
  );
}
