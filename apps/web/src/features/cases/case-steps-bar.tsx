import type { CaseDetail } from '@shegong/contracts';
import { Steps } from 'antd';
import { useIsMobile } from '../../app/components/use-is-mobile.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { FLOW_STAGES } from './case-labels.tsx';

/** 接案 → 预估 → 计划 → 介入 → 评估 → 结案; a declined case stops at intake in red, a pending sign-off waits. */
export function CaseStepsBar({ detail: d }: { detail: CaseDetail }) {
  const t = useT();
  const isMobile = useIsMobile();
  const declined = d.stage === 'declined';
  const current = declined ? 0 : FLOW_STAGES.indexOf(d.stage as (typeof FLOW_STAGES)[number]);
  const waiting = d.approval === 'pending';
  const returned = d.approval === 'returned';
  const status = declined || returned ? 'error' : d.stage === 'closed' ? 'finish' : waiting ? 'wait' : 'process';
  return (
    <Steps
      size="small"
      current={current}
      status={status}
      responsive={false}
      titlePlacement={isMobile ? 'vertical' : 'horizontal'}
      className="sg-case-steps"
      data-testid="case-steps"
      items={FLOW_STAGES.map((stage, i) => ({
        title: declined && i === 0 ? t('case.stage.declined') : t(`case.stage.${stage}`),
        content: i === current && !isMobile && (waiting || returned) ? t(`case.approval.${d.approval}`) : undefined,
      }))}
    />
  );
}
