import type { CaseDetail } from '@shegong/contracts';
import { AssessmentForm } from './assessment-form.tsx';
import type { CaseDialog } from './case-actions.tsx';
import { CaseDecisionModal, type Decision } from './case-decision-modal.tsx';
import { CaseReasonModal } from './case-reason-modal.tsx';
import { ClosureModal } from './closure-modal.tsx';
import { EvaluationForm } from './evaluation-form.tsx';
import { PlanForm } from './plan-form.tsx';
import { ReferralModal } from './referral-modal.tsx';

const DECISIONS: readonly string[] = ['plan/approve', 'plan/return', 'closure/approve', 'closure/return'];

/** Every workflow form of the case page; at most one open. */
export function CaseDialogs({ detail, dialog, onClose }: { detail: CaseDetail; dialog: CaseDialog | null; onClose: () => void }) {
  const decision = dialog && DECISIONS.includes(dialog) ? (dialog as Decision) : null;
  const reason = dialog === 'decline' || dialog === 'reopen' ? dialog : null;
  return (
    <>
      <AssessmentForm detail={detail} open={dialog === 'assess'} onClose={onClose} />
      <PlanForm detail={detail} open={dialog === 'plan'} onClose={onClose} />
      <EvaluationForm detail={detail} open={dialog === 'evaluate'} onClose={onClose} />
      <ClosureModal detail={detail} open={dialog === 'closure'} onClose={onClose} />
      <ReferralModal detail={detail} open={dialog === 'refer'} onClose={onClose} />
      <CaseDecisionModal detail={detail} decision={decision} onClose={onClose} />
      <CaseReasonModal detail={detail} action={reason} onClose={onClose} />
    </>
  );
}
