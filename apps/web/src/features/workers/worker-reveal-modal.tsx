import { type Worker, WorkerRevealBody } from '@shegong/contracts';
import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { parseForm } from '../../app/api/form-validation.ts';
import { useApiError } from '../../app/api/use-api-error.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { useRevealWorker } from './workers-api.ts';

export type WorkerRevealField = WorkerRevealBody['field'];
type Props = { worker: Worker | null; field: WorkerRevealField; onClose: () => void };

/** 查看完整号码 (ID number or mobile): asks why, shows the value once; the server keeps the reason in the audit log. */
export function WorkerRevealModal({ worker, field, onClose }: Props) {
  const t = useT();
  const showError = useApiError();
  const [form] = Form.useForm<{ reason: string }>();
  const reveal = useRevealWorker();
  const [value, setValue] = useState<string | null | undefined>(undefined);
  const shown = value !== undefined;

  const close = () => {
    setValue(undefined);
    onClose();
  };
  const submit = ({ reason }: { reason: string }) => {
    if (!worker) return;
    const body = parseForm(WorkerRevealBody, { field, reason: reason?.trim() }, form, t);
    if (body) reveal.mutate({ id: worker.id, body }, { onSuccess: (r) => setValue(r.value), onError: (e) => showError(e, form) });
  };

  return (
    <Modal
      open={Boolean(worker)}
      title={t(field === 'mobile' ? 'workers.revealMobile' : 'workers.revealId')}
      onCancel={close}
      onOk={() => (shown ? close() : form.submit())}
      okText={shown ? t('imports.close') : t('workers.revealConfirm')}
      cancelButtonProps={{ style: shown ? { display: 'none' } : undefined }}
      cancelText={t('common.cancel')}
      confirmLoading={reveal.isPending}
      destroyOnHidden
    >
      {shown ? (
        <Typography.Paragraph
          copyable={value ? { text: value } : false}
          style={{ fontSize: 20, fontFamily: 'monospace', margin: '16px 0' }}
          data-testid="worker-revealed"
        >
          {value ?? '—'}
        </Typography.Paragraph>
      ) : (
        <>
          <Alert
            type="warning"
            showIcon
            title={t(field === 'mobile' ? 'workers.revealMobileWarning' : 'workers.revealWarning')}
            style={{ marginBottom: 16 }}
          />
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
