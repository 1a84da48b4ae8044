import { PlusOutlined } from '@ant-design/icons';
import { CREDIT_MARK_KINDS, type CreditMark, CreditMarkCreate, type Organisation } from '@shegong/contracts';
import { Badge, Button, DatePicker, Flex, Form, Input, Select, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { compact } from '../../app/api/form-validation.ts';
import { FormModal } from '../../app/components/form-modal.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { useAddSupervision, useSupervision } from './supervision-api.ts';

type Values = { kind?: string; description?: string; issuedBy?: string; issuedOn?: Dayjs; expiresOn?: Dayjs | null };
const KIND_COLORS: Record<string, string> = { penalty: 'red', joint_discipline: 'magenta', abnormal: 'orange', commendation: 'green' };

/** 信用记录: penalties, joint-discipline listings and commendations, visible to buyers. */
export function CreditMarksTab({ organisation: o }: { organisation: Organisation }) {
  const t = useT();
  const marks = useSupervision(o.id, 'credit-marks');
  const add = useAddSupervision(o.id, 'credit-marks');
  const [adding, setAdding] = useState(false);
  const required = [{ required: true, message: t('field.required') }];

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary">{t('credit.hint')}</Typography.Text>
        {o.allowedActions.includes('supervise') ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="credit-create">
            {t('credit.create')}
          </Button>
        ) : null}
      </Flex>
      <Table<CreditMark>
        rowKey="id"
        size="middle"
        loading={marks.isFetching}
        dataSource={marks.data ?? []}
        pagination={false}
        scroll={{ x: 820 }}
        data-testid="credit-table"
        columns={[
          {
            title: t('common.kind'),
            dataIndex: 'kind',
            width: 140,
            render: (k: CreditMark['kind']) => <Tag color={KIND_COLORS[k]}>{t(`creditKind.${k}`)}</Tag>,
          },
          { title: t('common.description'), dataIndex: 'description' },
          { title: t('label.issuedBy'), dataIndex: 'issuedBy', width: 160, ellipsis: true },
          { title: t('label.issuedOn'), dataIndex: 'issuedOn', width: 110 },
          { title: t('label.expiresOn'), dataIndex: 'expiresOn', width: 110, render: (v: string | null) => v ?? t('credit.noExpiry') },
          {
            title: t('common.status'),
            dataIndex: 'isActive',
            width: 100,
            render: (v: boolean) => <Badge status={v ? 'processing' : 'default'} text={t(v ? 'credit.active' : 'credit.inactive')} />,
          },
        ]}
      />
      <FormModal<Values, CreditMarkCreate>
        open={adding}
        title={t('credit.create')}
        onClose={() => setAdding(false)}
        schema={CreditMarkCreate}
        toBody={(v) =>
          compact({
            ...v,
            issuedOn: v.issuedOn?.format('YYYY-MM-DD'),
            expiresOn: v.expiresOn ? v.expiresOn.format('YYYY-MM-DD') : undefined,
          })
        }
        send={(body) => add.mutateAsync(body)}
        successText={t('credit.created')}
        initialValues={{ issuedOn: dayjs() }}
        testId="credit-modal"
      >
        <Form.Item name="kind" label={t('common.kind')} rules={required}>
          <Select options={CREDIT_MARK_KINDS.map((k) => ({ value: k, label: t(`creditKind.${k}`) }))} data-testid="credit-kind" />
        </Form.Item>
        <Form.Item name="description" label={t('common.description')} rules={required}>
          <Input.TextArea rows={3} maxLength={1000} showCount data-testid="credit-description" />
        </Form.Item>
        <Form.Item name="issuedBy" label={t('label.issuedBy')} rules={required}>
          <Input maxLength={100} />
        </Form.Item>
        <Flex gap={16}>
          <Form.Item name="issuedOn" label={t('label.issuedOn')} rules={required} style={{ flex: 1 }}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="expiresOn" label={t('label.expiresOn')} style={{ flex: 1 }}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
      </FormModal>
    </Flex>
  );
}
