import { type CaseDetail, EvaluationSubmit } from '@shegong/contracts';
import { GOAL_STATUSES } from '@shegong/core';
import { App, Form, Input, Radio, Typography } from 'antd';
import { useEffect } from 'react';
import { isVersionConflict } from '../../app/api/client.ts';
import { parseForm } from '../../app/api/form-validation.ts';
import { useApiError } from '../../app/api/use-api-error.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { useCaseStep } from './cases-api.ts';
import { StepDrawer } from './step-drawer.tsx';

type Values = { outcomes: Record<string, string>; summary?: string };
const OUTCOMES = GOAL_STATUSES.filter((s) => s !== 'open');

/** 评估: how each goal of the plan turned out, and a summary of the work. */
export function EvaluationForm({ detail, open, onClose }: { detail: CaseDetail; open: boolean; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const step = useCaseStep();
  const [form] = Form.useForm<Values>();

  useEffect(() => {
    if (!open) return;
    const outcomes = Object.fromEntries(detail.goals.filter((g) => g.status !== 'open').map((g) => [g.id, g.status]));
    form.setFieldsValue({ outcomes, summary: detail.evaluation?.summary ?? '' });
  }, [open, detail, form]);

  const submit = (v: Values) => {
    const goalOutcomes = detail.goals.map((g) => ({ goalId: g.id, status: v.outcomes?.[g.id] }));
    const body = parseForm(EvaluationSubmit, { goalOutcomes, summary: v.summary?.trim() ?? '', version: detail.version }, form, t);
    if (!body) return;
    step.mutate(
      { id: detail.id, step: 'evaluation', body },
      {
        onSuccess: () => {
          message.success(t('case.action.evaluate'));
          onClose();
        },
        onError: (e) => {
          showError(e, form);
          if (isVersionConflict(e)) onClose();
        },
      },
    );
  };

  return (
    <StepDrawer
      open={open}
      title={t('cases.evaluationTitle')}
      onClose={onClose}
      onSubmit={() => form.submit()}
      busy={step.isPending}
      testId="case-evaluation"
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Typography.Title level={5}>{t('label.goalOutcomes')}</Typography.Title>
        {detail.goals.map((g, i) => (
          <Form.Item
            key={g.id}
            name={['outcomes', g.id]}
            label={`${i + 1}. ${g.description}（${t('label.targetDate')} ${g.targetDate}）`}
            rules={[{ required: true, message: t('field.case_goal_missing') }]}
            data-testid="case-goal-outcome"
          >
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={OUTCOMES.map((s) => ({ value: s, label: t(`case.goalStatus.${s}`) }))}
            />
          </Form.Item>
        ))}
        <Form.Item name="summary" label={t('label.summary')} rules={[{ required: true, whitespace: true, message: t('field.required') }]}>
          <Input.TextArea rows={5} maxLength={4000} showCount data-testid="case-evaluation-summary" />
        </Form.Item>
      </Form>
    </StepDrawer>
  );
}
