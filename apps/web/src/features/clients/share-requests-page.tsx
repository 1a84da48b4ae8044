import { type ShareRequest, ShareRequestListQuery } from '@shegong/contracts';
import { Segmented, Select, Space } from 'antd';
import { useState } from 'react';
import { ListPage } from '../../app/components/list-page.tsx';
import { useListParams } from '../../app/components/use-list-params.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { ShareAnswerModal } from './share-answer-modal.tsx';
import { ShareRequestTable } from './share-request-table.tsx';
import { useShareRequests } from './share-requests-api.ts';

/** 档案共享: requests for files the caller's side holds (answer them) and the requests it sent. */
export function ShareRequestsPage() {
  const t = useT();
  const { params, setFilters, setPage } = useListParams(ShareRequestListQuery);
  const direction = params.direction ?? 'in';
  const list = useShareRequests({ ...params, direction });
  const [answering, setAnswering] = useState<{ request: ShareRequest; accept: boolean } | null>(null);
  const request = answering?.request;
  return (
    <ListPage
      title={t('menu.shareRequests')}
      subtitle={t('shareRequests.subtitle')}
      filters={
        <Space wrap style={{ marginBottom: 16 }} role="search" aria-label={t('common.filters')}>
          <Segmented
            value={direction}
            onChange={(v) => setFilters({ direction: String(v) })}
            options={[
              { value: 'in', label: t('shareRequests.inbox') },
              { value: 'out', label: t('shareRequests.sent') },
            ]}
            data-testid="share-direction"
          />
          <Select
            allowClear
            style={{ width: 160 }}
            aria-label={t('common.status')}
            placeholder={t('common.status')}
            value={params.status}
            onChange={(status?: string) => setFilters({ status })}
            options={(['pending', 'accepted', 'declined'] as const).map((s) => ({ value: s, label: t(`shareRequests.status.${s}`) }))}
          />
        </Space>
      }
      list={list}
      paging={params}
      onPage={setPage}
      table={(table) => <ShareRequestTable {...table} onAnswer={(r, accept) => setAnswering({ request: r, accept })} />}
    >
      <ShareAnswerModal
        request={request ? { ...request, clientName: request.client?.name ?? '' } : null}
        accept={answering?.accept ?? true}
        onClose={() => setAnswering(null)}
      />
    </ListPage>
  );
}
