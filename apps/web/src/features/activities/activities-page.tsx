import { ActivityListQuery } from '@shegong/contracts';
import { useState } from 'react';
import { useCan } from '../../app/auth/me-context.tsx';
import { FilterBar, FilterDateRange, FilterSearch } from '../../app/components/filter-bar.tsx';
import { FilterStation } from '../../app/components/filter-pickers.tsx';
import { ListPage } from '../../app/components/list-page.tsx';
import { useListParams } from '../../app/components/use-list-params.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { useActivities } from './activities-api.ts';
import { ActivityDrawer } from './activity-drawer.tsx';
import { ActivityTable } from './activity-table.tsx';

/** 社区活动: community activities with participants, volunteers and photos. */
export function ActivitiesPage() {
  const t = useT();
  const can = useCan();
  const { params, setFilters, setPage, reset } = useListParams(ActivityListQuery);
  const list = useActivities(params);
  const [opened, setOpened] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const openDrawer = (id: string | null) => {
    setOpened(id);
    setOpen(true);
  };
  return (
    <ListPage
      title={t('menu.activities')}
      subtitle={t('activities.subtitle')}
      create={can('activity.manage') && { label: t('activities.create'), onClick: () => openDrawer(null), testId: 'activity-create' }}
      filters={
        <FilterBar onReset={reset} resetSpan={{ xs: 24, md: 4, xl: 3 }}>
          <FilterSearch
            label={t('activities.searchPlaceholder')}
            span={{ xs: 24, md: 8, xl: 7 }}
            value={params.q}
            onSearch={(q) => setFilters({ q })}
          />
          <FilterStation
            label={t('label.stationId')}
            span={{ xs: 24, md: 8, xl: 6 }}
            value={params.stationId}
            onChange={(stationId) => setFilters({ stationId })}
          />
          <FilterDateRange
            label={t('label.heldOn')}
            span={{ xs: 24, md: 8, xl: 7 }}
            from={params.from}
            to={params.to}
            onChange={(period) => setFilters(period)}
          />
        </FilterBar>
      }
      list={list}
      paging={params}
      onPage={setPage}
      table={(table) => <ActivityTable {...table} onOpen={(a) => openDrawer(a.id)} />}
    >
      <ActivityDrawer open={open} activityId={opened} onClose={() => setOpen(false)} />
    </ListPage>
  );
}
