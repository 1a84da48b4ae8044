import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Typography, Upload } from 'antd';
import { useT } from '../../app/i18n/i18n-context.tsx';

export const EVIDENCE_ACCEPT = '.pdf,.jpg,.jpeg,.png,.doc,.docx';
export const MAX_UPLOAD_MB = 10;

type Props = { value?: File; onChange?: (file: File | undefined) => void; label?: string; 'data-testid'?: string };

/** Picks a file now; it is uploaded for the client once the file exists (the server needs its owner). */
export function EvidencePick({ value, onChange, label, ...rest }: Props) {
  const t = useT();
  return (
    <Flex align="center" gap={8} wrap>
      <Upload
        accept={EVIDENCE_ACCEPT}
        showUploadList={false}
        beforeUpload={(file) => {
          onChange?.(file);
          return Upload.LIST_IGNORE;
        }}
      >
        <Button size="small" icon={<UploadOutlined />} data-testid={rest['data-testid']}>
          {label ?? t('clients.pickEvidence')}
        </Button>
      </Upload>
      {value ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis>
          <PaperClipOutlined /> {value.name}
          <Button type="link" size="small" onClick={() => onChange?.(undefined)}>
            {t('common.delete')}
          </Button>
        </Typography.Text>
      ) : null}
    </Flex>
  );
}
