import { EnvironmentOutlined, PieChartOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Card, Descriptions, Empty, Flex, Skeleton, Table, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useCan } from '../../app/auth/me-context.tsx';
import { ErrorResult } from '../../app/components/error-result.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { levelColor, levelKey } from './region-level.ts';
import { useRegion, useRegionChildren } from './regions-api.ts';

type Props = {
  code: string | null;
  onSelect: (code: string) => void /** Ancestors above the caller's own roots are shown but not opened. */;
  minLevel: number;
};

export function RegionDetail({ code, onSelect, minLevel }: Props) {
  const t = useT();
  const can = useCan();
  const navigate = useNavigate();
  const region = useRegion(code);
  const children = useRegionChildren(code && region.data && region.data.level < 5 ? code : null);

  if (!code) {
    return (
      <Card title={t('region.detail')}>
        <Empty description={t('region.pickHint')} />
      </Card>
    );
  }
  if (region.isError) return <ErrorResult error={region.error} onRetry={() => region.refetch()} />;
  if (!region.data)
    return (
      <Card title={t('region.detail')}>
        <Skeleton active />
      </Card>
    );
  const r = region.data;

  const actions = (
    <Flex gap={8} wrap>
      {can('station.read') ? (
        <Button icon={<EnvironmentOutlined />} onClick={() => navigate(`/stations?regionCode=${r.code}`)}>
          {t('region.viewStations')}
        </Button>
      ) : null}
      {can('coverage.read') && r.level <= 3 ? (
        <Button icon={<PieChartOutlined />} onClick={() => navigate(`/stations/coverage?regionCode=${r.code}`)}>
          {t('region.viewCoverage')}
        </Button>
      ) : null}
    </Flex>
  );

  return (
    <Card title={r.name} extra={<Tag color={levelColor(r.level)}>{t(levelKey(r.level))}</Tag>} data-testid="region-detail">
      <Breadcrumb
        style={{ marginBottom: 16 }}
        items={[...r.path, r].map((p) => ({
          title:
            p.code === r.code || p.level < minLevel ? p.name : <Typography.Link onClick={() => onSelect(p.code)}>{p.name}</Typography.Link>,
        }))}
      />
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          { key: 'name', label: t('label.name'), children: r.name },
          { key: 'code', label: t('region.code'), children: <code>{r.code}</code> },
          { key: 'level', label: t('region.level'), children: t(levelKey(r.level)) },
          { key: 'children', label: t('region.childCount'), children: r.level < 5 ? (children.data?.total ?? '…') : 0 },
        ]}
      />
      <div style={{ margin: '16px 0' }}>{actions}</div>
      {r.level < 5 ? (
        <Table
          size="small"
          rowKey="code"
          loading={children.isFetching}
          dataSource={children.data?.items ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true, size: 'small' }}
          scroll={{ x: 420 }}
          onRow={(row) => ({ onClick: () => onSelect(row.code), style: { cursor: 'pointer' } })}
          columns={[
            { title: t('region.children'), dataIndex: 'name' },
            { title: t('region.code'), dataIndex: 'code', width: 150 },
            { title: t('region.childCount'), dataIndex: 'childCount', width: 110, align: 'right' },
          ]}
        />
      ) : null}
    </Card>
  );
}
