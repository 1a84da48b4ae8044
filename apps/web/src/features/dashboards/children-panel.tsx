import type { Dashboard } from '@shegong/contracts';
import { Col, Row, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { EChart } from '../../app/components/echart.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { childrenOption, sortedChildren } from './chart-options-more.ts';
import { LIGHT } from './chart-palette.ts';

type Child = Dashboard['children'][number];
type Props = { data: Dashboard; onPick: (child: Child) => void };

/** 下级区域/站点: the comparison chart and table; a click on a bar or a name opens that area's (or station's) dashboard. */
export function ChildrenPanel({ data, onPick }: Props) {
  const t = useT();
  const option = useMemo(() => childrenOption(data, t, LIGHT), [data, t]);
  const rows = useMemo(() => sortedChildren(data), [data]);
  const stations = data.children[0]?.kind === 'station';
  return (
    <Row gutter={[16, 8]}>
      <Col xs={24} xl={15}>
        <EChart
          option={option}
          style={{ height: 320 }}
          onClick={(e) => {
            const child = rows[e.dataIndex];
            if (child) onPick(child);
          }}
        />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t(stations ? 'dashboards.clickStation' : 'dashboards.clickRegion')}
        </Typography.Text>
      </Col>
      <Col xs={24} xl={9}>
        <Table<Child>
          rowKey="code"
          size="small"
          dataSource={rows}
          pagination={{ pageSize: 8, hideOnSinglePage: true, showSizeChanger: false }}
          data-testid="dash-children-table"
          columns={[
            {
              title: t(stations ? 'label.stationId' : 'label.regionCode'),
              dataIndex: 'name',
              render: (_, c) => (
                <Typography.Link onClick={() => onPick(c)} data-testid="dash-child-link">
                  {c.name}
                </Typography.Link>
              ),
            },
            { title: t('indicator.person_times'), dataIndex: 'personTimes', width: 90, align: 'right' },
            { title: t('indicator.people_served'), dataIndex: 'peopleServed', width: 90, align: 'right' },
            ...(stations ? [] : [{ title: t('dashboards.stations'), dataIndex: 'stations', width: 70, align: 'right' as const }]),
          ]}
        />
      </Col>
    </Row>
  );
}
