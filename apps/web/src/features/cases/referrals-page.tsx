import type { Referral } from '@shegong/contracts';
import { ReferralListQuery } from '@shegong/contracts';
import { Card, Segmented, Select, Space } from 'antd';
import { useState } from 'react';
import { ErrorResult } from '../../app/components/error-result.tsx';
import { PageHeader } from '../../app/components/page-header.tsx';
import { serverPagination, useListParams } from '../../app/components/use-list-params.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { useReferrals } from './cases-api.ts';
import { ReferralRespondModal } from './referral-respond-modal.tsx';
import { ReferralTable } from './referral-table.tsx';

/** 转介: the receiving organisation's inbox (accept or reject) and the referrals it sent. */
export function ReferralsPage() {
  const t = useT();
  const { params, setFilters, setPage } = useListParams(ReferralListQuery);
  const direction = params.direction ?? 'in';
  const list = useReferrals({ ...params, direction });
  const [responding, setResponding] = useState<{ referral: Referral; accept: boolean } | null>(null);
  return (
    <>
      <PageHeader title={t('menu.referrals')} subtitle={t('referrals.subtitle')} />
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Segmented
            value={direction}
            onChange={(v) => setFilters({ direction: String(v) })}
            options={[
              { value: 'in', label: t('referrals.inbox') },
              { value: 'out', label: t('referrals.sent') },
            ]}
            data-testid="referral-direction"
          />
          <Select
            allowClear
            style={{ width: 160 }}
            placeholder={t('common.status')}
            value={params.status}
            onChange={(status?: string) => setFilters({ status })}
            options={(['pending', 'accepted', 'rejected'] as const).map((s) => ({ value: s, label: t(`referral.status.${s}`) }))}
          />
        </Space>
        {list.isError ? (
          <ErrorResult error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <ReferralTable
            items={list.data?.items ?? []}
            loading={list.isFetching}
            pagination={serverPagination(params, list.data?.total, setPage, (total) => t('common.total', { total }))}
            onRespond={(referral, accept) => setResponding({ referral, accept })}
          />
        )}
      </Card>
      <ReferralRespondModal
        referral={responding?.referral ?? null}
        accept={responding?.accept ?? true}
        onClose={() => setResponding(null)}
      />
    </>
  );
}
