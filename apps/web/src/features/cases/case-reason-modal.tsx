import { type CaseDetail, CaseReasonBody } from '@shegong/contracts';
import { Form, Input } from 'antd';
import { FormModal } from '../../app/components/form-modal.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { useCaseStep } from './cases-api.ts';

/** 不接案 at intake, or 重新开案 of a closed case: both say why. */
export function CaseReasonModal({
  detail,
  action,
  onClose,
}: {
  detail: CaseDetail;
  action: 'decline' | 'reopen' | null;
  onClose: () => void;
}) {
  const t = useT();
  const step = useCaseStep();
  return (
    <FormModal<{ reason?: string }, CaseReasonBody>
      open={Boolean(action)}
      title={action ? t(action === 'decline' ? 'cases.decline' : 'cases.reopen') : ''}
      onClose={onClose}
      schema={CaseReasonBody}
      toBody={(v) => ({ reason: v.reason?.trim() ?? '', version: detail.version })}
      send={(body) => step.mutateAsync({ id: detail.id, step: action ?? 'decline', body })}
      successText={action ? t(`case.action.${action}`) : ''}
      okText={action ? t(action === 'decline' ? 'cases.decline' : 'cases.reopen') : undefined}
      danger={action === 'decline'}
      testId="case-reason"
    >
      <Form.Item
        name="reason"
        label={t(action === 'decline' ? 'label.declinedReason' : 'label.reason')}
        rules={[{ required: true, whitespace: true, message: t('field.required') }]}
      >
        <Input.TextArea rows={4} maxLength={1000} showCount data-testid="case-reason-text" />
      </Form.Item>
    </FormModal>
  );
}
