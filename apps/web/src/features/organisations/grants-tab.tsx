import { PlusOutlined } from '@ant-design/icons';
import { GRANT_KINDS, type Grant, GrantCreate, type Organisation } from '@shegong/contracts';
import { Button, DatePicker, Flex, Form, Input, InputNumber, Select, Statistic, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { compact } from '../../app/api/form-validation.ts';
import { FormModal } from '../../app/components/form-modal.tsx';
import { useLocale, useT } from '../../app/i18n/i18n-context.tsx';
import { money } from './filing-labels.tsx';
import { useAddSupervision, useSupervision } from './supervision-api.ts';

type Values = { kind?: string; amount?: number; grantedOn?: Dayjs; note?: string };

/** 资助: start-up subsidies, rating rewards and other grants with amount and date. */
export function GrantsTab({ organisation: o }: { organisation: Organisation }) {
  const t = useT();
  const [locale] = useLocale();
  const grants = useSupervision(o.id, 'grants');
  const add = useAddSupervision(o.id, 'grants');
  const [adding, setAdding] = useState(false);
  const total = (grants.data ?? []).reduce((sum, g) => sum + g.amount, 0);
  const required = [{ required: true, message: t('field.required') }];

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Statistic title={t('grant.total')} value={money(total, locale)} />
        {o.allowedActions.includes('supervise') ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="grant-create">
            {t('grant.create')}
          </Button>
        ) : null}
      </Flex>
      <Table<Grant>
        rowKey="id"
        size="middle"
        loading={grants.isFetching}
        dataSource={grants.data ?? []}
        pagination={false}
        scroll={{ x: 640 }}
        data-testid="grant-table"
        columns={[
          {
            title: t('common.kind'),
            dataIndex: 'kind',
            width: 150,
            render: (k: Grant['kind']) => <Tag color="blue">{t(`grantKind.${k}`)}</Tag>,
          },
          { title: t('label.amount'), dataIndex: 'amount', width: 150, align: 'right', render: (v: number) => money(v, locale) },
          { title: t('label.grantedOn'), dataIndex: 'grantedOn', width: 120 },
          {
            title: t('label.note'),
            dataIndex: 'note',
            render: (v: string | null) => v ?? <Typography.Text type="secondary">—</Typography.Text>,
          },
        ]}
      />
      <FormModal<Values, GrantCreate>
        open={adding}
        title={t('grant.create')}
        onClose={() => setAdding(false)}
        schema={GrantCreate}
        toBody={(v) => compact({ ...v, grantedOn: v.grantedOn?.format('YYYY-MM-DD') })}
        send={(body) => add.mutateAsync(body)}
        successText={t('grant.created')}
        initialValues={{ grantedOn: dayjs() }}
        testId="grant-modal"
      >
        <Form.Item name="kind" label={t('common.kind')} rules={required}>
          <Select options={GRANT_KINDS.map((k) => ({ value: k, label: t(`grantKind.${k}`) }))} data-testid="grant-kind" />
        </Form.Item>
        <Form.Item name="amount" label={t('label.amount')} rules={required}>
          <InputNumber min={0} precision={2} prefix="¥" style={{ width: '100%' }} data-testid="grant-amount" />
        </Form.Item>
        <Form.Item name="grantedOn" label={t('label.grantedOn')} rules={required}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="note" label={t('label.note')}>
          <Input maxLength={500} />
        </Form.Item>
      </FormModal>
    </Flex>
  );
}
