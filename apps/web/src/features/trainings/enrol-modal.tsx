import type { Training } from '@shegong/contracts';
import { Alert, App, Form, Modal, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../app/api/client.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { useWorkers } from '../workers/workers-api.ts';
import { useEnrol, useEnrolments } from './trainings-api.ts';

/** An organisation enrols some of its own active workers in one programme (places and duplicates checked per worker). */
export function EnrolModal({ training, onClose }: { training: Training | null; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [selected, setSelected] = useState<string[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const open = Boolean(training);
  const workers = useWorkers({ page: 1, pageSize: 200, isActive: 'true' }, open);
  const enrolled = useEnrolments({ trainingId: training?.id, pageSize: 200 }, open);
  const enrol = useEnrol();
  const taken = new Set((enrolled.data?.items ?? []).map((e) => e.workerId));
  const left = training ? training.capacity - training.enrolledCount : 0;

  const close = () => {
    setSelected([]);
    setProblems([]);
    onClose();
  };

  const submit = async () => {
    if (!training || selected.length === 0) return;
    setBusy(true);
    const failed: string[] = [];
    let done = 0;
    for (const workerId of selected) {
      const name = workers.data?.items.find((w) => w.id === workerId)?.name ?? workerId;
      try {
        await enrol.mutateAsync({ workerId, trainingId: training.id });
        done++;
      } catch (error) {
        const reason = error instanceof ApiError ? (error.fields[0]?.message ?? error.message) : t('common.unknownError');
        failed.push(t('trainings.enrolProblem', { name, reason }));
      }
    }
    setBusy(false);
    if (done) message.success(t('trainings.enrolled', { count: done }));
    if (failed.length) setProblems(failed);
    else close();
  };

  return (
    <Modal
      open={open}
      title={t('trainings.enrolTitle', { title: training?.title ?? '' })}
      onCancel={close}
      onOk={submit}
      okText={t('trainings.enrol')}
      okButtonProps={{ disabled: selected.length === 0, ...({ 'data-testid': 'enrol-ok' } as object) }}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('trainings.placesLeft', { left, hours: training?.hours ?? 0 })}</Typography.Paragraph>
      {taken.size > 0 ? (
        <Typography.Paragraph>
          {t('trainings.alreadyEnrolled')}
          {(enrolled.data?.items ?? []).map((e) => (
            <Tag key={e.id}>{e.workerName}</Tag>
          ))}
        </Typography.Paragraph>
      ) : null}
      <Form layout="vertical">
        <Form.Item label={t('trainings.chooseWorkers')}>
          <Select
            mode="multiple"
            value={selected}
            onChange={setSelected}
            loading={workers.isFetching}
            showSearch={{ optionFilterProp: 'label' }}
            options={(workers.data?.items ?? [])
              .filter((w) => !taken.has(w.id))
              .map((w) => ({ value: w.id, label: `${w.name} · ${t(`qualificationLevel.${w.qualificationLevel}`)}` }))}
            maxCount={Math.max(left, 0)}
            data-testid="enrol-workers"
          />
        </Form.Item>
      </Form>
      {problems.length ? (
        <Alert type="warning" showIcon title={t('trainings.enrolProblems')} description={problems.map((p) => <div key={p}>{p}</div>)} />
      ) : null}
    </Modal>
  );
}
