import { LedgerQuery } from '@shegong/contracts';
import { useCan } from '../../app/auth/me-context.tsx';
import { ErrorResult } from '../../app/components/error-result.tsx';
import { ExportButton } from '../../app/components/export-button.tsx';
import { ListPage } from '../../app/components/list-page.tsx';
import { useListParams } from '../../app/components/use-list-params.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { useInvalidateLedger, useLedger, useLedgerSummary } from './ledger-api.ts';
import { LedgerFilters } from './ledger-filters.tsx';
import { LedgerImport } from './ledger-import.tsx';
import { LedgerSummaryCards } from './ledger-summary.tsx';
import { LedgerTable } from './ledger-table.tsx';

/** 服务台账: every service delivered, the headline measures, and the Excel ledgers in and out. */
export function LedgerPage() {
  const t = useT();
  const can = useCan();
  const { params, setFilters, setPage, reset } = useListParams(LedgerQuery);
  const list = useLedger(params);
  const summary = useLedgerSummary(params);
  const invalidate = useInvalidateLedger();
  return (
    <ListPage
      title={t('menu.ledger')}
      subtitle={t('ledgerPage.subtitle')}
      actions={
        <>
          {can('ledger.import') ? <LedgerImport onImported={invalidate} /> : null}
          {can('ledger.export') ? (
            <ExportButton
              path="/api/ledger/export"
              query={params}
              fileName={`${t('ledgerPage.ledgerName')}.xlsx`}
              data-testid="ledger-export"
            />
          ) : null}
        </>
      }
      filters={
        <>
          <LedgerFilters value={params} onChange={setFilters} onReset={reset} />
          {summary.isError ? (
            <ErrorResult error={summary.error} onRetry={() => summary.refetch()} />
          ) : (
            <LedgerSummaryCards summary={summary.data} loading={summary.isFetching} />
          )}
        </>
      }
      list={list}
      paging={params}
      onPage={setPage}
      table={(table) => <LedgerTable {...table} personTimes={list.data?.personTimes} />}
    />
  );
}
