import type { CaseDetail } from '@shegong/contracts';
import { Alert, Flex, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { ApprovalTag, CaseRiskTag, StageTag } from './case-labels.tsx';
import { CaseStepsBar } from './case-steps-bar.tsx';

/** Case number, client, stage and who works it; what waits for whom. */
export function CaseHeader({ detail: d }: { detail: CaseDetail }) {
  const t = useT();
  return (
    <Flex vertical gap={12}>
      <div>
        <Flex align="center" gap={8} wrap>
          <Typography.Title level={4} style={{ margin: 0 }}>
            <Link to={`/clients/${d.clientId}`} data-testid="case-client-link">
              {d.clientName}
            </Link>
          </Typography.Title>
          <code data-testid="case-no">{d.caseNo}</code>
          <StageTag stage={d.stage} />
          <ApprovalTag approval={d.approval} />
          <CaseRiskTag level={d.riskLevel} />
        </Flex>
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4 }}>
          {t('cases.headerLine', {
            station: d.stationName,
            worker: d.workerName ?? '—',
            source: t(`case.source.${d.source}`),
            date: d.intakeOn,
          })}
        </Typography.Text>
      </div>
      <CaseStepsBar detail={d} />
      {d.approval === 'pending' ? (
        <Alert
          type="warning"
          showIcon
          title={t(d.stage === 'plan' ? 'cases.planPending' : 'cases.closurePending')}
          data-testid="case-pending"
        />
      ) : null}
      {d.approval === 'returned' ? (
        <Alert
          type="error"
          showIcon
          title={t(d.stage === 'plan' ? 'cases.planReturned' : 'cases.closureReturned')}
          description={d.approvalComment}
          data-testid="case-returned"
        />
      ) : null}
      {d.isReviewOverdue ? <Alert type="error" showIcon title={t('cases.reviewOverdue', { date: d.nextReviewOn ?? '' })} /> : null}
    </Flex>
  );
}
