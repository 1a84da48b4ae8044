import { type CaseDetail, ClosureRequest } from '@shegong/contracts';
import { Form, Input, Select } from 'antd';
import { FormModal } from '../../app/components/form-modal.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { closureOptions } from './case-labels.tsx';
import { useCaseStep } from './cases-api.ts';

type Values = { reason?: string; outcome?: string };

/** 结案 request: the reason and the outcome, for the supervisor's sign-off. */
export function ClosureModal({ detail, open, onClose }: { detail: CaseDetail; open: boolean; onClose: () => void }) {
  const t = useT();
  const step = useCaseStep();
  return (
    <FormModal<Values, ClosureRequest>
      open={open}
      title={t('cases.requestClosure')}
      onClose={onClose}
      schema={ClosureRequest}
      toBody={(v) => ({ reason: v.reason, outcome: v.outcome?.trim() ?? '', version: detail.version })}
      send={(body) => step.mutateAsync({ id: detail.id, step: 'closure', body })}
      successText={t('cases.closureRequested')}
      okText={t('cases.requestClosure')}
      initialValues={{ reason: detail.closureReason ?? 'goals_met', outcome: detail.closureOutcome ?? undefined }}
      testId="case-closure"
    >
      <Form.Item name="reason" label={t('cases.closureReason')} rules={[{ required: true, message: t('field.required') }]}>
        <Select options={closureOptions(t)} data-testid="case-closure-reason" />
      </Form.Item>
      <Form.Item name="outcome" label={t('label.outcome')} rules={[{ required: true, whitespace: true, message: t('field.required') }]}>
        <Input.TextArea rows={5} maxLength={4000} showCount data-testid="case-closure-outcome" />
      </Form.Item>
    </FormModal>
  );
}
