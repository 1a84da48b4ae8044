import { CaseListQuery } from '@shegong/contracts';
import { useState } from 'react';
import { useCan } from '../../app/auth/me-context.tsx';
import { ListPage } from '../../app/components/list-page.tsx';
import { useListParams } from '../../app/components/use-list-params.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { CaseFilters } from './case-filters.tsx';
import { CaseIntakeDrawer } from './case-intake-drawer.tsx';
import { CaseTable } from './case-table.tsx';
import { useCases } from './cases-api.ts';

/** 个案: casework from intake to closure (MZ/T 094-2017), filtered with the URL. */
export function CasesPage() {
  const t = useT();
  const can = useCan();
  const { params, setFilters, setPage, reset } = useListParams(CaseListQuery);
  const list = useCases(params);
  const [open, setOpen] = useState(false);
  return (
    <ListPage
      title={t('menu.cases')}
      subtitle={t('cases.subtitle')}
      create={can('case.create') && { label: t('cases.create'), onClick: () => setOpen(true), testId: 'case-create' }}
      filters={<CaseFilters value={params} onChange={setFilters} onReset={reset} />}
      list={list}
      paging={params}
      onPage={setPage}
      table={(table) => <CaseTable {...table} />}
    >
      <CaseIntakeDrawer open={open} onClose={() => setOpen(false)} />
    </ListPage>
  );
}
