import type { Station } from '@shegong/contracts';
import { StationListQuery } from '@shegong/contracts';
import { App } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useApiError } from '../../app/api/use-api-error.ts';
import { useCan } from '../../app/auth/me-context.tsx';
import { ListPage } from '../../app/components/list-page.tsx';
import { useListParams } from '../../app/components/use-list-params.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { StationDrawer } from './station-drawer.tsx';
import { StationFilters } from './station-filters.tsx';
import { StationTable } from './station-table.tsx';
import { StationTabs } from './station-tabs.tsx';
import { useDeleteStation, useStations } from './stations-api.ts';

export function StationsPage() {
  const t = useT();
  const can = useCan();
  const { message } = App.useApp();
  const showError = useApiError();
  const { params, setFilters, setPage, reset } = useListParams(StationListQuery);
  const list = useStations(params);
  const remove = useDeleteStation();
  const [editing, setEditing] = useState<Station | null>(null);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const navigate = useNavigate();

  const openEditor = (station: Station | null) => {
    setEditing(station);
    setDrawerOpen(true);
  };

  const onDelete = (station: Station) =>
    remove.mutate(station, {
      onSuccess: () => message.success(t('common.deleted', { name: station.name })),
      onError: (e) => showError(e),
    });

  return (
    <ListPage
      title={t('menu.stations')}
      subtitle={t('stations.subtitle')}
      create={can('station.create') && { label: t('stations.create'), onClick: () => openEditor(null), testId: 'station-create' }}
      cardBodyStyle={{ paddingTop: 8 }}
      head={<StationTabs />}
      filters={<StationFilters value={params} onChange={setFilters} onReset={reset} />}
      list={list}
      paging={params}
      onPage={setPage}
      table={(table) => (
        <StationTable {...table} onView={(station) => navigate(`/stations/${station.id}`)} onEdit={openEditor} onDelete={onDelete} />
      )}
    >
      <StationDrawer open={drawerOpen} station={editing} onClose={() => setDrawerOpen(false)} />
    </ListPage>
  );
}
