import { CaseDecision, type CaseDetail } from '@shegong/contracts';
import { Alert, Form, Input } from 'antd';
import { compact } from '../../app/api/form-validation.ts';
import { FormModal } from '../../app/components/form-modal.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { type CaseStepPath, useCaseStep } from './cases-api.ts';

export type Decision = 'plan/approve' | 'plan/return' | 'closure/approve' | 'closure/return';
const BUTTON = {
  'plan/approve': 'cases.approvePlan',
  'plan/return': 'cases.returnPlan',
  'closure/approve': 'cases.approveClosure',
  'closure/return': 'cases.returnClosure',
} as const;
const ACTION = {
  'plan/approve': 'approve_plan',
  'plan/return': 'return_plan',
  'closure/approve': 'approve_closure',
  'closure/return': 'return_closure',
} as const;

/** A supervisor's sign-off of a plan or a closure; a return must say why, the worker reads it on "today". */
export function CaseDecisionModal({ detail, decision, onClose }: { detail: CaseDetail; decision: Decision | null; onClose: () => void }) {
  const t = useT();
  const step = useCaseStep();
  const returning = decision?.endsWith('return') ?? false;
  return (
    <FormModal<{ comment?: string }, CaseDecision>
      open={Boolean(decision)}
      title={decision ? t(BUTTON[decision]) : ''}
      onClose={onClose}
      schema={CaseDecision}
      toBody={(v) => ({ ...compact({ comment: v.comment }), version: detail.version })}
      send={(body) => step.mutateAsync({ id: detail.id, step: decision as CaseStepPath, body })}
      successText={decision ? t(`case.action.${ACTION[decision]}`) : ''}
      okText={decision ? t(BUTTON[decision]) : undefined}
      danger={returning}
      testId="case-decision"
    >
      {returning ? <Alert type="warning" showIcon title={t('cases.returnHint')} style={{ marginBottom: 12 }} /> : null}
      <Form.Item
        name="comment"
        label={t('label.comment')}
        rules={returning ? [{ required: true, whitespace: true, message: t('field.comment_required') }] : []}
      >
        <Input.TextArea rows={4} maxLength={1000} showCount data-testid="case-decision-comment" />
      </Form.Item>
    </FormModal>
  );
}
