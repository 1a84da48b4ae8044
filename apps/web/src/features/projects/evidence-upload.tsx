import { PaperClipOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { type StoredFile, UploadButton } from '../../app/components/upload-button.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';

type Props = { projectId: string; value?: string; onChange?: (id: string | undefined) => void };

/** Uploads one evidence file for the project at once; the form keeps its id (evidenceFileId). */
export function EvidenceUpload({ projectId, value, onChange }: Props) {
  const t = useT();
  const [stored, setStored] = useState<StoredFile | null>(null);
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
      <UploadButton
        owner={{ type: 'project', id: projectId }}
        label={t('projects.uploadEvidence')}
        onUploaded={(saved) => {
          setStored(saved);
          onChange?.(saved.id);
          return undefined;
        }}
        testId="evidence-upload"
      />
    </Flex>
  );
}
