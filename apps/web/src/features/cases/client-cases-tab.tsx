import { Empty } from 'antd';
import { ErrorResult } from '../../app/components/error-result.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { CaseTable } from './case-table.tsx';
import { useCases } from './cases-api.ts';

/** 个案 of one client file, newest first. */
export function ClientCasesTab({ clientId }: { clientId: string }) {
  const t = useT();
  const list = useCases({ page: 1, pageSize: 50, clientId });
  if (list.isError) return <ErrorResult error={list.error} onRetry={() => list.refetch()} />;
  if (list.data && list.data.items.length === 0) return <Empty description={t('cases.none')} />;
  return <CaseTable items={list.data?.items ?? []} loading={list.isFetching} pagination={false} hideClient />;
}
