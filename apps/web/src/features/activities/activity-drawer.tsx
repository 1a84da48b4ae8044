import { ActivityCreate, ActivityUpdate } from '@shegong/contracts';
import { App, Button, Col, DatePicker, Drawer, Form, Input, InputNumber, Row, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { isVersionConflict } from '../../app/api/client.ts';
import { compact, parseForm } from '../../app/api/form-validation.ts';
import { useApiError } from '../../app/api/use-api-error.ts';
import { StationPick } from '../../app/components/station-pick.tsx';
import { useIsMobile } from '../../app/components/use-is-mobile.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { ClientSelect } from '../clients/client-select.tsx';
import { uploadActivityPhoto, useActivity, useCreateActivity, useUpdateActivity } from './activities-api.ts';
import { ActivityPhotos } from './activity-photos.tsx';
import { usePhotoState } from './use-photo-state.ts';

type Values = {
  stationId?: string;
  theme?: string;
  heldOn?: Dayjs;
  place?: string;
  participantIds?: string[];
  headcount?: number;
  volunteerCount?: number;
  description?: string;
};
type Props = { open: boolean; activityId: string | null; onClose: () => void };

/** 社区活动: theme, date, place, named participants and a headcount, volunteers and photos. */
export function ActivityDrawer({ open, activityId, onClose }: Props) {
  const t = useT();
  const isMobile = useIsMobile();
  const { message } = App.useApp();
  const showError = useApiError();
  const [form] = Form.useForm<Values>();
  const one = useActivity(open && activityId ? activityId : undefined);
  const detail = activityId ? (one.data ?? null) : null;
  const editable = !detail || detail.allowedActions.includes('manage');
  const photos = usePhotoState(detail, open);
  const create = useCreateActivity();
  const update = useUpdateActivity();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (detail)
      form.setFieldsValue({
        ...detail,
        heldOn: dayjs(detail.heldOn),
        participantIds: detail.participants.map((p) => p.clientId),
        description: detail.description ?? undefined,
      });
    else if (!activityId) form.setFieldsValue({ heldOn: dayjs(), headcount: 0, volunteerCount: 0, participantIds: [] });
  }, [open, detail, activityId, form]);

  const submit = async ({ heldOn, ...v }: Values) => {
    const fields = {
      ...compact({ ...v, heldOn: heldOn?.format('YYYY-MM-DD') }),
      participantIds: v.participantIds ?? [],
      headcount: v.headcount ?? 0,
      volunteerCount: v.volunteerCount ?? 0,
    };
    setBusy(true);
    try {
      if (detail) {
        const { stationId: _s, ...changes } = fields;
        const uploaded = await Promise.all(photos.files.map((f) => uploadActivityPhoto(detail.id, f)));
        const body = parseForm(
          ActivityUpdate,
          {
            ...changes,
            description: v.description?.trim() || null,
            photoFileIds: [...photos.kept, ...uploaded.map((u) => u.id)],
            version: detail.version,
          },
          form,
          t,
        );
        if (body) await update.mutateAsync({ id: detail.id, body });
      } else {
        const body = parseForm(ActivityCreate, fields, form, t);
        if (!body) return;
        const created = await create.mutateAsync(body);
        if (photos.files.length) {
          const uploaded = await Promise.all(photos.files.map((f) => uploadActivityPhoto(created.id, f)));
          await update.mutateAsync({ id: created.id, body: { photoFileIds: uploaded.map((u) => u.id), version: created.version } });
        }
      }
      message.success(t('common.saved', { name: v.theme ?? '' }));
      onClose();
    } catch (error) {
      showError(error, form);
      if (isVersionConflict(error)) onClose();
    } finally {
      setBusy(false);
    }
  };
  const required = [{ required: true, whitespace: true, message: t('field.required') }];

  return (
    <Drawer
      title={activityId ? (detail?.theme ?? '') : t('activities.create')}
      open={open}
      onClose={onClose}
      size={isMobile ? '100%' : 640}
      destroyOnHidden
      loading={Boolean(activityId) && !detail}
      footer={
        editable ? (
          <Space style={{ float: 'right' }}>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="primary" loading={busy} onClick={() => form.submit()} data-testid="activity-submit">
              {t('common.submit')}
            </Button>
          </Space>
        ) : null
      }
    >
      <Form form={form} layout="vertical" onFinish={submit} disabled={!editable} data-testid="activity-form">
        <Row gutter={16}>
          <Col xs={24}>
            <Form.Item name="theme" label={t('label.theme')} rules={required}>
              <Input maxLength={200} data-testid="activity-theme" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="stationId"
              label={t('label.stationId')}
              rules={detail ? [] : [{ required: true, message: t('field.required') }]}
            >
              <StationPick disabled={Boolean(detail)} currentLabel={detail?.stationName} data-testid="activity-station" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="heldOn" label={t('label.heldOn')} rules={[{ required: true, message: t('field.required') }]}>
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs())} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="place" label={t('label.place')} rules={required}>
              <Input maxLength={200} data-testid="activity-place" />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="participantIds" label={t('activities.namedParticipants')} extra={t('activities.participantsHint')}>
              <ClientSelect
                multiple
                known={detail?.participants.map((p) => ({ value: p.clientId, label: p.name })) ?? []}
                data-testid="activity-participants"
              />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item name="headcount" label={t('label.headcount')}>
              <InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} data-testid="activity-headcount" />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item name="volunteerCount" label={t('label.volunteerCount')}>
              <InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} data-testid="activity-volunteers" />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="description" label={t('label.description')}>
              <Input.TextArea rows={3} maxLength={5000} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item label={t('label.photoFileIds')} extra={editable ? t('activities.photoHint') : null}>
              <ActivityPhotos items={photos.items} editable={editable} busy={busy} onAdd={photos.add} onRemove={photos.remove} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Drawer>
  );
}
