import { type GroupDetail, type GroupSession, GroupSessionInput } from '@shegong/contracts';
import { Checkbox, Col, DatePicker, Form, Input, InputNumber, Row, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { compact } from '../../app/api/form-validation.ts';
import { useMe } from '../../app/auth/me-context.tsx';
import { FormModal } from '../../app/components/form-modal.tsx';
import { WorkerSelect } from '../../app/components/worker-select.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { useSaveSession } from './groups-api.ts';

type Values = {
  sessionNo?: number;
  heldOn?: Dayjs;
  theme?: string;
  facilitatorWorkerId?: string | null;
  attendeeIds?: string[];
  extraHeadcount?: number;
  notes?: string;
};
type Props = { group: GroupDetail; session: GroupSession | null; open: boolean; onClose: () => void };

/** 节次: date, theme, facilitator and attendance — a checklist of members plus a headcount of others. */
export function SessionModal({ group: g, session, open, onClose }: Props) {
  const t = useT();
  const me = useMe();
  const save = useSaveSession();
  const members = g.members;
  const initial: Values = session
    ? {
        ...session,
        heldOn: dayjs(session.heldOn),
        attendeeIds: session.attendees.map((a) => a.clientId),
        notes: session.notes ?? undefined,
      }
    : {
        sessionNo: g.sessionsHeld + 1,
        heldOn: dayjs(),
        facilitatorWorkerId: g.facilitatorWorkerId,
        attendeeIds: members.filter((m) => !m.leftOn).map((m) => m.clientId),
        extraHeadcount: 0,
      };
  return (
    <FormModal<Values, GroupSessionInput>
      open={open}
      title={session ? t('groups.editSession', { no: session.sessionNo }) : t('groups.addSession')}
      onClose={onClose}
      schema={GroupSessionInput}
      toBody={(v) => ({
        ...compact({ sessionNo: v.sessionNo, heldOn: v.heldOn?.format('YYYY-MM-DD'), theme: v.theme, notes: v.notes }),
        facilitatorWorkerId: v.facilitatorWorkerId ?? null,
        attendeeIds: v.attendeeIds ?? [],
        extraHeadcount: v.extraHeadcount ?? 0,
      })}
      send={(body) => save.mutateAsync({ groupId: g.id, sessionId: session?.id, body })}
      successText={t('groups.sessionSaved')}
      initialValues={initial}
      width={680}
      testId="group-session-modal"
    >
      <Row gutter={12}>
        <Col xs={8} sm={5}>
          <Form.Item name="sessionNo" label={t('label.sessionNo')}>
            <InputNumber min={1} max={500} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={16} sm={7}>
          <Form.Item name="heldOn" label={t('label.heldOn')} rules={[{ required: true, message: t('field.required') }]}>
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs())} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="theme" label={t('label.theme')} rules={[{ required: true, whitespace: true, message: t('field.required') }]}>
            <Input maxLength={200} data-testid="group-session-theme" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="facilitatorWorkerId" label={t('label.facilitatorWorkerId')}>
            <WorkerSelect organisationId={me.scope.organisationId ?? undefined} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="extraHeadcount" label={t('label.extraHeadcount')} extra={t('groups.headcountHint')}>
            <InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} data-testid="group-session-headcount" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="attendeeIds" label={t('label.attendeeIds')}>
        {members.length === 0 ? (
          <Typography.Text type="secondary">{t('groups.noMembers')}</Typography.Text>
        ) : (
          <Checkbox.Group
            className="sg-attendance"
            data-testid="group-session-attendance"
            options={members.map((m) => ({
              value: m.clientId,
              label: m.leftOn ? `${m.name}（${t('groups.leftOn', { date: m.leftOn })}）` : m.name,
            }))}
          />
        )}
      </Form.Item>
      <Form.Item name="notes" label={t('label.notes')}>
        <Input.TextArea rows={3} maxLength={5000} />
      </Form.Item>
    </FormModal>
  );
}
