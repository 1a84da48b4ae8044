import { PaperClipOutlined } from '@ant-design/icons';
import { App } from 'antd';
import { UploadButton } from '../../app/components/upload-button.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
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
  return (
    <UploadButton
      owner={{ type: 'client', id: clientId }}
      label={label}
      accept={EVIDENCE_ACCEPT}
      size="small"
      onUploaded={async (stored) => {
        await onStored(stored.id);
        message.success(t('clients.uploaded', { name: stored.name }));
      }}
      testId="client-upload"
    />
  );
}
