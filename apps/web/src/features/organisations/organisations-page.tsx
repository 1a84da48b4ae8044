import type { Organisation } from '@shegong/contracts';
import { OrganisationListQuery } from '@shegong/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useCan } from '../../app/auth/me-context.tsx';
import { ExportButton } from '../../app/components/export-button.tsx';
import { ListPage } from '../../app/components/list-page.tsx';
import { useListParams } from '../../app/components/use-list-params.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { ImportButton } from '../imports/import-button.tsx';
import { OrganisationDrawer } from './organisation-drawer.tsx';
import { OrganisationFilters } from './organisation-filters.tsx';
import { OrganisationTable } from './organisation-table.tsx';
import { useOrganisations } from './organisations-api.ts';

export function OrganisationsPage() {
  const t = useT();
  const can = useCan();
  const client = useQueryClient();
  const { params, setFilters, setPage, reset } = useListParams(OrganisationListQuery);
  const list = useOrganisations(params);
  const [editing, setEditing] = useState<Organisation | null>(null);
  const [open, setOpen] = useState(false);

  const openEditor = (organisation: Organisation | null) => {
    setEditing(organisation);
    setOpen(true);
  };

  return (
    <ListPage
      title={t('menu.organisations')}
      subtitle={t('organisation.subtitle')}
      actions={
        <>
          {can('organisation.import') ? (
            <ImportButton
              kind="organisations"
              name={t('menu.organisations')}
              onImported={() => client.invalidateQueries({ queryKey: ['organisations'] })}
            />
          ) : null}
          {can('organisation.export') ? (
            <ExportButton path="/api/organisations/export" query={params} fileName="社工机构.xlsx" data-testid="organisation-export" />
          ) : null}
        </>
      }
      create={
        can('organisation.create') && { label: t('organisation.create'), onClick: () => openEditor(null), testId: 'organisation-create' }
      }
      filters={<OrganisationFilters value={params} onChange={setFilters} onReset={reset} />}
      list={list}
      paging={params}
      onPage={setPage}
      table={(table) => <OrganisationTable {...table} onEdit={openEditor} />}
    >
      <OrganisationDrawer open={open} organisation={editing} onClose={() => setOpen(false)} />
    </ListPage>
  );
}
