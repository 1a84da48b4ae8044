import { PlusOutlined } from '@ant-design/icons';
import type { Enrolment, Worker } from '@shegong/contracts';
import { Button, Flex, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { EnrolWorkerModal } from '../trainings/enrol-worker-modal.tsx';
import { EnrolmentStatusTag } from '../trainings/training-labels.tsx';
import { useWorkerEnrolments } from './worker-records-api.ts';

/** 培训: the bureau's programmes this worker is enrolled in, and attendance. */
export function WorkerEnrolmentsTab({ worker: w }: { worker: Worker }) {
  const t = useT();
  const enrolments = useWorkerEnrolments(w.id);
  const [enrolling, setEnrolling] = useState(false);
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary">{t('trainings.workerHint')}</Typography.Text>
        {w.allowedActions.includes('enrol') && w.isActive ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEnrolling(true)} data-testid="worker-enrol">
            {t('trainings.enrol')}
          </Button>
        ) : null}
      </Flex>
      <Table<Enrolment>
        rowKey="id"
        size="middle"
        loading={enrolments.isFetching}
        dataSource={enrolments.data?.items ?? []}
        pagination={false}
        scroll={{ x: 640 }}
        data-testid="worker-enrolments"
        columns={[
          { title: t('label.title'), dataIndex: 'trainingTitle' },
          { title: t('label.hours'), dataIndex: 'trainingHours', width: 80, align: 'right' },
          {
            title: t('common.status'),
            dataIndex: 'status',
            width: 100,
            render: (s: Enrolment['status']) => <EnrolmentStatusTag status={s} />,
          },
          {
            title: t('trainings.attendedHours'),
            dataIndex: 'attendedHours',
            width: 110,
            align: 'right',
            render: (v: number | null) => v ?? '—',
          },
          { title: t('trainings.enrolledAt'), dataIndex: 'createdAt', width: 120, render: (v: string) => dayjs(v).format('YYYY-MM-DD') },
        ]}
      />
      <EnrolWorkerModal worker={enrolling ? w : null} onClose={() => setEnrolling(false)} />
    </Flex>
  );
}
