import type { Coverage } from '@shegong/contracts';
import { Progress, Table, Tag, Typography } from 'antd';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { percent } from './station-labels.ts';

type Row = Coverage['districts'][number];

export function CoverageDistrictTable({ rows, loading, onPick }: { rows: Row[]; loading: boolean; onPick: (code: string) => void }) {
  const t = useT();
  return (
    <Table<Row>
      rowKey="code"
      size="middle"
      loading={loading}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 760 }}
      data-testid="coverage-table"
      columns={[
        {
          title: t('coverage.district'),
          dataIndex: 'name',
          width: 140,
          render: (_, r) => <Typography.Link onClick={() => onPick(r.code)}>{r.name}</Typography.Link>,
        },
        {
          title: t('coverage.centre'),
          dataIndex: 'hasCentre',
          width: 110,
          render: (v: boolean) =>
            v ? <Tag color="success">{t('coverage.hasCentre')}</Tag> : <Tag color="error">{t('coverage.noCentre')}</Tag>,
        },
        {
          title: t('coverage.townCoverage'),
          key: 'towns',
          width: 260,
          render: (_, r) => (
            <div>
              <Progress percent={percent(r.townsWithStation, r.towns)} size="small" />
              <span style={{ fontSize: 12, color: '#888' }}>{t('coverage.ofTowns', { covered: r.townsWithStation, total: r.towns })}</span>
            </div>
          ),
        },
        {
          title: t('coverage.communityCoverage'),
          key: 'communities',
          width: 260,
          render: (_, r) => (
            <div>
              <Progress percent={percent(r.communitiesWithPoint, r.communities)} size="small" strokeColor="#52c41a" />
              <span style={{ fontSize: 12, color: '#888' }}>
                {t('coverage.ofCommunities', { covered: r.communitiesWithPoint, total: r.communities })}
              </span>
            </div>
          ),
        },
      ]}
    />
  );
}
