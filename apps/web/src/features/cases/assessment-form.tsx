import { type Assessment, AssessmentSubmit, type CaseDetail } from '@shegong/contracts';
import { LIFE_DOMAINS, NEED_LEVELS } from '@shegong/core';
import { App, Col, Form, Input, Radio, Row, Select, Typography } from 'antd';
import { useEffect } from 'react';
import { isVersionConflict } from '../../app/api/client.ts';
import { parseForm } from '../../app/api/form-validation.ts';
import { useApiError } from '../../app/api/use-api-error.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { caseRiskOptions } from './case-labels.tsx';
import { useCaseStep } from './cases-api.ts';
import { StepDrawer } from './step-drawer.tsx';

type Domain = (typeof LIFE_DOMAINS)[number];
type Values = { needs: Record<Domain, { level: string; notes?: string }>; risks?: string; strengths?: string; riskLevel?: string };

const blankNeeds = () => Object.fromEntries(LIFE_DOMAINS.map((d) => [d, { level: 'none' }])) as Values['needs'];

/** 预估: the level of need in each life domain, with what was seen; risks and strengths. May be revised until the plan. */
export function AssessmentForm({ detail, open, onClose }: { detail: CaseDetail; open: boolean; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const step = useCaseStep();
  const [form] = Form.useForm<Values>();

  useEffect(() => {
    if (!open) return;
    const a = detail.assessment;
    form.setFieldsValue({
      needs: a?.needs ?? blankNeeds(),
      risks: a?.risks ?? '',
      strengths: a?.strengths ?? '',
      riskLevel: a?.riskLevel ?? detail.riskLevel,
    });
  }, [open, detail, form]);

  const submit = (v: Values) => {
    const needs = Object.fromEntries(
      LIFE_DOMAINS.map((d) => [
        d,
        { level: v.needs[d]?.level ?? 'none', ...(v.needs[d]?.notes?.trim() ? { notes: v.needs[d].notes?.trim() } : {}) },
      ]),
    ) as Assessment['needs'];
    const body = parseForm(
      AssessmentSubmit,
      {
        assessment: { needs, risks: v.risks?.trim() ?? '', strengths: v.strengths?.trim() ?? '', riskLevel: v.riskLevel },
        version: detail.version,
      },
      form,
      t,
    );
    if (!body) return;
    step.mutate(
      { id: detail.id, step: 'assessment', body },
      {
        onSuccess: () => {
          message.success(t('case.action.assess'));
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
      title={t('cases.assessmentTitle')}
      onClose={onClose}
      onSubmit={() => form.submit()}
      busy={step.isPending}
      testId="case-assessment"
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Typography.Paragraph type="secondary">{t('cases.assessmentHint')}</Typography.Paragraph>
        {LIFE_DOMAINS.map((d) => (
          <div key={d} className="sg-domain" data-testid={`case-domain-${d}`}>
            <Row gutter={12} align="middle">
              <Col xs={24} sm={6}>
                <Typography.Text strong>{t(`case.domain.${d}`)}</Typography.Text>
              </Col>
              <Col xs={24} sm={18}>
                <Form.Item name={['needs', d, 'level']} style={{ marginBottom: 6 }}>
                  <Radio.Group
                    optionType="button"
                    buttonStyle="solid"
                    size="small"
                    options={NEED_LEVELS.map((l) => ({ value: l, label: t(`case.needLevel.${l}`) }))}
                  />
                </Form.Item>
                <Form.Item name={['needs', d, 'notes']} style={{ marginBottom: 10 }}>
                  <Input maxLength={2000} placeholder={t('cases.domainNotes')} size="small" />
                </Form.Item>
              </Col>
            </Row>
          </div>
        ))}
        <Form.Item name="risks" label={t('label.risks')}>
          <Input.TextArea rows={3} maxLength={4000} data-testid="case-risks" />
        </Form.Item>
        <Form.Item name="strengths" label={t('label.strengths')}>
          <Input.TextArea rows={3} maxLength={4000} data-testid="case-strengths" />
        </Form.Item>
        <Form.Item name="riskLevel" label={t('label.riskLevel')}>
          <Select options={caseRiskOptions(t)} />
        </Form.Item>
      </Form>
    </StepDrawer>
  );
}
