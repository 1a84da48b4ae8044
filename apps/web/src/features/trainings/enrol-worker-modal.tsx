import { EnrolmentCreate, type Worker } from '@shegong/contracts';
import { Form, Select } from 'antd';
import { FormModal } from '../../app/components/form-modal.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { useEnrol, useTrainings } from './trainings-api.ts';

/** Enrols one worker in a programme still open for enrolment. */
export function EnrolWorkerModal({ worker, onClose }: { worker: Worker | null; onClose: () => void }) {
  const t = useT();
  const trainings = useTrainings({ page: 1, pageSize: 100, open: 'true' });
  const enrol = useEnrol();
  const options = (trainings.data?.items ?? [])
    .filter((x) => x.allowedActions.includes('enrol'))
    .map((x) => ({ value: x.id, label: `${x.title} · ${x.startsOn} · ${x.hours} h` }));
  return (
    <FormModal<{ trainingId?: string }, EnrolmentCreate>
      open={Boolean(worker)}
      title={t('trainings.enrolWorker', { name: worker?.name ?? '' })}
      onClose={onClose}
      schema={EnrolmentCreate}
      toBody={(v) => v}
      send={(body) => enrol.mutateAsync({ workerId: worker?.id ?? '', trainingId: body.trainingId })}
      successText={t('trainings.enrolled', { count: 1 })}
      testId="enrol-worker-modal"
    >
      <Form.Item name="trainingId" label={t('label.trainingId')} rules={[{ required: true, message: t('field.required') }]}>
        <Select options={options} loading={trainings.isFetching} notFoundContent={t('trainings.noneOpen')} data-testid="enrol-training" />
      </Form.Item>
    </FormModal>
  );
}
