import { RevealIdBody, type Worker } from '@shegong/contracts';
import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { parseForm } from '../../app/api/form-validation.ts';
import { useApiError } from '../../app/api/use-api-error.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { useRevealId } from './workers-api.ts';

/** 查看完整号码: asks why, shows the number once; the server keeps the reason in the audit log. */
export function RevealIdModal({ worker, onClose }: { worker: Worker | null; onClose: () => void }) {
  const t = useT();
  const showError = useApiError();
  const [form] = Form.useForm<{ reason: string }>();
  const reveal = useRevealId();
  const [number, setNumber] = useState<string | null>(null);

  const close = () => {
    setNumber(null);
    onClose();
  };
  const submit = ({ reason }: { reason: string }) => {
    if (!worker) return;
    const body = parseForm(RevealIdBody, { reason: reason?.trim() }, form, t);
    if (body)
      reveal.mutate(
        { id: worker.id, reason: body.reason },
        { onSuccess: (r) => setNumber(r.idNumber), onError: (e) => showError(e, form) },
      );
  };

  return (
    <Modal
      open={Boolean(worker)}
      title={t('workers.revealId')}
      onCancel={close}
      onOk={() => (number ? close() : form.submit())}
      okText={number ? t('imports.close') : t('workers.revealConfirm')}
      cancelButtonProps={{ style: number ? { display: 'none' } : undefined }}
      cancelText={t('common.cancel')}
      confirmLoading={reveal.isPending}
      destroyOnHidden
    >
      {number ? (
        <Typography.Paragraph
          copyable={{ text: number }}
          style={{ fontSize: 20, fontFamily: 'monospace', margin: '16px 0' }}
          data-testid="worker-id-full"
        >
          {number}
        </Typography.Paragraph>
      ) : (
        <>
          <Alert type="warning" showIcon title={t('workers.revealWarning')} style={{ marginBottom: 16 }} />
          <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
            <Form.Item name="reason" label={t('label.reason')} rules={[{ required: true, whitespace: true, message: t('field.required') }]}>
              <Input maxLength={200} placeholder={t('workers.revealReasonPlaceholder')} data-testid="worker-reveal-reason" />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
