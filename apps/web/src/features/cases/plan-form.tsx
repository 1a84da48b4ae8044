import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { type CaseDetail, PlanSubmit } from '@shegong/contracts';
import { Alert, App, Button, Col, DatePicker, Form, Input, Row } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { isVersionConflict } from '../../app/api/client.ts';
import { parseForm } from '../../app/api/form-validation.ts';
import { useApiError } from '../../app/api/use-api-error.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { useCaseStep } from './cases-api.ts';
import { StepDrawer } from './step-drawer.tsx';

type Values = { goals: { description?: string; targetDate?: Dayjs }[]; nextReviewOn?: Dayjs };
const day = (d?: Dayjs) => d?.format('YYYY-MM-DD') ?? '';

/** 计划: goals with target dates and the next review, submitted for the supervisor's sign-off. */
export function PlanForm({ detail, open, onClose }: { detail: CaseDetail; open: boolean; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const step = useCaseStep();
  const [form] = Form.useForm<Values>();

  useEffect(() => {
    if (!open) return;
    const goals = detail.goals.length
      ? detail.goals.map((g) => ({ description: g.description, targetDate: dayjs(g.targetDate) }))
      : [{ description: '', targetDate: dayjs().add(3, 'month') }];
    form.setFieldsValue({ goals, nextReviewOn: detail.nextReviewOn ? dayjs(detail.nextReviewOn) : dayjs().add(1, 'month') });
  }, [open, detail, form]);

  const submit = (v: Values) => {
    const goals = (v.goals ?? []).map((g) => ({ description: g.description?.trim() ?? '', targetDate: day(g.targetDate) }));
    const body = parseForm(PlanSubmit, { goals, nextReviewOn: day(v.nextReviewOn), version: detail.version }, form, t);
    if (!body) return;
    step.mutate(
      { id: detail.id, step: 'plan', body },
      {
        onSuccess: () => {
          message.success(t('cases.planSubmitted'));
          onClose();
        },
        onError: (e) => {
          showError(e, form);
          if (isVersionConflict(e)) onClose();
        },
      },
    );
  };
  const required = [{ required: true, message: t('field.required') }];

  return (
    <StepDrawer
      open={open}
      title={t('cases.planTitle')}
      onClose={onClose}
      onSubmit={() => form.submit()}
      busy={step.isPending}
      okText={t('cases.submitPlan')}
      testId="case-plan"
    >
      {detail.approval === 'returned' && detail.approvalComment ? (
        <Alert type="error" showIcon title={t('cases.returnedWith')} description={detail.approvalComment} style={{ marginBottom: 16 }} />
      ) : null}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.List name="goals">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, i) => (
                <Row gutter={8} key={field.key} className="sg-list-row" data-testid="case-goal-row">
                  <Col xs={24} sm={15}>
                    <Form.Item name={[field.name, 'description']} label={t('cases.goalN', { n: i + 1 })} rules={required}>
                      <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} data-testid="case-goal-description" />
                    </Form.Item>
                  </Col>
                  <Col xs={20} sm={8}>
                    <Form.Item name={[field.name, 'targetDate']} label={t('label.targetDate')} rules={required}>
                      <DatePicker style={{ width: '100%' }} data-testid="case-goal-date" />
                    </Form.Item>
                  </Col>
                  <Col xs={4} sm={1} className="sg-list-remove">
                    {fields.length > 1 ? (
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        onClick={() => remove(field.name)}
                        aria-label={t('common.delete')}
                      />
                    ) : null}
                  </Col>
                </Row>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                block
                onClick={() => add({ targetDate: dayjs().add(3, 'month') })}
                style={{ marginBottom: 16 }}
                data-testid="case-goal-add"
              >
                {t('cases.addGoal')}
              </Button>
            </>
          )}
        </Form.List>
        <Form.Item name="nextReviewOn" label={t('label.nextReviewOn')} rules={required} extra={t('cases.reviewHint')}>
          <DatePicker style={{ width: '100%' }} data-testid="case-next-review" />
        </Form.Item>
      </Form>
    </StepDrawer>
  );
}
