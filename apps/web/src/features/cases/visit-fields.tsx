import { type CaseNoteKind, type CaseStage, mayRecordNote } from '@shegong/core';
import { AutoComplete, DatePicker, Form, Input, InputNumber, Radio, Segmented, Space } from 'antd';
import dayjs from 'dayjs';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { modeOptions } from './case-labels.tsx';

const DURATIONS = [15, 30, 45, 60, 90];
/** A visit first: it is what a worker records most. */
const KIND_ORDER: readonly CaseNoteKind[] = ['visit', 'service', 'note', 'resource'];
const SERVICE_TYPES = [
  'cases.serviceType.care',
  'cases.serviceType.counselling',
  'cases.serviceType.material',
  'cases.serviceType.policy',
  'cases.serviceType.health',
] as const;

/** The fields of a case record, large and few: what, when, how, where, how long, and what happened. */
export function VisitFields({ stage }: { stage: CaseStage }) {
  const t = useT();
  const form = Form.useFormInstance();
  const kind: CaseNoteKind = Form.useWatch('kind', form) ?? 'visit';
  const minutes = Form.useWatch('durationMinutes', form);
  const delivered = kind === 'visit' || kind === 'service';
  const required = [{ required: true, message: t('field.required') }];
  return (
    <>
      <Form.Item name="kind" label={t('cases.recordKind')} rules={required}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          className="sg-visit-modes"
          options={KIND_ORDER.map((k) => ({ value: k, label: t(`case.noteKind.${k}`), disabled: !mayRecordNote(stage, k) }))}
          data-testid="visit-kind"
        />
      </Form.Item>
      <Form.Item name="occurredOn" label={t('label.occurredOn')} rules={required}>
        <DatePicker
          style={{ width: '100%' }}
          size="large"
          inputReadOnly
          disabledDate={(d) => d.isAfter(dayjs())}
          data-testid="visit-date"
        />
      </Form.Item>
      {delivered ? (
        <Form.Item name="mode" label={t('label.mode')} rules={required}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            className="sg-visit-modes"
            options={modeOptions(t)}
            data-testid="visit-mode"
          />
        </Form.Item>
      ) : null}
      {delivered ? (
        <Form.Item name="place" label={t('label.place')}>
          <Input size="large" maxLength={200} placeholder={t('cases.placePlaceholder')} data-testid="visit-place" />
        </Form.Item>
      ) : null}
      {delivered ? (
        <Form.Item label={t('label.durationMinutes')}>
          <Space wrap>
            <Segmented
              value={DURATIONS.includes(minutes) ? minutes : ''}
              onChange={(v) => form.setFieldValue('durationMinutes', v)}
              options={DURATIONS.map((d) => ({ value: d, label: `${d}` }))}
              data-testid="visit-duration-quick"
            />
            <Form.Item name="durationMinutes" noStyle>
              <InputNumber
                min={1}
                max={1440}
                precision={0}
                inputMode="numeric"
                style={{ width: 110 }}
                suffix={t('cases.minutes')}
                data-testid="visit-duration"
              />
            </Form.Item>
          </Space>
        </Form.Item>
      ) : null}
      {kind === 'service' || kind === 'resource' ? (
        <Form.Item name="serviceType" label={t('label.serviceType')}>
          <AutoComplete
            options={SERVICE_TYPES.map((k) => ({ value: t(k) }))}
            maxLength={100}
            size="large"
            data-testid="visit-service-type"
          />
        </Form.Item>
      ) : null}
      <Form.Item name="content" label={t('label.content')} rules={[{ required: true, whitespace: true, message: t('field.required') }]}>
        <Input.TextArea rows={5} maxLength={10000} placeholder={t('cases.contentPlaceholder')} data-testid="visit-content" />
      </Form.Item>
    </>
  );
}
