import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import type { Project } from '@shegong/contracts';
import { App, Button, Empty, Flex, Popconfirm, Progress, Typography, Upload } from 'antd';
import { useState } from 'react';
import { uploadFile } from '../../app/api/transfer.ts';
import { useApiError } from '../../app/api/use-api-error.ts';
import { useCan } from '../../app/auth/me-context.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { useUpdateProject } from './projects-api.ts';

type Stored = { id: string; name: string };

/** 项目文件: the contract, plans and evaluation reports; the buyer uploads and removes them, both parties download. */
export function DocumentsTab({ project: p }: { project: Project }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const update = useUpdateProject();
  const [progress, setProgress] = useState<{ name: string; percent: number } | null>(null);
  const can = useCan();
  // Attaching needs the buyer's right on the project and the right to upload at all.
  const editable = p.allowedActions.includes('manage') && can('file.upload');

  const link = (ids: string[]) => update.mutateAsync({ id: p.id, body: { documentIds: ids, version: p.version } });

  const upload = async (file: File) => {
    setProgress({ name: file.name, percent: 0 });
    try {
      const stored = await uploadFile('/api/files', file, {
        query: { ownerType: 'project', ownerId: p.id },
        onProgress: (percent) => setProgress({ name: file.name, percent }),
      });
      await link([...p.documents.map((d) => d.id), stored.id]);
      message.success(t('projects.documentAdded', { name: stored.name }));
    } catch (error) {
      showError(error);
    } finally {
      setProgress(null);
    }
  };

  const remove = (doc: Stored) => link(p.documents.filter((d) => d.id !== doc.id).map((d) => d.id)).catch((e: unknown) => showError(e));

  return (
    <Flex vertical gap={10} data-testid="project-documents">
      {p.documents.length === 0 && !progress ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('projects.noDocuments')} />
      ) : null}
      {p.documents.map((doc) => (
        <Flex key={doc.id} align="center" gap={8} className="sg-file-row">
          <PaperClipOutlined style={{ color: '#8c8c8c' }} />
          <a href={`/api/files/${doc.id}`} download={doc.name} data-testid="project-document-link">
            {doc.name}
          </a>
          {editable ? (
            <Popconfirm
              title={t('projects.removeDocument', { name: doc.name })}
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
        <div style={{ maxWidth: 420 }}>
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
            <Button icon={<UploadOutlined />} loading={Boolean(progress)} data-testid="project-document-upload">
              {t('projects.uploadDocument')}
            </Button>
          </Upload>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginTop: 4 }}>
            {t('projects.documentHint')}
          </Typography.Text>
        </div>
      ) : null}
    </Flex>
  );
}
