import { PlusOutlined } from '@ant-design/icons';
import { type EducationRecord, EducationRecordCreate, type Worker } from '@shegong/contracts';
import { Alert, Button, Card, DatePicker, Flex, Form, Input, InputNumber, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { FormModal } from '../../app/components/form-modal.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { EducationProgress } from './worker-labels.tsx';
import { useAddEducation, useWorkerEducation } from './worker-records-api.ts';

type Values = { course?: string; provider?: string; takenOn?: Dayjs; hours?: number };

/** 继续教育: the hours of the current period against the requirement, and every record. */
export function EducationTab({ worker: w }: { worker: Worker }) {
  const t = useT();
  const education = useWorkerEducation(w.id);
  const add = useAddEducation(w.id);
  const [adding, setAdding] = useState(false);
  const summary = education.data?.summary ?? w.continuingEducation;
  const short = summary.required !== null ? Math.max(0, Math.round((summary.required - summary.hours) * 10) / 10) : 0;
  const required = [{ required: true, message: t('field.required') }];

  return (
    <Flex vertical gap={16}>
      <Card size="small">
        <Flex justify="space-between" align="center" wrap gap={16}>
          <div style={{ flex: 1, minWidth: 260, maxWidth: 520 }}>
            <Typography.Text type="secondary">{t('education.period', { from: summary.periodFrom, to: summary.periodTo })}</Typography.Text>
            <EducationProgress summary={summary} />
          </div>
          {w.allowedActions.includes('record') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="education-create">
              {t('education.create')}
            </Button>
          ) : null}
        </Flex>
        {summary.state === 'at_risk' || summary.state === 'lapsed' ? (
          <Alert
            type={summary.state === 'lapsed' ? 'error' : 'warning'}
            showIcon
            style={{ marginTop: 12 }}
            title={t(summary.state === 'lapsed' ? 'education.lapsedAlert' : 'education.atRiskAlert', {
              hours: short,
              date: summary.periodTo,
            })}
          />
        ) : null}
      </Card>
      <Table<EducationRecord>
        rowKey="id"
        size="middle"
        loading={education.isFetching}
        dataSource={education.data?.records ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 760 }}
        rowClassName={(r) => (r.counts ? '' : 'sg-row-disabled')}
        data-testid="education-table"
        columns={[
          { title: t('label.course'), dataIndex: 'course' },
          { title: t('label.provider'), dataIndex: 'provider', width: 200, ellipsis: true },
          { title: t('label.takenOn'), dataIndex: 'takenOn', width: 110 },
          { title: t('label.hours'), dataIndex: 'hours', width: 80, align: 'right' },
          {
            title: t('education.source'),
            key: 'source',
            width: 150,
            render: (_, r) => (
              <>
                {r.enrolmentId ? <Tag color="purple">{t('education.fromTraining')}</Tag> : <Tag>{t('education.manual')}</Tag>}
                {r.counts ? null : <Tag>{t('education.outsidePeriod')}</Tag>}
              </>
            ),
          },
        ]}
      />
      <FormModal<Values, EducationRecordCreate>
        open={adding}
        title={t('education.create')}
        onClose={() => setAdding(false)}
        schema={EducationRecordCreate}
        toBody={(v) => ({
          course: v.course?.trim(),
          provider: v.provider?.trim(),
          takenOn: v.takenOn?.format('YYYY-MM-DD'),
          hours: v.hours,
        })}
        send={(body) => add.mutateAsync(body)}
        successText={t('education.created')}
        testId="education-modal"
      >
        <Form.Item name="course" label={t('label.course')} rules={required}>
          <Input maxLength={200} data-testid="education-course" />
        </Form.Item>
        <Form.Item name="provider" label={t('label.provider')} rules={required}>
          <Input maxLength={200} data-testid="education-provider" />
        </Form.Item>
        <Flex gap={16}>
          <Form.Item name="takenOn" label={t('label.takenOn')} rules={required} style={{ flex: 1 }}>
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} data-testid="education-taken-on" />
          </Form.Item>
          <Form.Item name="hours" label={t('label.hours')} rules={required} style={{ flex: 1 }}>
            <InputNumber min={0.1} max={100} step={0.5} precision={1} style={{ width: '100%' }} data-testid="education-hours" />
          </Form.Item>
        </Flex>
      </FormModal>
    </Flex>
  );
}
