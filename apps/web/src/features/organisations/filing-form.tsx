import { type Organisation, OrganisationUpdate } from '@shegong/contracts';
import { App, Button, Col, DatePicker, Divider, Flex, Form, Input, InputNumber, Row, Select } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { parseForm, zodRule } from '../../app/api/form-validation.ts';
import { useApiError } from '../../app/api/use-api-error.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { FilingDocuments } from './filing-documents.tsx';
import { AREA_SUGGESTIONS, type FilingValues, filingChanges, filingValues, missingForSubmission } from './filing-values.ts';
import { useFilingAction, useUpdateOrganisation } from './organisations-api.ts';

/** The filing record, edited by the organisation while draft or returned; 提交备案 saves, then submits. */
export function FilingForm({ organisation: o }: { organisation: Organisation }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const [form] = Form.useForm<FilingValues>();
  const update = useUpdateOrganisation();
  const filing = useFilingAction();
  const canSubmit = o.allowedActions.includes('file');

  // Filled once per organisation, so a refetch (after a document upload) keeps unsaved typing.
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the record's id on purpose
  useEffect(() => {
    form.setFieldsValue(filingValues(o));
  }, [o.id, form]);

  const save = async (): Promise<Organisation | null> => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return null;
    const body = parseForm(OrganisationUpdate, { ...filingChanges(v), version: o.version }, form, t);
    if (!body) return null;
    return update.mutateAsync({ id: o.id, body }).catch((e: unknown) => {
      showError(e, form);
      return null;
    });
  };

  const onSave = async () => {
    if (await save()) message.success(t('common.saved', { name: o.name }));
  };

  // Saving keeps a partial draft; submitting needs the fields the district bureau reviews.
  const onSubmit = async () => {
    const missing = missingForSubmission(form.getFieldsValue());
    if (missing.length) {
      form.setFields(missing.map((name) => ({ name, errors: [t('field.filing_incomplete')] })));
      return;
    }
    if (!(await save())) return;
    filing.mutate(
      { id: o.id, action: 'submit' },
      { onSuccess: () => message.success(t('filing.submittedDone')), onError: (e) => showError(e, form) },
    );
  };

  return (
    <Form form={form} layout="vertical" data-testid="filing-form">
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="uscc" label={t('label.uscc')} required rules={[zodRule(OrganisationUpdate.shape.uscc, t)]}>
            <Input maxLength={18} style={{ fontFamily: 'monospace' }} data-testid="filing-uscc" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="legalRepresentative" label={t('label.legalRepresentative')} required>
            <Input maxLength={50} data-testid="filing-legal-representative" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="registeringAuthority" label={t('label.registeringAuthority')} required>
            <Input maxLength={100} placeholder={t('filing.authorityPlaceholder')} data-testid="filing-authority" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="registeredOn" label={t('label.registeredOn')} required>
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} data-testid="filing-registered-on" />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="address" label={t('label.address')} required>
            <Input maxLength={200} data-testid="filing-address" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="contactName" label={t('label.contactName')}>
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="contactPhone"
            label={t('label.contactPhone')}
            required
            rules={[zodRule(OrganisationUpdate.shape.contactPhone, t)]}
          >
            <Input maxLength={11} inputMode="tel" data-testid="filing-contact-phone" />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="serviceAreas" label={t('label.serviceAreas')} required extra={t('filing.serviceAreasHint')}>
            <Select
              mode="tags"
              maxCount={20}
              options={AREA_SUGGESTIONS.map((a) => ({ value: a, label: a }))}
              data-testid="filing-service-areas"
            />
          </Form.Item>
        </Col>
        <Col xs={12}>
          <Form.Item name="staffTotal" label={t('label.staffTotal')}>
            <InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} data-testid="filing-staff-total" />
          </Form.Item>
        </Col>
        <Col xs={12}>
          <Form.Item name="socialWorkerTotal" label={t('label.socialWorkerTotal')}>
            <InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start" plain>
        {t('label.documentIds')}
      </Divider>
      <FilingDocuments organisation={o} editable />
      <Flex gap={8} justify="flex-end" style={{ marginTop: 24 }}>
        <Button onClick={onSave} loading={update.isPending && !filing.isPending} data-testid="filing-save">
          {t('common.save')}
        </Button>
        {canSubmit ? (
          <Button type="primary" onClick={onSubmit} loading={filing.isPending} data-testid="filing-submit">
            {t('filingAction.submit')}
          </Button>
        ) : null}
      </Flex>
    </Form>
  );
}
