import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import type { Organisation } from '@shegong/contracts';
import { App, Button, Flex, Popconfirm, Progress, Typography, Upload } from 'antd';
import { useState } from 'react';
import { uploadFile } from '../../app/api/transfer.ts';
import { useApiError } from '../../app/api/use-api-error.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { useUpdateOrganisation } from './organisations-api.ts';

type Stored = { id: string; name: string; size: number };

export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Filing documents: uploaded for the organisation, then listed on its record at once; downloads are audited. */
export function FilingDocuments({ organisation: o, editable }: { organisation: Organisation; editable?: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const update = useUpdateOrganisation();
  const [progress, setProgress] = useState<{ name: string; percent: number } | null>(null);

  const link = (ids: string[]) => update.mutateAsync({ id: o.id, body: { documentIds: ids, version: o.version } });

  const upload = async (file: File) => {
    setProgress({ name: file.name, percent: 0 });
    try {
      const stored = await uploadFile('/api/files', file, {
        query: { ownerType: 'organisation', ownerId: o.id },
        onProgress: (percent) => setProgress({ name: file.name, percent }),
      });
      await link([...o.documents.map((d) => d.id), stored.id]);
      message.success(t('filing.documentAdded', { name: stored.name }));
    } catch (error) {
      showError(error);
    } finally {
      setProgress(null);
    }
  };

  const remove = (doc: Stored) =>
    link(o.documents.filter((d) => d.id !== doc.id).map((d) => d.id)).catch((error: unknown) => showError(error));

  return (
    <Flex vertical gap={8} data-testid="filing-documents">
      {o.documents.length === 0 && !progress ? <Typography.Text type="secondary">{t('filing.noDocuments')}</Typography.Text> : null}
      {o.documents.map((doc) => (
        <Flex key={doc.id} align="center" gap={8} className="sg-file-row">
          <PaperClipOutlined style={{ color: '#8c8c8c' }} />
          <a href={`/api/files/${doc.id}`} download={doc.name} data-testid="filing-document-link">
            {doc.name}
          </a>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {fileSize(doc.size)}
          </Typography.Text>
          {editable ? (
            <Popconfirm
              title={t('filing.removeDocument', { name: doc.name })}
              onConfirm={() => remove(doc)}
              okText={t('common.delete')}
              cancelText={t('common.cancel')}
            >
              <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} />
            </Popconfirm>
          ) : null}
        </Flex>
      ))}
      {progress ? (
        <div>
          <Typography.Text type="secondary">{progress.name}</Typography.Text>
          <Progress percent={progress.percent} size="small" status="active" />
        </div>
      ) : null}
      {editable ? (
        <div>
          <Upload
            accept=".pdf,.jpg,.jpeg,.png,.doc,.docx,.xls,.xlsx"
            showUploadList={false}
            beforeUpload={(file) => {
              upload(file);
              return Upload.LIST_IGNORE;
            }}
            disabled={Boolean(progress)}
          >
            <Button icon={<UploadOutlined />} loading={Boolean(progress)} data-testid="filing-upload">
              {t('filing.upload')}
            </Button>
          </Upload>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginTop: 4 }}>
            {t('filing.uploadHint')}
          </Typography.Text>
        </div>
      ) : null}
    </Flex>
  );
}
