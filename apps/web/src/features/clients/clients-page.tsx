import { ClientListQuery } from '@shegong/contracts';
import { useState } from 'react';
import { useCan } from '../../app/auth/me-context.tsx';
import { ListPage } from '../../app/components/list-page.tsx';
import { useListParams } from '../../app/components/use-list-params.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { ClientDrawer } from './client-drawer.tsx';
import { ClientFilters } from './client-filters.tsx';
import { ClientTable } from './client-table.tsx';
import { useClients } from './clients-api.ts';

/** 服务对象: one file per person (一人一档), searched and filtered with the URL. */
export function ClientsPage() {
  const t = useT();
  const can = useCan();
  const { params, setFilters, setPage, reset } = useListParams(ClientListQuery);
  const list = useClients(params);
  const [editing, setEditing] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const openEditor = (id: string | null) => {
    setEditing(id);
    setOpen(true);
  };

  return (
    <ListPage
      title={t('menu.clients')}
      subtitle={t('clients.subtitle')}
      create={can('client.create') && { label: t('clients.create'), onClick: () => openEditor(null), testId: 'client-create' }}
      filters={<ClientFilters value={params} onChange={setFilters} onReset={reset} />}
      list={list}
      paging={params}
      onPage={setPage}
      table={(table) => <ClientTable {...table} onEdit={(c) => openEditor(c.id)} />}
    >
      <ClientDrawer open={open} clientId={editing} onClose={() => setOpen(false)} />
    </ListPage>
  );
}
