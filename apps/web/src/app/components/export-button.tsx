import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import type { PathsWithMethod } from 'openapi-typescript-helpers';
import { useState } from 'react';
import type { ApiQuery } from '../api/client.ts';
import type { paths } from '../api/openapi.generated.ts';
import { downloadFile } from '../api/transfer.ts';
import { useApiError } from '../api/use-api-error.ts';
import { useT } from '../i18n/i18n-context.tsx';

type Props<Path extends PathsWithMethod<paths, 'get'>> = {
  path: Path;
  /** The list's filters; its paging is dropped. */
  query: ApiQuery<Path> & { page?: number; pageSize?: number };
  fileName: string;
  'data-testid'?: string;
};

/** Exports the list as filtered on screen (paging dropped); the server masks and audits it. */
export function ExportButton<Path extends PathsWithMethod<paths, 'get'>>({ path, query, fileName, ...rest }: Props<Path>) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const [busy, setBusy] = useState(false);
  const { page: _page, pageSize: _size, ...filters } = query;

  const run = async () => {
    setBusy(true);
    try {
      await downloadFile(path, { query: filters as ApiQuery<Path> }, fileName);
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
