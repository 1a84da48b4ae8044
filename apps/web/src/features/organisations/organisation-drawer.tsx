import { type Organisation, OrganisationCreate, OrganisationUpdate } from '@shegong/contracts';
import { parseUscc } from '@shegong/core';
import { Alert, App, Button, Col, Drawer, Form, Input, Row, Select, Space } from 'antd';
import { useEffect } from 'react';
import { isVersionConflict } from '../../app/api/client.ts';
import { compact, parseForm, zodRule } from '../../app/api/form-validation.ts';
import { useApiError } from '../../app/api/use-api-error.ts';
import { RegionTreeSelect } from '../../app/components/region-tree-select.tsx';
import { useIsMobile } from '../../app/components/use-is-mobile.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { type OrganisationType, typeOptions } from './organisation-labels.ts';
import { useCreateOrganisation, useUpdateOrganisation } from './organisations-api.ts';

type Values = {
  name: string;
  uscc?: string;
  type: OrganisationType;
  regionCode?: string;
  address?: string;
  contactName?: string;
  contactPhone?: string;
};
type Props = { open: boolean; organisation: Organisation | null; onClose: () => void };

export function OrganisationDrawer({ open, organisation, onClose }: Props) {
  const t = useT();
  const isMobile = useIsMobile();
  const { message, modal } = App.useApp();
  const showError = useApiError();
  const [form] = Form.useForm<Values>();
  const create = useCreateOrganisation();
  const update = useUpdateOrganisation();
  const uscc = Form.useWatch('uscc', form);
  const usccCheck = uscc ? parseUscc(uscc) : null;
  const checksumFails = usccCheck?.ok === true && !usccCheck.checksumOk;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (organisation) {
      const { name, uscc: code, type, regionCode, address, contactName, contactPhone } = organisation;
      form.setFieldsValue({
        name,
        type,
        regionCode,
        uscc: code ?? undefined,
        address: address ?? undefined,
        contactName: contactName ?? undefined,
        contactPhone: contactPhone ?? undefined,
      });
    } else form.setFieldsValue({ type: 'private_non_enterprise' });
  }, [open, organisation, form]);

  // A failed check character is saved anyway: the server answers with a warning, not an error.
  const done = (saved: Organisation) => {
    message.success(t(organisation ? 'common.saved' : 'organisation.created', { name: saved.name }));
    if (saved.usccWarning) modal.warning({ title: t('organisation.usccWarningTitle'), content: saved.usccWarning });
    onClose();
  };

  const failed = (error: unknown) => {
    showError(error, form);
    if (isVersionConflict(error)) onClose();
  };

  const submit = (values: Values) => {
    const fields = compact(values);
    if (organisation) {
      const body = parseForm(OrganisationUpdate, { ...fields, version: organisation.version }, form, t);
      if (body) update.mutate({ id: organisation.id, body }, { onSuccess: done, onError: failed });
      return;
    }
    const body = parseForm(OrganisationCreate, fields, form, t);
    if (body) create.mutate(body, { onSuccess: done, onError: failed });
  };

  const required = [{ required: true, message: t('field.required') }];
  return (
    <Drawer
      title={organisation ? t('organisation.edit') : t('organisation.create')}
      open={open}
      onClose={onClose}
      size={isMobile ? '100%' : 600}
      destroyOnHidden
      footer={
        <Space style={{ float: 'right' }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            loading={create.isPending || update.isPending}
            onClick={() => form.submit()}
            data-testid="organisation-submit"
          >
            {t('common.submit')}
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Row gutter={16}>
          <Col xs={24}>
            <Form.Item name="name" label={t('organisation.name')} rules={required}>
              <Input maxLength={100} data-testid="organisation-name" />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item
              name="uscc"
              label={t('label.uscc')}
              rules={[zodRule(OrganisationCreate.shape.uscc, t)]}
              extra={t('organisation.usccHint')}
            >
              <Input maxLength={18} style={{ fontFamily: 'monospace' }} data-testid="organisation-uscc" />
            </Form.Item>
            {checksumFails ? (
              <Alert type="warning" showIcon title={t('field.uscc_checksum')} style={{ marginTop: -12, marginBottom: 16 }} />
            ) : null}
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="type" label={t('label.type')} rules={required}>
              <Select options={typeOptions(t)} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="regionCode" label={t('label.regionCode')} rules={required}>
              <RegionTreeSelect levels={[2, 3, 4]} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="address" label={t('label.address')}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="contactName" label={t('label.contactName')}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="contactPhone" label={t('label.contactPhone')} rules={[zodRule(OrganisationCreate.shape.contactPhone, t)]}>
              <Input maxLength={11} inputMode="tel" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Drawer>
  );
}
