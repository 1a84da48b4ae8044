import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { type ClientDetail, HouseholdMemberInput } from '@shegong/contracts';
import { App, Button, DatePicker, Flex, Form, Input, Popconfirm, Select, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { compact } from '../../app/api/form-validation.ts';
import { useApiError } from '../../app/api/use-api-error.ts';
import { FormModal } from '../../app/components/form-modal.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { labelOr, relationOptions } from './client-labels.tsx';
import { useClientPart } from './clients-api.ts';

type Member = ClientDetail['household'][number];
type Values = { name?: string; relation?: string; birthDate?: Dayjs; mobile?: string };

/** 家庭成员: who the person lives with; a member served too links to their own file. */
export function ClientHouseholdTab({ client }: { client: ClientDetail }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const part = useClientPart(client.id);
  const [adding, setAdding] = useState(false);
  const editable = client.allowedActions.includes('update');
  const remove = (m: Member) =>
    part.mutate(
      { op: 'removeMember', memberId: m.id },
      { onSuccess: () => message.success(t('common.deleted', { name: m.name })), onError: (e) => showError(e) },
    );
  return (
    <Flex vertical gap={12} data-testid="client-household">
      {editable ? (
        <div>
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="client-member-create">
            {t('clients.addMember')}
          </Button>
        </div>
      ) : null}
      <Table<Member>
        rowKey="id"
        size="small"
        dataSource={client.household}
        pagination={false}
        scroll={{ x: 560 }}
        columns={[
          {
            title: t('label.displayName'),
            dataIndex: 'name',
            render: (name: string, m) => (m.linkedClientId ? <Link to={`/clients/${m.linkedClientId}`}>{name}</Link> : name),
          },
          { title: t('label.relation'), dataIndex: 'relation', render: (r: string) => labelOr(t, `relation.${r}`, r) },
          { title: t('label.birthDate'), dataIndex: 'birthDate', render: (d: string | null, m) => (d ? `${d}（${m.age ?? '—'}）` : '—') },
          { title: t('label.mobile'), dataIndex: 'mobileMasked', render: (v: string | null) => <code>{v ?? '—'}</code> },
          ...(editable
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 80,
                  render: (_: unknown, m: Member) => (
                    <Popconfirm title={t('clients.removeMember', { name: m.name })} onConfirm={() => remove(m)} okText={t('common.delete')}>
                      <Button type="text" danger size="small" icon={<DeleteOutlined />} aria-label={t('common.delete')} />
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
      <FormModal<Values, HouseholdMemberInput>
        open={adding}
        title={t('clients.addMember')}
        onClose={() => setAdding(false)}
        schema={HouseholdMemberInput}
        toBody={(v) => compact({ ...v, birthDate: v.birthDate?.format('YYYY-MM-DD') })}
        send={(body) => part.mutateAsync({ op: 'addMember', body })}
        successText={t('clients.memberAdded')}
        testId="client-member-modal"
      >
        <Form.Item name="name" label={t('label.displayName')} rules={[{ required: true, message: t('field.required') }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="relation" label={t('label.relation')} rules={[{ required: true, message: t('field.required') }]}>
          <Select options={relationOptions(t)} />
        </Form.Item>
        <Form.Item name="birthDate" label={t('label.birthDate')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="mobile" label={t('label.mobile')}>
          <Input maxLength={11} inputMode="tel" />
        </Form.Item>
      </FormModal>
    </Flex>
  );
}
