import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useApiError } from '../../app/api/use-api-error.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { downloadTemplate } from './imports-api.ts';

type Props = { kind: string; name: string; error: string | null; onFile: (file: File) => void };

/** Step 1: the template to fill in, and the file to upload. */
export function ImportUpload({ kind, name, error, onFile }: Props) {
  const t = useT();
  const showError = useApiError();
  const [busy, setBusy] = useState(false);
  const template = async () => {
    setBusy(true);
    await downloadTemplate(kind, t('imports.templateName', { name })).catch(showError);
    setBusy(false);
  };
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary">{t('imports.templateHint')}</Typography.Text>
        <Button icon={<DownloadOutlined />} loading={busy} onClick={template} data-testid="import-template">
          {t('imports.template')}
        </Button>
      </Flex>
      {error ? <Alert type="error" showIcon title={error} data-testid="import-upload-error" /> : null}
      <Upload.Dragger
        accept=".xlsx"
        multiple={false}
        showUploadList={false}
        beforeUpload={(file) => {
          onFile(file);
          return Upload.LIST_IGNORE;
        }}
        data-testid="import-dropzone"
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('imports.drop')}</p>
        <p className="ant-upload-hint">{t('imports.dropHint')}</p>
      </Upload.Dragger>
    </Flex>
  );
}
