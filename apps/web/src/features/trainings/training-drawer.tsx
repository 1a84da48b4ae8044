import { type Training, TrainingCreate, TrainingUpdate } from '@shegong/contracts';
import { App, Button, Col, DatePicker, Drawer, Form, Input, InputNumber, Row, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { isVersionConflict } from '../../app/api/client.ts';
import { compact, parseForm } from '../../app/api/form-validation.ts';
import { useApiError } from '../../app/api/use-api-error.ts';
import { useIsMobile } from '../../app/components/use-is-mobile.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { kindOptions } from './training-labels.tsx';
import { type TrainingSave, useSaveTraining } from './trainings-api.ts';

type Values = {
  title?: string;
  kind?: Training['kind'];
  provider?: string;
  dates?: [Dayjs, Dayjs] | null;
  hours?: number;
  capacity?: number;
  location?: string;
};

/** Create or edit a programme of the bureau's region (places never below those enrolled). */
export function TrainingDrawer({ open, training, onClose }: { open: boolean; training: Training | null; onClose: () => void }) {
  const t = useT();
  const isMobile = useIsMobile();
  const { message } = App.useApp();
  const showError = useApiError();
  const [form] = Form.useForm<Values>();
  const save = useSaveTraining();

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (training)
      form.setFieldsValue({
        ...training,
        location: training.location ?? undefined,
        dates: [dayjs(training.startsOn), dayjs(training.endsOn)],
      });
    else form.setFieldsValue({ kind: 'continuing', capacity: 50 });
  }, [open, training, form]);

  const submit = (v: Values) => {
    const fields = {
      title: v.title?.trim(),
      kind: v.kind,
      provider: v.provider?.trim(),
      startsOn: v.dates?.[0]?.format('YYYY-MM-DD'),
      endsOn: v.dates?.[1]?.format('YYYY-MM-DD'),
      hours: v.hours,
      capacity: v.capacity,
    };
    let request: TrainingSave | null = null;
    if (training) {
      const body = parseForm(TrainingUpdate, { ...fields, location: v.location?.trim() || null, version: training.version }, form, t);
      if (body) request = { id: training.id, body };
    } else {
      const body = parseForm(TrainingCreate, compact({ ...fields, location: v.location }), form, t);
      if (body) request = { body };
    }
    if (!request) return;
    save.mutate(request, {
      onSuccess: (saved) => {
        message.success(t(training ? 'common.saved' : 'trainings.created', { name: saved.title }));
        onClose();
      },
      onError: (e) => {
        // Date errors arrive on startsOn/endsOn; the form shows them on the range.
        showError(e, form);
        if (isVersionConflict(e)) onClose();
      },
    });
  };

  const required = [{ required: true, message: t('field.required') }];
  return (
    <Drawer
      title={training ? t('trainings.edit') : t('trainings.create')}
      open={open}
      onClose={onClose}
      size={isMobile ? '100%' : 560}
      destroyOnHidden
      footer={
        <Space style={{ float: 'right' }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="training-submit">
            {t('common.submit')}
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="title" label={t('label.title')} rules={required}>
          <Input maxLength={200} data-testid="training-title" />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="kind" label={t('common.kind')} rules={required}>
              <Select options={kindOptions(t)} data-testid="training-kind" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="provider" label={t('label.provider')} rules={required}>
              <Input maxLength={200} data-testid="training-provider" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="dates" label={t('trainings.dates')} rules={required}>
          <DatePicker.RangePicker style={{ width: '100%' }} data-testid="training-dates" />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={12}>
            <Form.Item name="hours" label={t('label.hours')} rules={required}>
              <InputNumber min={0.5} max={100} step={0.5} precision={1} style={{ width: '100%' }} data-testid="training-hours" />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item name="capacity" label={t('label.capacity')} rules={required}>
              <InputNumber min={1} max={10000} precision={0} style={{ width: '100%' }} data-testid="training-capacity" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="location" label={t('label.location')}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
