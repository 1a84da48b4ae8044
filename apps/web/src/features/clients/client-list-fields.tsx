import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import dayjs from 'dayjs';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { relationOptions, useCategoryOptions } from './client-labels.tsx';
import { EvidencePick } from './evidence-pick.tsx';

/** 类别: each held from a date (to a date), with the evidence uploaded once the file exists. */
export function CategoryListFields() {
  const t = useT();
  const options = useCategoryOptions();
  const required = [{ required: true, message: t('field.required') }];
  return (
    <Form.List name="categories">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => (
            <Row gutter={8} key={field.key} className="sg-list-row" data-testid="client-category-row">
              <Col xs={24} sm={9}>
                <Form.Item name={[field.name, 'code']} rules={required} label={t('clients.category')}>
                  <Select options={options} showSearch={{ optionFilterProp: 'label' }} data-testid="client-category-code" />
                </Form.Item>
              </Col>
              <Col xs={12} sm={7}>
                <Form.Item name={[field.name, 'effectiveFrom']} rules={required} label={t('label.effectiveFrom')} initialValue={dayjs()}>
                  <DatePicker style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={12} sm={7}>
                <Form.Item name={[field.name, 'effectiveTo']} label={t('label.effectiveTo')}>
                  <DatePicker style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={24} sm={1} className="sg-list-remove">
                <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('common.delete')} />
              </Col>
              <Col xs={24}>
                <Form.Item name={[field.name, 'evidence']} style={{ marginTop: -8 }}>
                  <EvidencePick data-testid="client-category-evidence" />
                </Form.Item>
              </Col>
            </Row>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()} block data-testid="client-category-add">
            {t('clients.addCategory')}
          </Button>
        </>
      )}
    </Form.List>
  );
}

/** 家庭成员 with their relation to the person. */
export function HouseholdListFields() {
  const t = useT();
  const required = [{ required: true, message: t('field.required') }];
  return (
    <Form.List name="household">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => (
            <Row gutter={8} key={field.key} className="sg-list-row" data-testid="client-member-row">
              <Col xs={12} sm={6}>
                <Form.Item name={[field.name, 'name']} rules={required} label={t('label.displayName')}>
                  <Input maxLength={50} />
                </Form.Item>
              </Col>
              <Col xs={12} sm={6}>
                <Form.Item name={[field.name, 'relation']} rules={required} label={t('label.relation')}>
                  <Select options={relationOptions(t)} />
                </Form.Item>
              </Col>
              <Col xs={12} sm={5}>
                <Form.Item name={[field.name, 'birthDate']} label={t('label.birthDate')}>
                  <DatePicker style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={10} sm={6}>
                <Form.Item name={[field.name, 'mobile']} label={t('label.mobile')}>
                  <Input maxLength={11} inputMode="tel" />
                </Form.Item>
              </Col>
              <Col xs={2} sm={1} className="sg-list-remove">
                <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('common.delete')} />
              </Col>
            </Row>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()} block data-testid="client-member-add">
            {t('clients.addMember')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
