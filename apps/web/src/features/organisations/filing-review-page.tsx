import { OrganisationListQuery } from '@shegong/contracts';
import { Alert, Card } from 'antd';
import { ErrorResult } from '../../app/components/error-result.tsx';
import { PageHeader } from '../../app/components/page-header.tsx';
import { serverPagination, useListParams } from '../../app/components/use-list-params.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { OrganisationFilters } from './organisation-filters.tsx';
import { OrganisationTable } from './organisation-table.tsx';
import { useOrganisations } from './organisations-api.ts';

/** 备案审核: the organisations list fixed to filings awaiting the district bureau's decision. */
export function FilingReviewPage() {
  const t = useT();
  const { params, setFilters, setPage, reset } = useListParams(OrganisationListQuery);
  const list = useOrganisations({ ...params, filingStatus: 'submitted' });
  return (
    <>
      <PageHeader title={t('menu.filingReview')} subtitle={t('organisation.reviewSubtitle')} />
      <Card>
        <Alert type="info" showIcon title={t('organisation.reviewHint')} style={{ marginBottom: 16 }} />
        <OrganisationFilters value={params} onChange={setFilters} onReset={reset} hideStatus />
        {list.isError ? (
          <ErrorResult error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <OrganisationTable
            items={list.data?.items ?? []}
            loading={list.isFetching}
            pagination={serverPagination(params, list.data?.total, setPage, (total) => t('common.total', { total }))}
            review
          />
        )}
      </Card>
    </>
  );
}
