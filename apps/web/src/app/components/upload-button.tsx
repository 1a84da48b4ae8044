import { UploadOutlined } from '@ant-design/icons';
import { Button, Progress, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { ApiAnswer } from '../api/client.ts';
import { uploadFile } from '../api/transfer.ts';
import { useApiError } from '../api/use-api-error.ts';

/** A file as the server stores it (`POST /api/files`). */
export type StoredFile = ApiAnswer<'/api/files', 'post'>;

/** The kinds of document people attach: PDF, pictures, Word and Excel. */
export const DOCUMENT_TYPES = '.pdf,.jpg,.jpeg,.png,.doc,.docx,.xls,.xlsx';

type Props = {
  /** What the file belongs to; it is visible where its owner is. */
  owner: { type: string; id: string };
  label: string;
  hint?: string;
  accept?: string;
  /** Runs once the file is stored (linking it to its record); a failure is shown like the upload's. */
  onUploaded: (file: StoredFile) => Promise<unknown> | undefined;
  testId: string;
  size?: 'small';
};

/** Uploads one file at a time with a progress bar; a failure shows the server's message. */
export function UploadButton({ owner, label, hint, accept = DOCUMENT_TYPES, onUploaded, testId, size }: Props) {
  const showError = useApiError();
  const [progress, setProgress] = useState<{ name: string; percent: number } | null>(null);

  const upload = async (file: File) => {
    setProgress({ name: file.name, percent: 0 });
    try {
      const stored = await uploadFile('/api/files', file, {
        query: { ownerType: owner.type, ownerId: owner.id },
        onProgress: (percent) => setProgress({ name: file.name, percent }),
      });
      await onUploaded(stored);
    } catch (error) {
      showError(error);
    } finally {
      setProgress(null);
    }
  };

  return (
    <div>
      {progress ? (
        <div style={{ maxWidth: 420, marginBottom: 8 }}>
          <Typography.Text type="secondary">{progress.name}</Typography.Text>
          <Progress percent={progress.percent} size="small" status="active" />
        </div>
      ) : null}
      <Upload
        accept={accept}
        showUploadList={false}
        beforeUpload={(file) => {
          upload(file);
          return Upload.LIST_IGNORE;
        }}
        disabled={Boolean(progress)}
      >
        <Button size={size} icon={<UploadOutlined />} loading={Boolean(progress)} data-testid={testId}>
          {label}
        </Button>
      </Upload>
      {hint ? (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginTop: 4 }}>
          {hint}
        </Typography.Text>
      ) : null}
    </div>
  );
}
