import { type Worker, WorkerCreate, WorkerUpdate } from '@shegong/contracts';
import { App, Button, Col, Drawer, Form, Input, InputNumber, Row, Select, Space, Switch } from 'antd';
import { useEffect } from 'react';
import { isVersionConflict } from '../../app/api/client.ts';
import { compact, parseForm, zodRule } from '../../app/api/form-validation.ts';
import { useApiError } from '../../app/api/use-api-error.ts';
import { useCan, useMe } from '../../app/auth/me-context.tsx';
import { OrganisationSelect } from '../../app/components/organisation-select.tsx';
import { useIsMobile } from '../../app/components/use-is-mobile.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { WorkerAccountSelect } from './worker-account-select.tsx';
import { type WorkerValues, workerChanges } from './worker-changes.ts';
import { WorkerIdentityFields } from './worker-identity-fields.tsx';
import { educationOptions, levelOptions } from './worker-labels.tsx';
import { useCreateWorker, useUpdateWorker, useWorker } from './workers-api.ts';

type Props = { open: boolean; worker: Worker | null; onClose: () => void };

/** Register (worker null) or edit a social worker; gender and birth date follow the ID number. */
export function WorkerDrawer({ open, worker, onClose }: Props) {
  const t = useT();
  const me = useMe();
  const can = useCan();
  const isMobile = useIsMobile();
  const { message } = App.useApp();
  const showError = useApiError();
  const [form] = Form.useForm<WorkerValues>();
  const create = useCreateWorker();
  const update = useUpdateWorker();
  // The record as read now (version, fields); its mobile is masked like everywhere else.
  const full = useWorker(open && worker ? worker.id : undefined);
  const record = worker ? full.data : null;
  const level = Form.useWatch('qualificationLevel', form);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (record)
      form.setFieldsValue({
        ...record,
        idNumber: undefined,
        // A masked number is never put in a field: the mobile is typed only to replace it.
        mobile: undefined,
        major: record.major ?? undefined,
        certificateNo: record.certificateNo ?? undefined,
      });
    else if (!worker) form.setFieldsValue({ qualificationLevel: 'none', organisationId: me.scope.organisationId ?? undefined });
  }, [open, record, worker, form, me]);

  const done = (saved: Worker) => {
    message.success(t(worker ? 'common.saved' : 'workers.created', { name: saved.name }));
    onClose();
  };
  const failed = (error: unknown) => {
    showError(error, form);
    if (isVersionConflict(error)) onClose();
  };

  const submit = (values: WorkerValues) => {
    if (record) {
      const body = parseForm(WorkerUpdate, { ...workerChanges(record, values), version: record.version }, form, t);
      if (body) update.mutate({ id: record.id, body }, { onSuccess: done, onError: failed });
      return;
    }
    const { isActive: _a, userId: _u, ...fields } = values;
    const qualified = fields.qualificationLevel !== 'none';
    const body = parseForm(
      WorkerCreate,
      compact({
        ...fields,
        certificateNo: qualified ? fields.certificateNo : undefined,
        certifiedYear: qualified ? fields.certifiedYear : undefined,
      }),
      form,
      t,
    );
    if (body) create.mutate(body, { onSuccess: done, onError: failed });
  };

  const required = [{ required: true, message: t('field.required') }];
  return (
    <Drawer
      title={worker ? t('workers.edit', { name: worker.name }) : t('workers.create')}
      open={open}
      onClose={onClose}
      size={isMobile ? '100%' : 640}
      destroyOnHidden
      loading={Boolean(worker) && !record}
      footer={
        <Space style={{ float: 'right' }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={create.isPending || update.isPending} onClick={() => form.submit()} data-testid="worker-submit">
            {t('common.submit')}
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" onFinish={submit} autoComplete="off" data-testid="worker-form">
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="name" label={t('label.displayName')} rules={required}>
              <Input maxLength={50} data-testid="worker-name" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="mobile"
              label={t('label.mobile')}
              rules={[zodRule(WorkerCreate.shape.mobile, t)]}
              extra={record?.mobile ? t('workers.mobileHint') : undefined}
            >
              <Input maxLength={11} inputMode="tel" placeholder={record?.mobile ?? undefined} data-testid="worker-mobile" />
            </Form.Item>
          </Col>
          <WorkerIdentityFields worker={record ?? null} />
          <Col xs={24} sm={12}>
            <Form.Item name="education" label={t('label.education')}>
              <Select allowClear options={educationOptions(t)} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="major" label={t('label.major')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          {me.scope.organisationId ? null : (
            <Col xs={24}>
              <Form.Item name="organisationId" label={t('label.organisationId')} rules={required}>
                <OrganisationSelect currentLabel={worker?.organisationName} disabled={Boolean(worker)} data-testid="worker-organisation" />
              </Form.Item>
            </Col>
          )}
          <Col xs={24} sm={12}>
            <Form.Item name="qualificationLevel" label={t('label.qualificationLevel')} rules={required}>
              <Select options={levelOptions(t)} data-testid="worker-level" />
            </Form.Item>
          </Col>
          {level && level !== 'none' ? (
            <>
              <Col xs={24} sm={12}>
                <Form.Item name="certifiedYear" label={t('label.certifiedYear')} rules={required}>
                  <InputNumber
                    min={1990}
                    max={new Date().getFullYear()}
                    precision={0}
                    style={{ width: '100%' }}
                    data-testid="worker-certified-year"
                  />
                </Form.Item>
              </Col>
              <Col xs={24}>
                <Form.Item
                  name="certificateNo"
                  label={t('label.certificateNo')}
                  rules={[...required, zodRule(WorkerCreate.shape.certificateNo, t)]}
                >
                  <Input maxLength={40} style={{ fontFamily: 'monospace' }} data-testid="worker-certificate" />
                </Form.Item>
              </Col>
            </>
          ) : null}
          {record && can('user.read') ? (
            <Col xs={24} sm={16}>
              <Form.Item name="userId" label={t('label.userId')} extra={t('workers.accountHint')}>
                <WorkerAccountSelect organisationId={record.organisationId} />
              </Form.Item>
            </Col>
          ) : null}
          {record ? (
            <Col xs={24} sm={8}>
              <Form.Item name="isActive" label={t('label.isActive')} valuePropName="checked">
                <Switch checkedChildren={t('workers.active')} unCheckedChildren={t('workers.left')} />
              </Form.Item>
            </Col>
          ) : null}
        </Row>
      </Form>
    </Drawer>
  );
}
