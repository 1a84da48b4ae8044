import type { ProjectSummary } from '@shegong/contracts';
import { Flex, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType, TablePaginationConfig } from 'antd/es/table';
import { Link } from 'react-router-dom';
import { useIsMobile } from '../../app/components/use-is-mobile.ts';
import { useLocale, useT } from '../../app/i18n/i18n-context.tsx';
import { ElapsedBars } from './elapsed-bars.tsx';
import { PaceTag, PersonnelTag, ProjectStatusTag, shortMoney } from './project-labels.tsx';

type Props = { items: ProjectSummary[]; loading: boolean; pagination: TablePaginationConfig };

/** 购买服务项目: who buys what from whom, where, for how much, and whether it keeps pace and the personnel rule. */
export function ProjectTable({ items, loading, pagination }: Props) {
  const t = useT();
  const [locale] = useLocale();
  const isMobile = useIsMobile();
  const columns: ColumnsType<ProjectSummary> = [
    {
      title: t('projects.name'),
      dataIndex: 'name',
      width: 200,
      fixed: isMobile ? undefined : 'left',
      render: (_, p) => (
        <div>
          <Link to={`/projects/${p.id}`} data-testid="project-link">
            <Typography.Text strong style={{ color: 'inherit' }}>
              {p.name}
            </Typography.Text>
          </Link>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            <code>{p.code}</code>
          </Typography.Text>
        </div>
      ),
    },
    {
      title: t('projects.parties'),
      key: 'parties',
      width: 170,
      render: (_, p) => (
        <div style={{ minWidth: 0 }}>
          <Typography.Text ellipsis={{ tooltip: p.buyerName }} style={{ display: 'block' }}>
            {p.buyerName}
          </Typography.Text>
          <Typography.Text type="secondary" ellipsis={{ tooltip: p.organisationName }} style={{ display: 'block', fontSize: 12 }}>
            {p.organisationName}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: t('label.stationIds'),
      key: 'stations',
      width: 110,
      render: (_, p) => {
        const [first, ...rest] = p.stations;
        return (
          <Flex gap={2} align="center" wrap={false}>
            <Typography.Text ellipsis style={{ maxWidth: rest.length ? 70 : 100 }}>
              {first?.name ?? '—'}
            </Typography.Text>
            {rest.length ? (
              <Tooltip title={rest.map((s) => s.name).join(locale === 'zh-CN' ? '、' : ', ')}>
                <Tag style={{ marginInlineEnd: 0 }}>+{rest.length}</Tag>
              </Tooltip>
            ) : null}
          </Flex>
        );
      },
    },
    {
      title: t('projects.period'),
      key: 'period',
      width: 92,
      render: (_, p) => (
        <span style={{ fontSize: 12, lineHeight: 1.4, display: 'block' }}>
          {p.startsOn}
          <br />
          {p.endsOn}
        </span>
      ),
    },
    {
      title: t('label.contractAmount'),
      dataIndex: 'contractAmount',
      width: 84,
      align: 'right',
      render: (v: number) => shortMoney(v, locale),
    },
    { title: t('common.status'), dataIndex: 'status', width: 96, render: (_, p) => <ProjectStatusTag status={p.status} /> },
    {
      title: t('projects.progress'),
      key: 'progress',
      width: 230,
      render: (_, p) => (
        <Flex align="center" gap={8}>
          <ElapsedBars elapsed={p.elapsed} executionRate={p.budget.executionRate} pace={p.pace} />
          <Flex vertical gap={2} align="flex-start" style={{ flexShrink: 0 }}>
            <PaceTag pace={p.pace} />
            {p.targetsBehind > 0 ? (
              <Typography.Text type="danger" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
                {t('projects.targetsBehind', { count: p.targetsBehind })}
              </Typography.Text>
            ) : null}
          </Flex>
        </Flex>
      ),
    },
    {
      title: t('projects.personnelShort'),
      key: 'personnel',
      width: 86,
      render: (_, p) => <PersonnelTag check={p.budget.personnelActual} />,
    },
  ];
  return (
    <Table<ProjectSummary>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={pagination}
      rowClassName={(p) => (p.pace === 'behind' || p.budget.personnelActual.isBelow ? 'sg-row-below' : '')}
      scroll={{ x: 1058 }}
      data-testid="project-table"
    />
  );
}
