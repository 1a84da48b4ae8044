import { Button, Result } from 'antd';
import { ApiError } from '../api/client.ts';
import { useT } from '../i18n/i18n-context.tsx';

/** A failed page-level query: 403/404 get their own pictures, everything else offers a retry. */
export function ErrorResult({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  const status = error instanceof ApiError ? error.status : 0;
  const message = error instanceof Error ? error.message : t('common.unknownError');
  const picture = status === 403 ? '403' : status === 404 ? '404' : 'error';
  return (
    <Result
      status={picture}
      title={picture === 'error' ? t('status.loadFailed') : String(status)}
      subTitle={message}
      extra={
        onRetry ? (
          <Button type="primary" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
