import { type AnnualReport, AnnualReportReview } from '@shegong/contracts';
import { Descriptions, Form, Input, Radio } from 'antd';
import { FormModal } from '../../app/components/form-modal.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { useReviewReport } from './supervision-api.ts';

type Values = { decision: 'accept' | 'return'; comment?: string };
type Body = { decision: 'accept' | 'return'; comment?: string };

/** The district bureau accepts a yearly report or returns it with a comment. */
export function ReportReviewModal({
  organisationId,
  report,
  onClose,
}: {
  organisationId: string;
  report: AnnualReport | null;
  onClose: () => void;
}) {
  const t = useT();
  const review = useReviewReport(organisationId);
  return (
    <FormModal<Values, Body>
      open={Boolean(report)}
      title={t('report.reviewTitle', { year: report?.year ?? '' })}
      onClose={onClose}
      schema={AnnualReportReview}
      toBody={(v) => ({ decision: v.decision, comment: v.comment?.trim() || undefined })}
      send={(body) => review.mutateAsync({ reportId: report?.id ?? '', ...body })}
      successText={t('report.reviewed')}
      initialValues={{ decision: 'accept' }}
      testId="report-review-modal"
    >
      {(form) => (
        <>
          {report ? (
            <Descriptions
              size="small"
              column={2}
              style={{ marginBottom: 12 }}
              items={[
                { key: 'staff', label: t('label.staffTotal'), children: report.staffTotal },
                { key: 'workers', label: t('label.socialWorkerTotal'), children: report.socialWorkerTotal },
              ]}
            />
          ) : null}
          <Form.Item name="decision" label={t('label.decision')}>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={[
                { value: 'accept', label: t('report.accept') },
                { value: 'return', label: t('report.return') },
              ]}
            />
          </Form.Item>
          <Form.Item noStyle dependencies={['decision']}>
            {() => (
              <Form.Item
                name="comment"
                label={t('label.comment')}
                rules={
                  form.getFieldValue('decision') === 'return'
                    ? [{ required: true, whitespace: true, message: t('field.comment_required') }]
                    : undefined
                }
              >
                <Input.TextArea rows={3} maxLength={1000} showCount />
              </Form.Item>
            )}
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
