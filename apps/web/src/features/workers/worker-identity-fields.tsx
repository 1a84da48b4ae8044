import { type Worker, WorkerCreate } from '@shegong/contracts';
import { parseIdCard } from '@shegong/core';
import { Col, Form, Input } from 'antd';
import { zodRule } from '../../app/api/form-validation.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';

/**
 * The ID number and what follows from it: gender and birth date are shown read-only, derived
 * from the number being typed, or the record's while it is left empty (editing never shows it).
 */
export function WorkerIdentityFields({ worker }: { worker: Worker | null }) {
  const t = useT();
  const form = Form.useFormInstance();
  const idNumber = Form.useWatch('idNumber', form);
  const parsed = idNumber ? parseIdCard(idNumber) : null;
  const derived = parsed?.ok ? parsed.info : worker ? { gender: worker.gender, birthDate: worker.birthDate } : null;
  const required = [{ required: true, message: t('field.required') }];
  return (
    <>
      <Col xs={24}>
        <Form.Item
          name="idNumber"
          label={t('label.idNumber')}
          rules={[...(worker ? [] : required), zodRule(WorkerCreate.shape.idNumber, t)]}
          extra={worker ? t('workers.idCorrectionHint', { masked: worker.idNumberMasked }) : t('workers.idHint')}
        >
          <Input maxLength={18} style={{ fontFamily: 'monospace' }} placeholder={worker?.idNumberMasked} data-testid="worker-id-number" />
        </Form.Item>
      </Col>
      <Col xs={12}>
        <Form.Item label={t('workers.genderLabel')}>
          <Input
            disabled
            value={derived ? t(`workers.gender.${derived.gender}`) : ''}
            placeholder={t('workers.derived')}
            data-testid="worker-gender"
          />
        </Form.Item>
      </Col>
      <Col xs={12}>
        <Form.Item label={t('workers.birthDate')}>
          <Input disabled value={derived?.birthDate ?? ''} placeholder={t('workers.derived')} data-testid="worker-birth-date" />
        </Form.Item>
      </Col>
    </>
  );
}
