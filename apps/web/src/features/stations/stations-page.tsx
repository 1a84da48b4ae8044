import { PlusOutlined } from '@ant-design/icons';
import type { Station } from '@shegong/contracts';
import { StationListQuery } from '@shegong/contracts';
import { App, Button, Card } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useApiError } from '../../app/api/use-api-error.ts';
import { useCan } from '../../app/auth/me-context.tsx';
import { ErrorResult } from '../../app/components/error-result.tsx';
import { PageHeader } from '../../app/components/page-header.tsx';
import { serverPagination, useListParams } from '../../app/components/use-list-params.ts';
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
    <>
      <PageHeader
        title={t('menu.stations')}
        subtitle={t('stations.subtitle')}
        extra={
          can('station.create') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => openEditor(null)} data-testid="station-create">
              {t('stations.create')}
            </Button>
          ) : null
        }
      />
      <Card styles={{ body: { paddingTop: 8 } }}>
        <StationTabs />
        <StationFilters value={params} onChange={setFilters} onReset={reset} />
        {list.isError ? (
          <ErrorResult error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <StationTable
            items={list.data?.items ?? []}
            loading={list.isFetching}
            pagination={serverPagination(params, list.data?.total, setPage, (total) => t('common.total', { total }))}
            onView={(station) => navigate(`/stations/${station.id}`)}
            onEdit={openEditor}
            onDelete={onDelete}
          />
        )}
      </Card>
      <StationDrawer open={drawerOpen} station={editing} onClose={() => setDrawerOpen(false)} />
    </>
  );
}
