import { Alert, Checkbox, Col, DatePicker, Form, Input, Row, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { purposeOptions, relationOptions } from './client-labels.tsx';
import { EvidencePick } from './evidence-pick.tsx';

/**
 * 知情同意 at intake. Under 14 (PIPL art. 31) a guardian's consent is required, naming the
 * guardian and the relation; otherwise the person's own consent may be recorded.
 */
export function ClientConsentFields({ child }: { child: boolean }) {
  const t = useT();
  const given = Form.useWatch(['consent', 'given']);
  const required = [{ required: true, message: t('field.required') }];
  const open = child || given;
  return (
    <div className={child ? 'sg-guardian' : undefined} data-testid="client-consent">
      {child ? (
        <Alert
          type="warning"
          showIcon
          title={t('clients.guardianRequired')}
          style={{ marginBottom: 12 }}
          data-testid="client-guardian-alert"
        />
      ) : (
        <Form.Item name={['consent', 'given']} valuePropName="checked" style={{ marginBottom: 8 }}>
          <Checkbox data-testid="client-consent-given">{t('clients.selfConsent')}</Checkbox>
        </Form.Item>
      )}
      {open ? (
        <Row gutter={12}>
          {child ? (
            <>
              <Col xs={24} sm={12}>
                <Form.Item name={['consent', 'guardianName']} label={t('label.guardianName')} rules={required}>
                  <Input maxLength={50} data-testid="client-guardian-name" />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12}>
                <Form.Item name={['consent', 'guardianRelation']} label={t('label.guardianRelation')} rules={required}>
                  <Select options={relationOptions(t)} data-testid="client-guardian-relation" />
                </Form.Item>
              </Col>
            </>
          ) : null}
          <Col xs={24} sm={12}>
            <Form.Item name={['consent', 'purpose']} label={t('label.purpose')} initialValue="service" rules={required}>
              <Select options={purposeOptions(t)} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name={['consent', 'givenOn']} label={t('label.givenOn')} initialValue={dayjs()} rules={required}>
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs())} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            {child ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('clients.guardianFormLater')}
              </Typography.Text>
            ) : (
              <Form.Item name={['consent', 'document']} label={t('label.documentFileId')} extra={t('clients.uploadAfterHint')}>
                <EvidencePick data-testid="client-consent-document" />
              </Form.Item>
            )}
          </Col>
        </Row>
      ) : null}
    </div>
  );
}
