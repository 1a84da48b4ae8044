import type { Project } from '@shegong/contracts';
import { Col, DatePicker, Form, type FormInstance, Input, Row, Select } from 'antd';
import { OrganisationSelect } from '../../app/components/organisation-select.tsx';
import { RegionTreeSelect } from '../../app/components/region-tree-select.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { useCatalogue } from '../catalogue/catalogue-api.ts';
import { MoneyInput } from './money-input.tsx';
import { ProjectStationSelect } from './project-station-select.tsx';

/**
 * The contract's head: catalogue item, name, buyer, provider and its stations, period and amount.
 * Once contracted, the catalogue item, buyer and provider stay as they are.
 */
export function ProjectFields({ form, project }: { form: FormInstance; project: Project | null }) {
  const fixed = Boolean(project);
  const t = useT();
  const regionCode = Form.useWatch('regionCode', form) as string | undefined;
  const organisationId = Form.useWatch('organisationId', form) as string | undefined;
  const catalogue = useCatalogue({ page: 1, pageSize: 200 });
  const items = (catalogue.data?.items ?? []).filter((i) => i.status !== 'dropped');
  const required = [{ required: true, message: t('field.required') }];

  const pickItem = (id?: string) => {
    const item = items.find((i) => i.id === id);
    if (!item) return;
    if (!form.getFieldValue('name')) form.setFieldValue('name', item.name);
    if (!form.getFieldValue('contractAmount') && item.referencePrice) form.setFieldValue('contractAmount', item.referencePrice);
  };

  return (
    <Row gutter={16}>
      <Col xs={24}>
        <Form.Item name="catalogueItemId" label={t('label.catalogueItemId')} extra={items.length ? undefined : t('projects.noCatalogue')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={items.map((i) => ({ value: i.id, label: `${i.year} · ${i.serviceArea} · ${i.name}` }))}
            onChange={pickItem}
            loading={catalogue.isFetching}
            disabled={fixed}
            data-testid="project-catalogue"
          />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item name="name" label={t('projects.name')} rules={required}>
          <Input maxLength={100} placeholder={t('projects.namePlaceholder')} data-testid="project-name" />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name="regionCode" label={t('projects.buyerRegion')} rules={required}>
          <RegionTreeSelect
            levels={[2, 3, 4]}
            disabled={fixed}
            onChange={() => form.setFieldValue('stationIds', [])}
            data-testid="project-region"
          />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name="buyerName" label={t('projects.buyer')} extra={t('projects.buyerHint')}>
          <Input maxLength={100} disabled={fixed} data-testid="project-buyer" />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item name="organisationId" label={t('projects.provider')} rules={required}>
          <OrganisationSelect
            currentLabel={project?.organisationName}
            disabled={fixed}
            onChange={() => form.setFieldValue('stationIds', [])}
            data-testid="project-organisation"
          />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item name="stationIds" label={t('label.stationIds')} rules={required} extra={t('projects.stationsHint')}>
          <ProjectStationSelect organisationId={organisationId} regionCode={regionCode} data-testid="project-stations" />
        </Form.Item>
      </Col>
      <Col xs={12} sm={8}>
        <Form.Item name="startsOn" label={t('label.startsOn')} rules={required}>
          <DatePicker style={{ width: '100%' }} data-testid="project-starts" />
        </Form.Item>
      </Col>
      <Col xs={12} sm={8}>
        <Form.Item name="endsOn" label={t('label.endsOn')} rules={required}>
          <DatePicker style={{ width: '100%' }} data-testid="project-ends" />
        </Form.Item>
      </Col>
      <Col xs={24} sm={8}>
        <Form.Item name="contractAmount" label={t('label.contractAmount')} rules={required}>
          <MoneyInput data-testid="project-amount" />
        </Form.Item>
      </Col>
    </Row>
  );
}
