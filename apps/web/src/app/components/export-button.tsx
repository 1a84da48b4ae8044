import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import type { QueryParams } from '../api/client.ts';
import { downloadFile } from '../api/transfer.ts';
import { useApiError } from '../api/use-api-error.ts';
import { useT } from '../i18n/i18n-context.tsx';

type Props = { path: string; query: QueryParams; fileName: string; 'data-testid'?: string };

/** Exports the list as filtered on screen (paging dropped); the server masks and audits it. */
export function ExportButton({ path, query, fileName, ...rest }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const [busy, setBusy] = useState(false);
  const { page: _page, pageSize: _size, ...filters } = query;

  const run = async () => {
    setBusy(true);
    try {
      await downloadFile(path, filters, fileName);
      message.success(t('common.exported'));
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={run} data-testid={rest['data-testid'] ?? 'export'}>
      {t('common.export')}
    </Button>
  );
}
