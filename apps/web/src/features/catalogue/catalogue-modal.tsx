import { type CatalogueItem, CatalogueItemCreate, CatalogueItemUpdate } from '@shegong/contracts';
import { AutoComplete, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { compact } from '../../app/api/form-validation.ts';
import { useMe } from '../../app/auth/me-context.tsx';
import { FormModal } from '../../app/components/form-modal.tsx';
import { RegionTreeSelect } from '../../app/components/region-tree-select.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { MoneyInput } from '../projects/money-input.tsx';
import {
  type CatalogueCreateBody,
  type CatalogueUpdateBody,
  useCreateCatalogueItem,
  useServiceAreas,
  useUpdateCatalogueItem,
} from './catalogue-api.ts';
import { catalogueStatusOptions } from './catalogue-labels.tsx';

type Values = {
  year: number;
  serviceArea: string;
  name: string;
  description?: string;
  regionCode: string;
  referencePrice?: number | null;
  status?: CatalogueItem['status'];
};
type Props = { open: boolean; item: CatalogueItem | null; onClose: () => void };

/** Add a catalogue item (the buyer's region and this year by default) or edit one, including taking it out. */
export function CatalogueModal({ open, item, onClose }: Props) {
  const t = useT();
  const me = useMe();
  const areas = useServiceAreas();
  const create = useCreateCatalogueItem();
  const update = useUpdateCatalogueItem();
  const required = [{ required: true, message: t('field.required') }];
  const initialValues: Partial<Values> = item
    ? {
        year: item.year,
        serviceArea: item.serviceArea,
        name: item.name,
        description: item.description ?? undefined,
        regionCode: item.regionCode,
        referencePrice: item.referencePrice,
        status: item.status,
      }
    : { year: new Date().getFullYear(), regionCode: me.scope.regionCode };

  const toBody = (values: Values) => {
    const fields = compact({ ...values, referencePrice: values.referencePrice ?? undefined });
    return item ? { ...fields, version: item.version } : fields;
  };

  return (
    <FormModal<Values, CatalogueCreateBody | CatalogueUpdateBody>
      open={open}
      title={item ? t('catalogue.edit') : t('catalogue.create')}
      onClose={onClose}
      schema={item ? CatalogueItemUpdate : CatalogueItemCreate}
      toBody={toBody}
      send={(body) =>
        item ? update.mutateAsync({ id: item.id, body: body as CatalogueUpdateBody }) : create.mutateAsync(body as CatalogueCreateBody)
      }
      successText={item ? t('common.saved', { name: item.name }) : t('catalogue.created')}
      initialValues={initialValues}
      width={640}
      testId="catalogue-modal"
    >
      <Row gutter={16}>
        <Col xs={24}>
          <Form.Item name="name" label={t('label.name')} rules={required}>
            <Input maxLength={100} placeholder={t('catalogue.namePlaceholder')} data-testid="catalogue-name" />
          </Form.Item>
        </Col>
        <Col xs={12} sm={8}>
          <Form.Item name="year" label={t('label.year')} rules={required}>
            <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} data-testid="catalogue-year" />
          </Form.Item>
        </Col>
        <Col xs={12} sm={16}>
          <Form.Item name="serviceArea" label={t('label.serviceArea')} rules={required}>
            <AutoComplete options={areas} maxLength={50} filterOption data-testid="catalogue-area" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="regionCode" label={t('catalogue.buyerRegion')} rules={required}>
            <RegionTreeSelect levels={[2, 3, 4]} data-testid="catalogue-region" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="referencePrice" label={t('label.referencePrice')} extra={t('catalogue.priceHint')}>
            <MoneyInput data-testid="catalogue-price" />
          </Form.Item>
        </Col>
        {item ? (
          <Col xs={24} sm={12}>
            <Form.Item name="status" label={t('common.status')}>
              <Select options={catalogueStatusOptions(t)} data-testid="catalogue-status" />
            </Form.Item>
          </Col>
        ) : null}
        <Col xs={24}>
          <Form.Item name="description" label={t('label.description')}>
            <Input.TextArea rows={3} maxLength={2000} showCount />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
