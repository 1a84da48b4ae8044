import { Empty } from 'antd';
import { ErrorResult } from '../../app/components/error-result.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { useReferrals } from './cases-api.ts';
import { ReferralTable } from './referral-table.tsx';

/** The referrals of one case (out, and the one that brought it in). */
export function CaseReferrals({ caseId }: { caseId: string }) {
  const t = useT();
  const list = useReferrals({ page: 1, pageSize: 20, caseId });
  if (list.isError) return <ErrorResult error={list.error} onRetry={() => list.refetch()} />;
  if (list.data && list.data.items.length === 0) return <Empty description={t('referrals.none')} />;
  return <ReferralTable items={list.data?.items ?? []} loading={list.isFetching} pagination={false} />;
}
