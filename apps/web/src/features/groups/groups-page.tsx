import { GroupListQuery } from '@shegong/contracts';
import { useMemo, useState } from 'react';
import { useCan } from '../../app/auth/me-context.tsx';
import { FilterBar, FilterSearch, FilterSelect } from '../../app/components/filter-bar.tsx';
import { FilterStation } from '../../app/components/filter-pickers.tsx';
import { ListPage } from '../../app/components/list-page.tsx';
import { useListParams } from '../../app/components/use-list-params.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { useCategoryOptions } from '../clients/client-labels.tsx';
import { GroupDrawer } from './group-drawer.tsx';
import { phaseOptions } from './group-labels.tsx';
import { GroupTable } from './group-table.tsx';
import { useGroups } from './groups-api.ts';

/** 小组: group work from preparing to ending, with sessions and attendance. */
export function GroupsPage() {
  const t = useT();
  const can = useCan();
  const { params, setFilters, setPage, reset } = useListParams(GroupListQuery);
  const list = useGroups(params);
  const categories = useCategoryOptions();
  const names = useMemo(() => new Map(categories.map((c) => [c.value, c.label])), [categories]);
  const [open, setOpen] = useState(false);
  return (
    <ListPage
      title={t('menu.groups')}
      subtitle={t('groups.subtitle')}
      create={can('group.manage') && { label: t('groups.create'), onClick: () => setOpen(true), testId: 'group-create' }}
      filters={
        <FilterBar onReset={reset} resetSpan={{ xs: 24, md: 4, xl: 3 }}>
          <FilterSearch
            label={t('groups.searchPlaceholder')}
            span={{ xs: 24, md: 10, xl: 8 }}
            value={params.q}
            onSearch={(q) => setFilters({ q })}
          />
          <FilterStation
            label={t('label.stationId')}
            span={{ xs: 12, md: 6, xl: 6 }}
            value={params.stationId}
            onChange={(stationId) => setFilters({ stationId })}
          />
          <FilterSelect
            label={t('label.phase')}
            span={{ xs: 12, md: 4, xl: 4 }}
            options={phaseOptions(t)}
            value={params.phase}
            onChange={(phase) => setFilters({ phase })}
          />
        </FilterBar>
      }
      list={list}
      paging={params}
      onPage={setPage}
      table={(table) => <GroupTable {...table} categoryName={(code) => names.get(code) ?? code} />}
    >
      <GroupDrawer open={open} group={null} onClose={() => setOpen(false)} />
    </ListPage>
  );
}
