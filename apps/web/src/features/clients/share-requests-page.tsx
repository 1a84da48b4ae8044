import type { ShareRequest } from '@shegong/contracts';
import { Card, Segmented, Select, Space } from 'antd';
import { useState } from 'react';
import { ErrorResult } from '../../app/components/error-result.tsx';
import { PageHeader } from '../../app/components/page-header.tsx';
import { serverPagination, useListParams } from '../../app/components/use-list-params.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { ShareAnswerModal } from './share-answer-modal.tsx';
import { ShareRequestTable } from './share-request-table.tsx';
import { useShareRequests } from './share-requests-api.ts';

const FILTER_KEYS = ['direction', 'status'] as const;

/** 档案共享: requests for files the caller's side holds (answer them) and the requests it sent. */
export function ShareRequestsPage() {
  const t = useT();
  const { params, setFilters, setPage } = useListParams(FILTER_KEYS);
  const direction = params.direction ?? 'in';
  const list = useShareRequests({ ...params, direction });
  const [answering, setAnswering] = useState<{ request: ShareRequest; accept: boolean } | null>(null);
  const request = answering?.request;
  return (
    <>
      <PageHeader title={t('menu.shareRequests')} subtitle={t('shareRequests.subtitle')} />
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
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
            placeholder={t('common.status')}
            value={params.status}
            onChange={(status?: string) => setFilters({ status })}
            options={(['pending', 'accepted', 'declined'] as const).map((s) => ({ value: s, label: t(`shareRequests.status.${s}`) }))}
          />
        </Space>
        {list.isError ? (
          <ErrorResult error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <ShareRequestTable
            items={list.data?.items ?? []}
            loading={list.isFetching}
            pagination={serverPagination(params, list.data?.total, setPage, (total) => t('common.total', { total }))}
            onAnswer={(r, accept) => setAnswering({ request: r, accept })}
          />
        )}
      </Card>
      <ShareAnswerModal
        request={request ? { ...request, clientName: request.client?.name ?? '' } : null}
        accept={answering?.accept ?? true}
        onClose={() => setAnswering(null)}
      />
    </>
  );
}
