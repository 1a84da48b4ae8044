import { type Registration, RegistrationReview } from '@shegong/contracts';
import { Form, Input, Radio, Typography } from 'antd';
import { FormModal } from '../../app/components/form-modal.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { type ReviewStep, useReviewRegistration } from './worker-records-api.ts';

type Values = { decision: 'approve' | 'reject'; comment?: string };
type Props = { target: { registration: Registration; step: ReviewStep } | null; onClose: () => void };

/** 初审 (employer) or 终审 (district bureau): approve, or reject with the reason the applicant will read. */
export function RegistrationReviewModal({ target, onClose }: Props) {
  const t = useT();
  const review = useReviewRegistration();
  const step = target?.step ?? 'first';
  return (
    <FormModal<Values, RegistrationReview>
      open={Boolean(target)}
      title={t(step === 'first' ? 'registrations.reviewFirst' : 'registrations.reviewFinal')}
      onClose={onClose}
      schema={RegistrationReview}
      toBody={(v) => ({ decision: v.decision, comment: v.comment?.trim() || undefined, version: target?.registration.version })}
      send={(body) => review.mutateAsync({ id: target?.registration.id ?? '', step, ...body })}
      successText={t('registrations.reviewed')}
      initialValues={{ decision: 'approve' }}
      testId="registration-review-modal"
    >
      {(form) => (
        <>
          <Typography.Paragraph type="secondary">
            {target
              ? `${target.registration.workerName} · ${t(`registration.kind.${target.registration.kind}`)} · ${target.registration.appliedOn}`
              : ''}
          </Typography.Paragraph>
          <Form.Item name="decision" label={t('label.decision')}>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={[
                { value: 'approve', label: t('registrations.approve') },
                { value: 'reject', label: t('registrations.reject') },
              ]}
            />
          </Form.Item>
          <Form.Item noStyle dependencies={['decision']}>
            {() => (
              <Form.Item
                name="comment"
                label={t('label.comment')}
                rules={
                  form.getFieldValue('decision') === 'reject'
                    ? [{ required: true, whitespace: true, message: t('registrations.reasonRequired') }]
                    : undefined
                }
              >
                <Input.TextArea rows={3} maxLength={500} showCount data-testid="registration-comment" />
              </Form.Item>
            )}
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
