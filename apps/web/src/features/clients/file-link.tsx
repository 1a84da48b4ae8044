import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Upload } from 'antd';
import { useState } from 'react';
import { useApiError } from '../../app/api/use-api-error.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { uploadClientFile } from './client-attach.ts';
import { EVIDENCE_ACCEPT } from './evidence-pick.tsx';

/** A stored document, always downloaded (never opened in the page); each download is audited. */
export function FileLink({ id, label }: { id: string; label: string }) {
  return (
    <a href={`/api/files/${id}`} download data-testid="client-file-link">
      <PaperClipOutlined /> {label}
    </a>
  );
}

/** Uploads a document for the client, then hands its id to `onStored` (to attach it to a record). */
export function UploadForClient({
  clientId,
  label,
  onStored,
}: {
  clientId: string;
  label: string;
  onStored: (id: string) => Promise<unknown>;
}) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const [busy, setBusy] = useState(false);
  const upload = async (file: File) => {
    setBusy(true);
    try {
      const stored = await uploadClientFile(clientId, file);
      await onStored(stored.id);
      message.success(t('clients.uploaded', { name: stored.name }));
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Upload
      accept={EVIDENCE_ACCEPT}
      showUploadList={false}
      beforeUpload={(file) => {
        upload(file);
        return Upload.LIST_IGNORE;
      }}
    >
      <Button size="small" icon={<UploadOutlined />} loading={busy} data-testid="client-upload">
        {label}
      </Button>
    </Upload>
  );
}
