import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Progress, Typography, Upload } from 'antd';
import { useState } from 'react';
import { uploadFile } from '../../app/api/transfer.ts';
import { useApiError } from '../../app/api/use-api-error.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';

type Stored = { id: string; name: string };
type Props = { projectId: string; value?: string; onChange?: (id: string | undefined) => void };

/** Uploads one evidence file for the project at once; the form keeps its id (evidenceFileId). */
export function EvidenceUpload({ projectId, value, onChange }: Props) {
  const t = useT();
  const showError = useApiError();
  const [stored, setStored] = useState<Stored | null>(null);
  const [percent, setPercent] = useState<number | null>(null);

  const upload = async (file: File) => {
    setPercent(0);
    try {
      const saved = await uploadFile('/api/files', file, {
        query: { ownerType: 'project', ownerId: projectId },
        onProgress: setPercent,
      });
      setStored(saved);
      onChange?.(saved.id);
    } catch (error) {
      showError(error);
    } finally {
      setPercent(null);
    }
  };

  return (
    <Flex vertical gap={6}>
      {value && stored ? (
        <Flex align="center" gap={8}>
          <PaperClipOutlined style={{ color: '#8c8c8c' }} />
          <Typography.Text data-testid="evidence-name">{stored.name}</Typography.Text>
          <Button type="link" size="small" onClick={() => onChange?.(undefined)}>
            {t('common.delete')}
          </Button>
        </Flex>
      ) : null}
      {percent !== null ? <Progress percent={percent} size="small" status="active" /> : null}
      <Upload
        accept=".pdf,.jpg,.jpeg,.png,.doc,.docx,.xls,.xlsx"
        showUploadList={false}
        beforeUpload={(file) => {
          upload(file);
          return Upload.LIST_IGNORE;
        }}
        disabled={percent !== null}
      >
        <Button icon={<UploadOutlined />} loading={percent !== null} data-testid="evidence-upload">
          {t('projects.uploadEvidence')}
        </Button>
      </Upload>
    </Flex>
  );
}
