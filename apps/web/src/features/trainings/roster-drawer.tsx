import { AttendanceBody, type Enrolment, type EnrolmentStatus, type Training } from '@shegong/contracts';
import { Alert, App, Button, Drawer, Flex, InputNumber, Radio, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useApiError } from '../../app/api/use-api-error.ts';
import { useIsMobile } from '../../app/components/use-is-mobile.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { enrolmentStatusOptions } from './training-labels.tsx';
import { useMarkAttendance, useRoster } from './trainings-api.ts';

type Mark = { status: EnrolmentStatus; hours: number | null };

/** 名单与考勤: the bureau marks who attended (with hours, counted as continuing education) or was absent. */
export function RosterDrawer({ training, onClose }: { training: Training | null; onClose: () => void }) {
  const t = useT();
  const isMobile = useIsMobile();
  const { message } = App.useApp();
  const showError = useApiError();
  const roster = useRoster(training?.id);
  const mark = useMarkAttendance(training?.id ?? '');
  const [marks, setMarks] = useState<Record<string, Mark>>({});
  const items = roster.data?.items ?? [];

  const current = (e: Enrolment): Mark => marks[e.id] ?? { status: e.status, hours: e.attendedHours };
  const set = (e: Enrolment, change: Partial<Mark>) => {
    const next = { ...current(e), ...change };
    if (next.status === 'attended' && next.hours === null) next.hours = training?.hours ?? null;
    if (next.status !== 'attended') next.hours = null;
    setMarks((m) => ({ ...m, [e.id]: next }));
  };
  const changed = items.filter((e) => marks[e.id] && (marks[e.id]?.status !== e.status || marks[e.id]?.hours !== e.attendedHours));

  const close = () => {
    setMarks({});
    onClose();
  };

  const allAttended = () => {
    for (const e of items) if (current(e).status === 'enrolled') set(e, { status: 'attended' });
  };

  const save = () => {
    const body = AttendanceBody.safeParse({
      marks: changed.map((e) => {
        const m = current(e);
        return { enrolmentId: e.id, status: m.status, ...(m.status === 'attended' && m.hours !== null ? { hours: m.hours } : {}) };
      }),
    });
    if (!body.success) return message.error(t('field.invalid'));
    mark.mutate(body.data, {
      onSuccess: () => {
        message.success(t('trainings.attendanceSaved', { count: changed.length }));
        setMarks({});
      },
      onError: (e) => showError(e),
    });
  };

  return (
    <Drawer
      title={t('trainings.rosterTitle', { title: training?.title ?? '' })}
      open={Boolean(training)}
      onClose={close}
      size={isMobile ? '100%' : 820}
      destroyOnHidden
      extra={
        <Button onClick={allAttended} disabled={!items.length}>
          {t('trainings.allAttended')}
        </Button>
      }
      footer={
        <Flex justify="space-between" align="center">
          <Typography.Text type="secondary">{t('trainings.changedCount', { count: changed.length })}</Typography.Text>
          <Space>
            <Button onClick={close}>{t('common.cancel')}</Button>
            <Button type="primary" disabled={!changed.length} loading={mark.isPending} onClick={save} data-testid="attendance-save">
              {t('trainings.saveAttendance')}
            </Button>
          </Space>
        </Flex>
      }
    >
      <Alert type="info" showIcon title={t('trainings.attendanceHint', { hours: training?.hours ?? 0 })} style={{ marginBottom: 12 }} />
      <Table<Enrolment>
        rowKey="id"
        size="small"
        loading={roster.isFetching}
        dataSource={items}
        pagination={false}
        scroll={{ x: 640 }}
        data-testid="roster-table"
        columns={[
          { title: t('label.workerId'), dataIndex: 'workerName', width: 110 },
          { title: t('label.organisationId'), dataIndex: 'organisationName', ellipsis: true },
          {
            title: t('label.marks'),
            key: 'status',
            width: 230,
            render: (_, e) => (
              <Radio.Group
                size="small"
                optionType="button"
                value={current(e).status}
                options={enrolmentStatusOptions(t)}
                onChange={(ev) => set(e, { status: ev.target.value })}
                data-testid="attendance-status"
              />
            ),
          },
          {
            title: t('trainings.attendedHours'),
            key: 'hours',
            width: 110,
            render: (_, e) => (
              <InputNumber
                size="small"
                min={0.5}
                max={training?.hours}
                step={0.5}
                precision={1}
                disabled={current(e).status !== 'attended'}
                value={current(e).hours}
                onChange={(hours) => set(e, { hours: hours ?? null })}
                style={{ width: 90 }}
              />
            ),
          },
        ]}
      />
    </Drawer>
  );
}
