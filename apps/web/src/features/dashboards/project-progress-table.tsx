import type { Dashboard } from '@shegong/contracts';
import { Flex, Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useCan } from '../../app/auth/me-context.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { MarkerBar } from '../projects/marker-bar.tsx';
import { PACE_HEX, type Pace, PaceTag, pct } from '../projects/project-labels.tsx';

type Item = Dashboard['projects']['items'][number];

/** 项目进度: the projects of the area, behind pace first, delivery against time gone by. */
export function ProjectProgressTable({ items }: { items: Item[] }) {
  const t = useT();
  const can = useCan();
  return (
    <Table<Item>
      rowKey="id"
      size="small"
      dataSource={items}
      pagination={{ pageSize: 6, hideOnSinglePage: true, showSizeChanger: false }}
      locale={{ emptyText: t('dashboards.noProjects') }}
      rowClassName={(r) => (r.pace === 'behind' ? 'sg-row-below' : '')}
      data-testid="dash-project-table"
      columns={[
        {
          title: t('projects.name'),
          dataIndex: 'name',
          render: (_, r) => (
            <div style={{ minWidth: 0 }}>
              {can('project.read') ? (
                <Link to={`/projects/${r.id}`} data-testid="dash-project-link">
                  {r.name}
                </Link>
              ) : (
                r.name
              )}
              <Typography.Text type="secondary" ellipsis style={{ display: 'block', fontSize: 12 }}>
                {r.organisationName}
              </Typography.Text>
            </div>
          ),
        },
        {
          title: t('dashboards.delivery'),
          key: 'progress',
          width: 190,
          render: (_, r) => (
            <Flex align="center" gap={8}>
              <div style={{ flex: 1 }}>
                <MarkerBar
                  value={r.progress}
                  marker={r.elapsed}
                  color={PACE_HEX[(r.pace in PACE_HEX ? r.pace : 'not_started') as Pace]}
                  markerLabel={t('projects.elapsedMarker', { elapsed: pct(r.elapsed, 0) })}
                />
              </div>
              <span style={{ width: 40, textAlign: 'right', fontSize: 12 }}>{pct(r.progress, 0)}</span>
            </Flex>
          ),
        },
        { title: t('projects.pace'), dataIndex: 'pace', width: 80, render: (v: string) => <PaceTag pace={v} /> },
        {
          title: t('dashboards.executionRate'),
          dataIndex: 'executionRate',
          width: 90,
          align: 'right',
          render: (v: number | null) => pct(v, 0),
        },
      ]}
    />
  );
}
