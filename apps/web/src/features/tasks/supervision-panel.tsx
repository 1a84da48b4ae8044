import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { SupervisionOverview } from '@shegong/contracts';
import type { UseQueryResult } from '@tanstack/react-query';
import { Card, Col, Row, Skeleton, Table, Tag, Typography } from 'antd';
import { ErrorResult } from '../../app/components/error-result.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { LookupAlertsCard } from '../clients/lookup-alerts-card.tsx';
import { CaseTaskRow } from './case-task-row.tsx';
import { TaskCard } from './task-card.tsx';

type WorkerRow = SupervisionOverview['workers'][number];

/** 督导: sign-offs waiting for the caller (never its own cases) and each worker's overdue work. */
export function SupervisionPanel({ query }: { query: UseQueryResult<SupervisionOverview> }) {
  const t = useT();
  if (query.isError) return <ErrorResult error={query.error} onRetry={() => query.refetch()} />;
  const s = query.data;
  if (!s) return <Skeleton active paragraph={{ rows: 4 }} />;
  return (
    <>
      <LookupAlertsCard alerts={s.lookupAlerts} />
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }} data-testid="today-supervision">
        <Col xs={24} xl={12}>
          <TaskCard
            title={t('today.approvals')}
            icon={<SafetyCertificateOutlined />}
            color="#722ed1"
            items={s.approvals}
            empty={t('today.approvalsNone')}
            testId="today-approvals"
            itemKey={(i) => `${i.caseId}-${i.kind}`}
            render={(i) => (
              <CaseTaskRow
                item={i}
                showWorker
                meta={t(i.kind === 'plan' ? 'today.approvePlan' : 'today.approveClosure', {
                  name: i.requestedByName ?? i.workerName ?? '—',
                })}
              />
            )}
          />
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('today.perWorker')} data-testid="today-workers">
            <Table<WorkerRow>
              size="small"
              rowKey={(r) => r.workerId ?? 'none'}
              dataSource={s.workers}
              pagination={false}
              columns={[
                {
                  title: t('label.workerId'),
                  dataIndex: 'workerName',
                  render: (n: string | null) => n ?? <Typography.Text type="secondary">{t('today.unassigned')}</Typography.Text>,
                },
                { title: t('today.openCases'), dataIndex: 'openCases', align: 'right' },
                {
                  title: t('today.overdueReviews'),
                  dataIndex: 'overdueReviews',
                  align: 'right',
                  render: (n: number) => (n ? <Tag color="red">{n}</Tag> : 0),
                },
                {
                  title: t('today.overdueGoals'),
                  dataIndex: 'overdueGoals',
                  align: 'right',
                  render: (n: number) => (n ? <Tag color="orange">{n}</Tag> : 0),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
