import type { Coverage } from '@shegong/contracts';
import { Badge, Card, Table } from 'antd';
import { useT } from '../../app/i18n/i18n-context.tsx';

type Gap = Coverage['townsWithoutStation'][number];

export function TownsWithoutStation({ items, loading }: { items: Gap[]; loading: boolean }) {
  const t = useT();
  return (
    <Card
      title={t('coverage.townsWithout')}
      extra={<Badge count={items.length} showZero color={items.length ? '#faad14' : '#52c41a'} overflowCount={9999} />}
    >
      <Table<Gap>
        rowKey="code"
        size="small"
        loading={loading}
        dataSource={items}
        pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: t('coverage.allTownsCovered') }}
        columns={[
          { title: t('level.4'), dataIndex: 'name' },
          { title: t('level.3'), dataIndex: 'parentName' },
          { title: t('region.code'), dataIndex: 'code', responsive: ['sm'] },
        ]}
      />
    </Card>
  );
}

type PageState = { page: number; pageSize: number };

export function CommunitiesWithoutPoint({
  data,
  loading,
  page,
  onPage,
}: {
  data: Coverage['communitiesWithoutPoint'] | undefined;
  loading: boolean;
  page: PageState;
  onPage: (page: number, pageSize: number) => void;
}) {
  const t = useT();
  const total = data?.total ?? 0;
  return (
    <Card
      title={t('coverage.communitiesWithout')}
      extra={<Badge count={total} showZero color={total ? '#faad14' : '#52c41a'} overflowCount={99999} />}
    >
      <Table<Gap>
        rowKey="code"
        size="small"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total,
          onChange: onPage,
          showSizeChanger: true,
          showTotal: (n) => t('common.total', { total: n }),
        }}
        locale={{ emptyText: t('coverage.allCommunitiesCovered') }}
        columns={[
          { title: t('level.5'), dataIndex: 'name' },
          { title: t('level.4'), dataIndex: 'parentName' },
          { title: t('region.code'), dataIndex: 'code', responsive: ['sm'] },
        ]}
      />
    </Card>
  );
}
