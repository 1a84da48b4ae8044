import type { CaseSummary } from '@shegong/contracts';
import { Flex, Table, Tag, Typography } from 'antd';
import type { ColumnsType, TablePaginationConfig } from 'antd/es/table';
import { Link } from 'react-router-dom';
import { useIsMobile } from '../../app/components/use-is-mobile.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { ApprovalTag, CaseRiskTag, StageTag } from './case-labels.tsx';

type Props = { items: CaseSummary[]; loading: boolean; pagination: TablePaginationConfig | false; hideClient?: boolean };

/** 个案 list: stage and sign-off at a glance, overdue reviews in red. */
export function CaseTable({ items, loading, pagination, hideClient }: Props) {
  const t = useT();
  const isMobile = useIsMobile();
  const columns: ColumnsType<CaseSummary> = [
    {
      title: t('cases.caseNo'),
      dataIndex: 'caseNo',
      width: 160,
      fixed: isMobile ? undefined : 'left',
      render: (no: string, c) => (
        <Link to={`/cases/${c.id}`} data-testid="case-link">
          <code>{no}</code>
        </Link>
      ),
    },
    ...(hideClient
      ? []
      : [
          {
            title: t('label.clientId'),
            dataIndex: 'clientName',
            width: 110,
            render: (name: string, c: CaseSummary) => <Link to={`/clients/${c.clientId}`}>{name}</Link>,
          },
        ]),
    {
      title: t('label.stage'),
      key: 'stage',
      width: 170,
      render: (_, c) => (
        <Flex gap={4} wrap>
          <StageTag stage={c.stage} />
          <ApprovalTag approval={c.approval} />
        </Flex>
      ),
    },
    { title: t('label.riskLevel'), dataIndex: 'riskLevel', width: 90, render: (_, c) => <CaseRiskTag level={c.riskLevel} /> },
    {
      title: t('cases.worker'),
      key: 'worker',
      width: 180,
      render: (_, c) => (
        <div>
          {c.workerName ?? '—'}
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {c.stationName}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: t('label.source'),
      dataIndex: 'source',
      width: 100,
      responsive: ['xl'],
      render: (s: CaseSummary['source']) => t(`case.source.${s}`),
    },
    { title: t('label.intakeOn'), dataIndex: 'intakeOn', width: 110 },
    {
      title: t('label.nextReviewOn'),
      dataIndex: 'nextReviewOn',
      width: 130,
      render: (d: string | null, c) =>
        d ? (
          c.isReviewOverdue ? (
            <Tag color="red" data-testid="case-overdue">
              {d}
            </Tag>
          ) : (
            d
          )
        ) : (
          '—'
        ),
    },
  ];
  return (
    <Table<CaseSummary>
      rowKey="id"
      size={hideClient ? 'small' : undefined}
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={pagination}
      scroll={{ x: hideClient ? 860 : 980 }}
      rowClassName={(c) => (c.isReviewOverdue ? 'sg-row-below' : '')}
      data-testid="case-table"
    />
  );
}
