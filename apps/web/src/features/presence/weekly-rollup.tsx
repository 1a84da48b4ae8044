import type { WeeklyReport } from '@shegong/contracts';
import { Card, Progress, Table, Tabs } from 'antd';
import { useT } from '../../app/i18n/i18n-context.tsx';

export function percentOf(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0;
}

type Row = { key: string; name: string; assigned: number; compliant: number; below: number };

/** Compliance per district and per station for the week. */
export function WeeklyRollup({ report, loading }: { report: WeeklyReport | undefined; loading: boolean }) {
  const t = useT();
  const table = (rows: Row[], nameTitle: string, testId: string) => (
    <Table<Row>
      rowKey="key"
      size="small"
      loading={loading}
      dataSource={rows}
      pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
      data-testid={testId}
      columns={[
        { title: nameTitle, dataIndex: 'name', ellipsis: true },
        { title: t('presence.assigned'), dataIndex: 'assigned', width: 90, align: 'right' },
        { title: t('presence.compliant'), dataIndex: 'compliant', width: 90, align: 'right' },
        {
          title: t('presence.below'),
          dataIndex: 'below',
          width: 90,
          align: 'right',
          render: (v: number) => (v ? <span style={{ color: '#cf1322', fontWeight: 600 }}>{v}</span> : v),
        },
        {
          title: t('presence.rate'),
          key: 'rate',
          width: 180,
          render: (_, r) => {
            const p = percentOf(r.compliant, r.assigned);
            return <Progress percent={p} size="small" status={p < 100 && r.below ? 'exception' : 'success'} format={(v) => `${v}%`} />;
          },
        },
      ]}
    />
  );
  const districts = (report?.districts ?? []).map((d) => ({ key: d.districtCode, name: d.districtName, ...d }));
  const stations = (report?.stations ?? []).map((s) => ({ key: s.stationId, name: s.stationName, ...s }));
  return (
    <Card size="small" styles={{ body: { paddingTop: 0 } }} style={{ height: '100%' }}>
      <Tabs
        items={[
          { key: 'districts', label: t('presence.byDistrict'), children: table(districts, t('coverage.district'), 'weekly-districts') },
          { key: 'stations', label: t('presence.byStation'), children: table(stations, t('label.stationId'), 'weekly-stations') },
        ]}
      />
    </Card>
  );
}
