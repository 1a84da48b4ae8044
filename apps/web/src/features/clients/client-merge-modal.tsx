import type { ClientDetail } from '@shegong/contracts';
import { Alert, App, Form, Input, Modal, Radio } from 'antd';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '../../app/api/client.ts';
import { useApiError } from '../../app/api/use-api-error.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { ClientSelect } from './client-select.tsx';
import { useMergeClient } from './clients-api.ts';

type Values = { otherId?: string; keep: 'this' | 'other'; reason?: string };

/** 合并档案: two files of one person become one; the user picks which file survives. History moves, audited. */
export function ClientMergeModal({ client, open, onClose }: { client: ClientDetail; open: boolean; onClose: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const showError = useApiError();
  const merge = useMergeClient();
  const [form] = Form.useForm<Values>();
  const keep = Form.useWatch('keep', form);

  const submit = (v: Values) => {
    if (!v.otherId) return;
    const [from, into] = v.keep === 'this' ? [v.otherId, client.id] : [client.id, v.otherId];
    merge.mutate(
      { id: from, intoId: into, reason: v.reason?.trim() || undefined },
      {
        onSuccess: () => {
          message.success(t('clients.merged'));
          onClose();
          navigate(`/clients/${into}`, { replace: true });
        },
        // The server names intoId or the file itself; both are about the other file chosen here.
        onError: (e) => {
          showError(e);
          if (e instanceof ApiError && e.fields.length) form.setFields([{ name: 'otherId', errors: e.fields.map((f) => f.message) }]);
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('clients.mergeTitle', { name: client.name })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('clients.merge')}
      okButtonProps={{ danger: true, ...({ 'data-testid': 'client-merge-ok' } as object) }}
      cancelText={t('common.cancel')}
      confirmLoading={merge.isPending}
      destroyOnHidden
    >
      <Alert type="warning" showIcon title={t('clients.mergeWarning')} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ keep: 'this' }} preserve={false}>
        <Form.Item name="otherId" label={t('clients.mergeOther')} rules={[{ required: true, message: t('field.required') }]}>
          <ClientSelect data-testid="client-merge-other" />
        </Form.Item>
        <Form.Item name="keep" label={t('clients.mergeKeep')}>
          <Radio.Group
            options={[
              { value: 'this', label: t('clients.keepThis', { name: client.name }) },
              { value: 'other', label: t('clients.keepOther') },
            ]}
            data-testid="client-merge-keep"
          />
        </Form.Item>
        <Form.Item name="reason" label={t('label.reason')} extra={keep === 'other' ? t('clients.mergeAwayHint') : null}>
          <Input.TextArea maxLength={200} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
