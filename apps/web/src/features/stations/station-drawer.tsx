import { type Station, StationCreate, type StationTier, StationUpdate, TIER_REGION_LEVEL } from '@shegong/contracts';
import { App, Button, Col, DatePicker, Drawer, Form, Input, Row, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { isVersionConflict } from '../../app/api/client.ts';
import { compact, parseForm, zodRule } from '../../app/api/form-validation.ts';
import { useApiError } from '../../app/api/use-api-error.ts';
import { OrganisationSelect } from '../../app/components/organisation-select.tsx';
import { RegionTreeSelect } from '../../app/components/region-tree-select.tsx';
import { useIsMobile } from '../../app/components/use-is-mobile.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { levelKey } from '../regions/region-level.ts';
import { ParentStationSelect } from './parent-station-select.tsx';
import { statusOptions, tierOptions } from './station-labels.ts';
import { useCreateStation, useUpdateStation } from './stations-api.ts';

type Values = {
  name: string;
  tier: StationTier;
  regionCode?: string;
  organisationId?: string;
  parentId?: string;
  address?: string;
  phone?: string;
  status: Station['status'];
  openedOn?: Dayjs | null;
};

type Props = { open: boolean; station: Station | null; onClose: () => void };

/** Create (station null) or edit a station; the region chooser only offers the tier's level. */
export function StationDrawer({ open, station, onClose }: Props) {
  const t = useT();
  const isMobile = useIsMobile();
  const { message } = App.useApp();
  const showError = useApiError();
  const [form] = Form.useForm<Values>();
  const create = useCreateStation();
  const update = useUpdateStation();
  const tier = Form.useWatch('tier', form);
  const regionCode = Form.useWatch('regionCode', form);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (station)
      form.setFieldsValue({
        ...station,
        parentId: station.parentId ?? undefined,
        address: station.address ?? undefined,
        phone: station.phone ?? undefined,
        openedOn: station.openedOn ? dayjs(station.openedOn) : null,
      });
    else form.setFieldsValue({ tier: 'town_station', status: 'active' });
  }, [open, station, form]);

  const failed = (error: unknown) => {
    showError(error, form);
    if (isVersionConflict(error)) onClose();
  };

  const submit = (values: Values) => {
    const openedOn = values.openedOn ? values.openedOn.format('YYYY-MM-DD') : undefined;
    const done = (saved: Station) => {
      message.success(t(station ? 'common.saved' : 'stations.created', { name: saved.name }));
      onClose();
    };
    if (station) {
      const body = parseForm(
        StationUpdate,
        {
          name: values.name?.trim(),
          organisationId: values.organisationId,
          parentId: values.parentId ?? null,
          address: values.address?.trim() || null,
          phone: values.phone?.trim() || null,
          status: values.status,
          openedOn: openedOn ?? null,
          version: station.version,
        },
        form,
        t,
      );
      if (body) update.mutate({ id: station.id, body }, { onSuccess: done, onError: failed });
      return;
    }
    const body = parseForm(StationCreate, compact({ ...values, openedOn }), form, t);
    if (body) create.mutate(body, { onSuccess: done, onError: failed });
  };

  const regionLevel = tier ? TIER_REGION_LEVEL[tier] : 4;
  const required = [{ required: true, message: t('field.required') }];

  return (
    <Drawer
      title={station ? t('stations.edit') : t('stations.create')}
      open={open}
      onClose={onClose}
      size={isMobile ? '100%' : 600}
      destroyOnHidden
      footer={
        <Space style={{ float: 'right' }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={create.isPending || update.isPending} onClick={() => form.submit()} data-testid="station-submit">
            {t('common.submit')}
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" onFinish={submit} data-testid="station-form">
        <Row gutter={16}>
          <Col xs={24}>
            <Form.Item name="name" label={t('label.name')} rules={required}>
              <Input maxLength={100} placeholder={t('stations.namePlaceholder')} data-testid="station-name" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="tier" label={t('label.tier')} rules={required}>
              <Select
                options={tierOptions(t)}
                disabled={Boolean(station)}
                onChange={() => form.setFieldsValue({ regionCode: undefined, parentId: undefined })}
                data-testid="station-tier"
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="regionCode"
              label={t('label.regionCode')}
              rules={required}
              extra={station ? undefined : t('stations.regionHint', { level: t(levelKey(regionLevel)) })}
            >
              <RegionTreeSelect
                levels={[regionLevel]}
                disabled={Boolean(station)}
                onChange={() => form.setFieldValue('parentId', undefined)}
                data-testid="station-region"
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="organisationId" label={t('stations.operator')} rules={required}>
              <OrganisationSelect currentLabel={station?.organisationName} data-testid="station-organisation" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="parentId" label={t('label.parentId')}>
              <ParentStationSelect tier={tier} regionCode={regionCode} currentLabel={station?.parentName} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="address" label={t('label.address')}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="phone" label={t('label.phone')} rules={[zodRule(StationCreate.shape.phone, t)]}>
              <Input maxLength={20} inputMode="tel" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="openedOn" label={t('label.openedOn')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="status" label={t('common.status')} rules={required}>
              <Select options={statusOptions(t)} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Drawer>
  );
}
