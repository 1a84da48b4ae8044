import { PlusOutlined } from '@ant-design/icons';
import { type ClientDetail, type Consent, ConsentInput } from '@shegong/contracts';
import { App, Button, DatePicker, Flex, Form, Input, Popconfirm, Select, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef, useState } from 'react';
import { compact } from '../../app/api/form-validation.ts';
import { useApiError } from '../../app/api/use-api-error.ts';
import { FormModal } from '../../app/components/form-modal.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { uploadClientFile } from './client-attach.ts';
import { giverOptions, labelOr, purposeOptions, relationOptions } from './client-labels.tsx';
import { useClientPart } from './clients-api.ts';
import { EvidencePick } from './evidence-pick.tsx';
import { FileLink } from './file-link.tsx';

type Values = { purpose?: string; givenBy?: string; guardianName?: string; guardianRelation?: string; givenOn?: Dayjs; document?: File };

/** 知情同意: what the person (or, under 14, the guardian) agreed to, when, and any withdrawal. */
export function ClientConsentsTab({ client }: { client: ClientDetail }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const part = useClientPart(client.id);
  const [adding, setAdding] = useState(false);
  const file = useRef<File | undefined>(undefined);
  const editable = client.allowedActions.includes('update');
  const withdraw = (c: Consent) =>
    part.mutate(
      { op: 'withdrawConsent', consentId: c.id, withdrawnOn: dayjs().format('YYYY-MM-DD') },
      { onSuccess: () => message.success(t('clients.consentWithdrawn')), onError: (e) => showError(e) },
    );
  const send = async (body: ConsentInput) => {
    const document = file.current ? await uploadClientFile(client.id, file.current) : null;
    return part.mutateAsync({
      op: 'addConsent',
      body: document ? { ...body, documentFileId: document.id } : body,
    });
  };
  return (
    <Flex vertical gap={12} data-testid="client-consents">
      {editable ? (
        <div>
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="client-consent-create">
            {t('clients.addConsent')}
          </Button>
        </div>
      ) : null}
      <Table<Consent>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={client.consents}
        scroll={{ x: 720 }}
        columns={[
          { title: t('label.purpose'), dataIndex: 'purpose', render: (p: string) => labelOr(t, `consent.purpose.${p}`, p) },
          {
            title: t('label.givenBy'),
            key: 'givenBy',
            render: (_, c) =>
              c.givenBy === 'guardian'
                ? `${t('consent.givenBy.guardian')}：${c.guardianName ?? ''}（${c.guardianRelation ? labelOr(t, `relation.${c.guardianRelation}`, c.guardianRelation) : ''}）`
                : labelOr(t, `consent.givenBy.${c.givenBy}`, c.givenBy),
          },
          { title: t('label.givenOn'), dataIndex: 'givenOn' },
          {
            title: t('common.status'),
            dataIndex: 'withdrawnOn',
            render: (w: string | null) =>
              w ? <Tag>{t('clients.withdrawnOn', { date: w })}</Tag> : <Tag color="green">{t('clients.consentInForce')}</Tag>,
          },
          {
            title: t('label.documentFileId'),
            dataIndex: 'documentFileId',
            render: (id: string | null) => (id ? <FileLink id={id} label={t('clients.signedForm')} /> : '—'),
          },
          ...(editable
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 90,
                  render: (_: unknown, c: Consent) =>
                    c.withdrawnOn ? null : (
                      <Popconfirm title={t('clients.withdrawConfirm')} onConfirm={() => withdraw(c)}>
                        <Button type="link" size="small" danger>
                          {t('clients.withdraw')}
                        </Button>
                      </Popconfirm>
                    ),
                },
              ]
            : []),
        ]}
      />
      <FormModal<Values, ConsentInput>
        open={adding}
        title={t('clients.addConsent')}
        onClose={() => setAdding(false)}
        schema={ConsentInput}
        toBody={({ document, givenOn, ...v }) => {
          file.current = document;
          const guardian = v.givenBy === 'guardian';
          return compact({
            ...v,
            guardianName: guardian ? v.guardianName : undefined,
            guardianRelation: guardian ? v.guardianRelation : undefined,
            givenOn: givenOn?.format('YYYY-MM-DD'),
          });
        }}
        send={send}
        successText={t('clients.consentAdded')}
        initialValues={{ purpose: 'service', givenBy: client.age !== null && client.age < 14 ? 'guardian' : 'self', givenOn: dayjs() }}
        testId="client-consent-modal"
      >
        {(form) => <ConsentFields guardian={form.getFieldValue('givenBy') === 'guardian'} />}
      </FormModal>
    </Flex>
  );
}

function ConsentFields({ guardian: initial }: { guardian: boolean }) {
  const t = useT();
  const givenBy = Form.useWatch('givenBy');
  const guardian = givenBy ? givenBy === 'guardian' : initial;
  const required = [{ required: true, message: t('field.required') }];
  return (
    <>
      <Form.Item name="purpose" label={t('label.purpose')} rules={required}>
        <Select options={purposeOptions(t)} />
      </Form.Item>
      <Form.Item name="givenBy" label={t('label.givenBy')} rules={required}>
        <Select options={giverOptions(t)} />
      </Form.Item>
      {guardian ? (
        <>
          <Form.Item name="guardianName" label={t('label.guardianName')} rules={required}>
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item name="guardianRelation" label={t('label.guardianRelation')} rules={required}>
            <Select options={relationOptions(t)} />
          </Form.Item>
        </>
      ) : null}
      <Form.Item name="givenOn" label={t('label.givenOn')} rules={required}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="document" label={t('label.documentFileId')}>
        <EvidencePick />
      </Form.Item>
    </>
  );
}
