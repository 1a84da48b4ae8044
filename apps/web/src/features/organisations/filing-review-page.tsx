import { OrganisationListQuery } from '@shegong/contracts';
import { Alert } from 'antd';
import { ListPage } from '../../app/components/list-page.tsx';
import { useListParams } from '../../app/components/use-list-params.ts';
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
    <ListPage
      title={t('menu.filingReview')}
      subtitle={t('organisation.reviewSubtitle')}
      head={<Alert type="info" showIcon title={t('organisation.reviewHint')} style={{ marginBottom: 16 }} />}
      filters={<OrganisationFilters value={params} onChange={setFilters} onReset={reset} hideStatus />}
      list={list}
      paging={params}
      onPage={setPage}
      table={(table) => <OrganisationTable {...table} review />}
    />
  );
}
