import { PlusOutlined } from '@ant-design/icons';
import { type Organisation, type Rating, RatingCreate } from '@shegong/contracts';
import { Alert, Badge, Button, DatePicker, Flex, Form, Input, InputNumber, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { FormModal } from '../../app/components/form-modal.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { GradeTag } from './filing-labels.tsx';
import { useAddSupervision, useSupervision } from './supervision-api.ts';

type Values = { score?: number; ratedOn?: Dayjs; ratedBy?: string };

function validity(r: Rating, t: ReturnType<typeof useT>) {
  const days = dayjs(r.validUntil).diff(dayjs().startOf('day'), 'day');
  if (r.isExpired) return <Badge status="error" text={t('common.overdue', { days: -days })} />;
  if (r.isExpiringSoon) return <Badge status="warning" text={t('common.daysLeft', { days })} />;
  return <Badge status="success" text={t('rating.valid')} />;
}

/** 等级评估: grades 1A–5A from the score, valid five years, with a warning before they lapse. */
export function RatingsTab({ organisation: o }: { organisation: Organisation }) {
  const t = useT();
  const ratings = useSupervision(o.id, 'ratings');
  const add = useAddSupervision(o.id, 'ratings');
  const [adding, setAdding] = useState(false);
  const current = o.rating;
  const required = [{ required: true, message: t('field.required') }];

  return (
    <Flex vertical gap={12}>
      {current && (current.isExpiringSoon || current.isExpired) ? (
        <Alert
          type={current.isExpired ? 'error' : 'warning'}
          showIcon
          title={t(current.isExpired ? 'rating.expiredAlert' : 'rating.expiringAlert', { grade: current.grade, date: current.validUntil })}
          data-testid="rating-warning"
        />
      ) : null}
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary">{t('rating.hint')}</Typography.Text>
        {o.allowedActions.includes('supervise') ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="rating-create">
            {t('rating.create')}
          </Button>
        ) : null}
      </Flex>
      <Table<Rating>
        rowKey="id"
        size="middle"
        loading={ratings.isFetching}
        dataSource={ratings.data ?? []}
        pagination={false}
        scroll={{ x: 760 }}
        data-testid="rating-table"
        columns={[
          { title: t('label.grade'), dataIndex: 'grade', width: 90, render: (_, r) => <GradeTag grade={r.grade} /> },
          { title: t('label.score'), dataIndex: 'score', width: 90, align: 'right' },
          { title: t('label.ratedOn'), dataIndex: 'ratedOn', width: 120 },
          { title: t('rating.validUntil'), dataIndex: 'validUntil', width: 120 },
          { title: t('common.status'), key: 'validity', width: 150, render: (_, r) => validity(r, t) },
          { title: t('label.ratedBy'), dataIndex: 'ratedBy', ellipsis: true, render: (v: string | null) => v ?? '—' },
        ]}
      />
      <FormModal<Values, RatingCreate>
        open={adding}
        title={t('rating.create')}
        onClose={() => setAdding(false)}
        schema={RatingCreate}
        toBody={(v) => ({ score: v.score, ratedOn: v.ratedOn?.format('YYYY-MM-DD'), ratedBy: v.ratedBy?.trim() })}
        send={(body) => add.mutateAsync(body)}
        successText={t('rating.created')}
        initialValues={{ ratedOn: dayjs() }}
        testId="rating-modal"
      >
        <Form.Item name="score" label={t('label.score')} rules={required} extra={t('rating.scoreHint')}>
          <InputNumber min={0} max={1000} precision={0} style={{ width: '100%' }} data-testid="rating-score" />
        </Form.Item>
        <Form.Item name="ratedOn" label={t('label.ratedOn')} rules={required}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="ratedBy" label={t('label.ratedBy')} rules={required}>
          <Input maxLength={100} placeholder={t('rating.ratedByPlaceholder')} data-testid="rating-by" />
        </Form.Item>
      </FormModal>
    </Flex>
  );
}
