import { TermEnd } from '@shegong/contracts';
import { DatePicker, Form, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { FormModal } from '../../app/components/form-modal.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { useEndTerm } from './staffing-api.ts';

type Target = { id: string; description: string; startsOn: string };
type Props = { kind: 'posts' | 'assignments'; target: Target | null; onClose: () => void };

/** 结束任职 / 结束指派: the last day (inclusive), never before the start. */
export function EndTermModal({ kind, target, onClose }: Props) {
  const t = useT();
  const end = useEndTerm(kind);
  return (
    <FormModal<{ endsOn?: Dayjs }, TermEnd>
      open={Boolean(target)}
      title={t(kind === 'posts' ? 'staffing.endPost' : 'staffing.endAssignment')}
      onClose={onClose}
      schema={TermEnd}
      toBody={(v) => ({ endsOn: v.endsOn?.format('YYYY-MM-DD') })}
      send={(body) => end.mutateAsync({ id: target?.id ?? '', body })}
      successText={t('staffing.ended')}
      initialValues={{ endsOn: dayjs() }}
      danger
      testId="end-term-modal"
    >
      <Typography.Paragraph>{target?.description}</Typography.Paragraph>
      <Form.Item name="endsOn" label={t('label.endsOn')} rules={[{ required: true, message: t('field.required') }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => Boolean(target && d.isBefore(dayjs(target.startsOn), 'day'))} />
      </Form.Item>
    </FormModal>
  );
}
