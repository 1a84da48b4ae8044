import { CLIENT_HELD_ELSEWHERE, ClientCreate, ClientUpdate } from '@shegong/contracts';
import { App, Button, Drawer, Form, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ApiError, isVersionConflict } from '../../app/api/client.ts';
import { parseForm } from '../../app/api/form-validation.ts';
import { useApiError } from '../../app/api/use-api-error.ts';
import { useIsMobile } from '../../app/components/use-is-mobile.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { attachAfterCreate } from './client-attach.ts';
import { ClientFormBody } from './client-form-body.tsx';
import { type ClientValues, createBody, derivedPerson, editValues, isChild, updateBody } from './client-values.ts';
import { isActiveFile, useClient, useCreateClient, useInvalidateClients, useUpdateClient } from './clients-api.ts';

type Props = { open: boolean; clientId: string | null; onClose: () => void };

/** 建档 (clientId null) or edit a file. Likely duplicates show as the person is typed. */
export function ClientDrawer({ open, clientId, onClose }: Props) {
  const t = useT();
  const navigate = useNavigate();
  const isMobile = useIsMobile();
  const { message } = App.useApp();
  const showError = useApiError();
  const [form] = Form.useForm<ClientValues>();
  const create = useCreateClient();
  const update = useUpdateClient();
  const invalidate = useInvalidateClients();
  const full = useClient(open && clientId ? clientId : undefined);
  const record = clientId && isActiveFile(full.data) ? full.data : null;
  const idType = Form.useWatch('idType', form);
  const idNumber = Form.useWatch('idNumber', form);
  const gender = Form.useWatch('gender', form);
  const birthDate = Form.useWatch('birthDate', form);
  const person = derivedPerson(idType, idNumber, gender, birthDate) ?? (record ? { birthDate: record.birthDate } : null);
  const child = isChild(person?.birthDate);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (record) form.setFieldsValue(editValues(record));
    else if (!clientId) form.setFieldsValue({ idType: 'resident_id', riskLevel: 'low', workerId: undefined });
  }, [open, record, clientId, form]);

  // The server's answer for a number on a file the caller may not see: shown as a notice with the offer to ask for it.
  // Kept for the number refused: typing another one hides it.
  const [heldFor, setHeldFor] = useState<string | null>(null);
  const heldElsewhere = open && heldFor !== null && heldFor === idNumber;
  const failed = (error: unknown) => {
    showError(error, form);
    if (error instanceof ApiError && error.code === CLIENT_HELD_ELSEWHERE) setHeldFor(form.getFieldValue('idNumber') ?? null);
    if (isVersionConflict(error)) onClose();
  };

  const submit = async (values: ClientValues) => {
    if (record) {
      const body = parseForm(ClientUpdate, updateBody(record, values), form, t);
      if (body)
        update.mutate(
          { id: record.id, body },
          {
            onSuccess: (saved) => {
              message.success(t('common.saved', { name: saved.name }));
              onClose();
            },
            onError: failed,
          },
        );
      return;
    }
    const body = parseForm(ClientCreate, createBody(values, child), form, t);
    if (!body) return;
    try {
      const created = await create.mutateAsync(body);
      const problems = await attachAfterCreate(created, values, child);
      await invalidate();
      if (problems.length > 0) showError(problems[0]);
      message.success(t('clients.created', { name: created.name }));
      onClose();
      navigate(`/clients/${created.id}`);
    } catch (error) {
      failed(error);
    }
  };

  return (
    <Drawer
      title={clientId ? t('clients.edit', { name: record?.name ?? '' }) : t('clients.create')}
      open={open}
      onClose={onClose}
      size={isMobile ? '100%' : 720}
      destroyOnHidden
      loading={Boolean(clientId) && !record}
      footer={
        <Space style={{ float: 'right' }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={create.isPending || update.isPending} onClick={() => form.submit()} data-testid="client-submit">
            {t('common.submit')}
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" onFinish={submit} autoComplete="off" data-testid="client-form">
        <ClientFormBody record={record} child={child} heldElsewhere={heldElsewhere} onShareAsked={onClose} />
      </Form>
    </Drawer>
  );
}
