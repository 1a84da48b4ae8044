import { ClientRevealBody } from '@shegong/contracts';
import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { parseForm } from '../../app/api/form-validation.ts';
import { useApiError } from '../../app/api/use-api-error.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { useRevealClient } from './clients-api.ts';

export type RevealField = 'idNumber' | 'mobile' | 'address';
type Props = { clientId: string; field: RevealField | null; onClose: () => void };

/** 查看: asks why, shows the full value once; the server keeps the reason in the audit log. */
export function ClientRevealModal({ clientId, field, onClose }: Props) {
  const t = useT();
  const showError = useApiError();
  const [form] = Form.useForm<{ reason: string }>();
  const reveal = useRevealClient();
  const [value, setValue] = useState<string | null | undefined>(undefined);
  const shown = value !== undefined;

  const close = () => {
    setValue(undefined);
    onClose();
  };
  const submit = ({ reason }: { reason: string }) => {
    if (!field) return;
    const body = parseForm(ClientRevealBody, { field, reason: reason?.trim() }, form, t);
    if (body)
      reveal.mutate(
        { id: clientId, field, reason: body.reason },
        { onSuccess: (r) => setValue(r.value), onError: (e) => showError(e, form) },
      );
  };

  return (
    <Modal
      open={Boolean(field)}
      title={field ? t('clients.revealTitle', { field: t(`client.reveal.${field}`) }) : ''}
      onCancel={close}
      onOk={() => (shown ? close() : form.submit())}
      okText={shown ? t('imports.close') : t('workers.revealConfirm')}
      cancelButtonProps={{ style: shown ? { display: 'none' } : undefined }}
      cancelText={t('common.cancel')}
      confirmLoading={reveal.isPending}
      destroyOnHidden
      data-testid="client-reveal-modal"
    >
      {shown ? (
        <Typography.Paragraph
          copyable={value ? { text: value } : false}
          style={{ fontSize: 20, fontFamily: 'monospace', margin: '16px 0' }}
          data-testid="client-revealed"
        >
          {value ?? t('common.none')}
        </Typography.Paragraph>
      ) : (
        <>
          <Alert type="warning" showIcon title={t('clients.revealWarning')} style={{ marginBottom: 16 }} />
          <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
            <Form.Item name="reason" label={t('label.reason')} rules={[{ required: true, whitespace: true, message: t('field.required') }]}>
              <Input maxLength={200} placeholder={t('clients.revealReasonPlaceholder')} data-testid="client-reveal-reason" />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
