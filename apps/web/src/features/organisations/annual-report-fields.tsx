import { Col, Form, Input, InputNumber, Row } from 'antd';
import dayjs from 'dayjs';
import { useT } from '../../app/i18n/i18n-context.tsx';

/** The fields of a yearly report (年报). */
export function AnnualReportFields() {
  const t = useT();
  const required = [{ required: true, message: t('field.required') }];
  const yuan = { min: 0, precision: 2, style: { width: '100%' }, prefix: '¥' } as const;
  return (
    <Row gutter={16}>
      <Col xs={24} sm={8}>
        <Form.Item name="year" label={t('label.year')} rules={required}>
          <InputNumber min={2000} max={dayjs().year()} precision={0} style={{ width: '100%' }} data-testid="report-year" />
        </Form.Item>
      </Col>
      <Col xs={12} sm={8}>
        <Form.Item name="income" label={t('label.income')} rules={required}>
          <InputNumber {...yuan} data-testid="report-income" />
        </Form.Item>
      </Col>
      <Col xs={12} sm={8}>
        <Form.Item name="expenditure" label={t('label.expenditure')} rules={required}>
          <InputNumber {...yuan} data-testid="report-expenditure" />
        </Form.Item>
      </Col>
      <Col xs={12}>
        <Form.Item name="staffTotal" label={t('label.staffTotal')} rules={required}>
          <InputNumber min={0} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={12}>
        <Form.Item name="socialWorkerTotal" label={t('label.socialWorkerTotal')} rules={required}>
          <InputNumber min={0} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item name="summary" label={t('label.summary')} rules={required}>
          <Input.TextArea rows={5} maxLength={5000} showCount data-testid="report-summary" />
        </Form.Item>
      </Col>
    </Row>
  );
}
