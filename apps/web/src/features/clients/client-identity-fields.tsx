import type { ClientDetail } from '@shegong/contracts';
import { Col, DatePicker, Form, Input, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { genderOptions, idTypeOptions, personLine } from './client-labels.tsx';
import { ageOf, derivedPerson } from './client-values.ts';

/**
 * 证件: a resident ID gives gender, birth date and age as it is typed (shown, never typed);
 * other documents ask for them. Editing never shows the stored number, only its mask.
 */
export function ClientIdentityFields({ record }: { record: ClientDetail | null }) {
  const t = useT();
  const form = Form.useFormInstance();
  const idType = Form.useWatch('idType', form);
  const idNumber = Form.useWatch('idNumber', form);
  const gender = Form.useWatch('gender', form);
  const birthDate = Form.useWatch('birthDate', form);
  const resident = idType === 'resident_id';
  const typed = derivedPerson(idType, idNumber, gender, birthDate);
  const derived = typed ?? (record && (!idNumber || !resident) ? { gender: record.gender, birthDate: record.birthDate } : null);
  const age = ageOf(derived?.birthDate);
  const required = [{ required: true, message: t('field.required') }];
  const hint = record
    ? t('clients.idCorrectionHint', { masked: record.idNumberMasked ?? t(`idType.${record.idType}`) })
    : t('clients.idHint');
  return (
    <>
      <Col xs={24} sm={10}>
        <Form.Item name="idType" label={t('label.idType')} rules={required}>
          <Select options={idTypeOptions(t)} data-testid="client-id-type" />
        </Form.Item>
      </Col>
      <Col xs={24} sm={14}>
        {idType === 'none' ? (
          <Form.Item label={t('label.idNumber')}>
            <Input disabled placeholder={t('clients.noDocument')} />
          </Form.Item>
        ) : (
          <Form.Item name="idNumber" label={t('label.idNumber')} rules={record ? [] : required} extra={hint}>
            <Input
              maxLength={resident ? 18 : 20}
              style={{ fontFamily: 'monospace' }}
              placeholder={record?.idNumberMasked ?? undefined}
              autoComplete="off"
              data-testid="client-id-number"
            />
          </Form.Item>
        )}
      </Col>
      {resident ? (
        <Col xs={24}>
          <div className="sg-derived" data-testid="client-derived">
            <Typography.Text type="secondary">{t('clients.derivedLabel')}</Typography.Text>
            <Typography.Text strong data-testid="client-derived-person">
              {derived?.birthDate ? `${personLine(t, derived.gender, age)} · ${derived.birthDate}` : t('clients.derivedPending')}
            </Typography.Text>
          </div>
        </Col>
      ) : (
        <>
          <Col xs={12}>
            <Form.Item name="gender" label={t('label.gender')} rules={required}>
              <Select options={genderOptions(t)} data-testid="client-gender" />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item
              name="birthDate"
              label={t('label.birthDate')}
              rules={required}
              extra={age === null ? null : t('clients.age', { age })}
            >
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs())} data-testid="client-birth-date" />
            </Form.Item>
          </Col>
        </>
      )}
    </>
  );
}
