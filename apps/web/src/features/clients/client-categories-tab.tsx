import { PlusOutlined } from '@ant-design/icons';
import { CategoryInput, type ClientCategory, type ClientDetail } from '@shegong/contracts';
import { App, Button, DatePicker, Flex, Form, Popconfirm, Select, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { compact } from '../../app/api/form-validation.ts';
import { useApiError } from '../../app/api/use-api-error.ts';
import { FormModal } from '../../app/components/form-modal.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { useCategoryOptions } from './client-labels.tsx';
import { useClientPart } from './clients-api.ts';
import { FileLink, UploadForClient } from './file-link.tsx';

type Values = { code?: string; effectiveFrom?: Dayjs; effectiveTo?: Dayjs };

/** 类别与证明: the categories held over time, each with its evidence document. */
export function ClientCategoriesTab({ client }: { client: ClientDetail }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const options = useCategoryOptions();
  const part = useClientPart(client.id);
  const [adding, setAdding] = useState(false);
  const editable = client.allowedActions.includes('update');
  const end = (h: ClientCategory) =>
    part.mutate(
      { op: 'updateCategory', holdingId: h.id, body: { effectiveTo: dayjs().format('YYYY-MM-DD') } },
      { onSuccess: () => message.success(t('clients.categoryEnded', { name: h.name })), onError: (e) => showError(e) },
    );
  const attach = (h: ClientCategory) => (fileId: string) =>
    part.mutateAsync({ op: 'updateCategory', holdingId: h.id, body: { evidenceFileId: fileId } });

  return (
    <Flex vertical gap={12} data-testid="client-categories">
      {editable ? (
        <div>
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="client-category-create">
            {t('clients.addCategory')}
          </Button>
        </div>
      ) : null}
      <Table<ClientCategory>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={client.categories}
        scroll={{ x: 640 }}
        columns={[
          {
            title: t('clients.category'),
            dataIndex: 'name',
            render: (name: string, h) => <Tag color={h.isCurrent ? 'geekblue' : 'default'}>{name}</Tag>,
          },
          { title: t('label.effectiveFrom'), dataIndex: 'effectiveFrom' },
          { title: t('label.effectiveTo'), dataIndex: 'effectiveTo', render: (v: string | null) => v ?? t('clients.ongoing') },
          {
            title: t('label.evidenceFileId'),
            key: 'evidence',
            render: (_, h) =>
              h.evidenceFileId ? (
                <FileLink id={h.evidenceFileId} label={t('clients.evidenceOf', { name: h.name })} />
              ) : editable ? (
                <UploadForClient clientId={client.id} label={t('clients.uploadEvidence')} onStored={attach(h)} />
              ) : (
                '—'
              ),
          },
          ...(editable
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 100,
                  render: (_: unknown, h: ClientCategory) =>
                    h.isCurrent ? (
                      <Popconfirm title={t('clients.endCategoryConfirm', { name: h.name })} onConfirm={() => end(h)}>
                        <Button type="link" size="small" data-testid="client-category-end">
                          {t('clients.endCategory')}
                        </Button>
                      </Popconfirm>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      <FormModal<Values, CategoryInput>
        open={adding}
        title={t('clients.addCategory')}
        onClose={() => setAdding(false)}
        schema={CategoryInput}
        toBody={(v) =>
          compact({ code: v.code, effectiveFrom: v.effectiveFrom?.format('YYYY-MM-DD'), effectiveTo: v.effectiveTo?.format('YYYY-MM-DD') })
        }
        send={(body) => part.mutateAsync({ op: 'addCategory', body })}
        successText={t('clients.categoryAdded')}
        initialValues={{ effectiveFrom: dayjs() }}
        testId="client-category-modal"
      >
        <Form.Item name="code" label={t('clients.category')} rules={[{ required: true, message: t('field.required') }]}>
          <Select options={options} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
        <Form.Item name="effectiveFrom" label={t('label.effectiveFrom')} rules={[{ required: true, message: t('field.required') }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="effectiveTo" label={t('label.effectiveTo')} extra={t('clients.evidenceLaterHint')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </FormModal>
    </Flex>
  );
}
