import { type Group, GroupCreate, GroupUpdate } from '@shegong/contracts';
import { App, Button, Col, DatePicker, Drawer, Form, Input, InputNumber, Row, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useNavigate } from 'react-router-dom';
import { isVersionConflict } from '../../app/api/client.ts';
import { parseForm } from '../../app/api/form-validation.ts';
import { useApiError } from '../../app/api/use-api-error.ts';
import { useMe } from '../../app/auth/me-context.tsx';
import { StationPick } from '../../app/components/station-pick.tsx';
import { useIsMobile } from '../../app/components/use-is-mobile.ts';
import { WorkerSelect } from '../../app/components/worker-select.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { useCategoryOptions } from '../clients/client-labels.tsx';
import { useCreateGroup, useUpdateGroup } from './groups-api.ts';

type Values = {
  stationId?: string;
  name?: string;
  aims?: string;
  targetCategory?: string | null;
  plannedSessions?: number;
  facilitatorWorkerId?: string | null;
  startsOn?: Dayjs | null;
};

/** 小组计划 (MZ/T 095-2017): aims, target people, number of sessions, facilitator, start date. */
export function GroupDrawer({ open, group, onClose }: { open: boolean; group: Group | null; onClose: () => void }) {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const isMobile = useIsMobile();
  const { message } = App.useApp();
  const showError = useApiError();
  const categories = useCategoryOptions();
  const [form] = Form.useForm<Values>();
  const create = useCreateGroup();
  const update = useUpdateGroup();

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (group) form.setFieldsValue({ ...group, startsOn: group.startsOn ? dayjs(group.startsOn) : null });
    else form.setFieldsValue({ plannedSessions: 6, startsOn: dayjs().add(1, 'week') });
  }, [open, group, form]);

  const submit = ({ startsOn, ...v }: Values) => {
    const fields = {
      ...v,
      name: v.name?.trim(),
      aims: v.aims?.trim(),
      targetCategory: v.targetCategory ?? null,
      facilitatorWorkerId: v.facilitatorWorkerId ?? null,
      startsOn: startsOn ? startsOn.format('YYYY-MM-DD') : null,
    };
    const failed = (e: unknown) => {
      showError(e, form);
      if (isVersionConflict(e)) onClose();
    };
    if (group) {
      const { stationId: _s, ...changes } = fields;
      const body = parseForm(GroupUpdate, { ...changes, version: group.version }, form, t);
      if (body)
        update.mutate(
          { id: group.id, body },
          {
            onSuccess: () => {
              message.success(t('common.saved', { name: group.name }));
              onClose();
            },
            onError: failed,
          },
        );
      return;
    }
    const body = parseForm(GroupCreate, fields, form, t);
    if (body)
      create.mutate(body, {
        onSuccess: (saved) => {
          message.success(t('groups.created', { name: saved?.name ?? '' }));
          onClose();
          if (saved) navigate(`/groups/${saved.id}`);
        },
        onError: failed,
      });
  };
  const required = [{ required: true, message: t('field.required') }];

  return (
    <Drawer
      title={group ? t('groups.edit', { name: group.name }) : t('groups.create')}
      open={open}
      onClose={onClose}
      size={isMobile ? '100%' : 600}
      destroyOnHidden
      footer={
        <Space style={{ float: 'right' }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={create.isPending || update.isPending} onClick={() => form.submit()} data-testid="group-submit">
            {t('common.submit')}
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" onFinish={submit} data-testid="group-form">
        <Row gutter={16}>
          <Col xs={24}>
            <Form.Item name="name" label={t('groups.name')} rules={required}>
              <Input maxLength={100} data-testid="group-name" />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="stationId" label={t('label.stationId')} rules={group ? [] : required}>
              <StationPick disabled={Boolean(group)} currentLabel={group?.stationName} data-testid="group-station" />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="aims" label={t('label.aims')} rules={required}>
              <Input.TextArea rows={4} maxLength={2000} showCount data-testid="group-aims" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="targetCategory" label={t('label.targetCategory')}>
              <Select allowClear options={categories} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="plannedSessions" label={t('label.plannedSessions')} rules={required}>
              <InputNumber min={1} max={200} precision={0} style={{ width: '100%' }} data-testid="group-sessions" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="startsOn" label={t('label.startsOn')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="facilitatorWorkerId" label={t('label.facilitatorWorkerId')}>
              <WorkerSelect organisationId={me.scope.organisationId ?? undefined} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Drawer>
  );
}
