import type { Referral } from '@shegong/contracts';
import { ReferralListQuery } from '@shegong/contracts';
import { Segmented, Select, Space } from 'antd';
import { useState } from 'react';
import { ListPage } from '../../app/components/list-page.tsx';
import { useListParams } from '../../app/components/use-list-params.ts';
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
    <ListPage
      title={t('menu.referrals')}
      subtitle={t('referrals.subtitle')}
      filters={
        <Space wrap style={{ marginBottom: 16 }} role="search" aria-label={t('common.filters')}>
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
            aria-label={t('common.status')}
            placeholder={t('common.status')}
            value={params.status}
            onChange={(status?: string) => setFilters({ status })}
            options={(['pending', 'accepted', 'rejected'] as const).map((s) => ({ value: s, label: t(`referral.status.${s}`) }))}
          />
        </Space>
      }
      list={list}
      paging={params}
      onPage={setPage}
      table={(table) => <ReferralTable {...table} onRespond={(referral, accept) => setResponding({ referral, accept })} />}
    >
      <ReferralRespondModal
        referral={responding?.referral ?? null}
        accept={responding?.accept ?? true}
        onClose={() => setResponding(null)}
      />
    </ListPage>
  );
}
