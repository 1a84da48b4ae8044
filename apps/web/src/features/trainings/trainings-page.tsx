import type { Training } from '@shegong/contracts';
import { TrainingListQuery } from '@shegong/contracts';
import { App } from 'antd';
import { useState } from 'react';
import { useApiError } from '../../app/api/use-api-error.ts';
import { useCan } from '../../app/auth/me-context.tsx';
import { FilterBar, FilterSearch, FilterSelect } from '../../app/components/filter-bar.tsx';
import { ListPage } from '../../app/components/list-page.tsx';
import { useListParams } from '../../app/components/use-list-params.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { EnrolModal } from './enrol-modal.tsx';
import { RosterDrawer } from './roster-drawer.tsx';
import { TrainingDrawer } from './training-drawer.tsx';
import { kindOptions } from './training-labels.tsx';
import { TrainingTable } from './training-table.tsx';
import { useDeleteTraining, useTrainings } from './trainings-api.ts';

/** 培训: the bureau's programmes; organisations enrol their own workers, the bureau marks attendance. */
export function TrainingsPage() {
  const t = useT();
  const can = useCan();
  const { message } = App.useApp();
  const showError = useApiError();
  const { params, setFilters, setPage, reset } = useListParams(TrainingListQuery);
  const list = useTrainings(params);
  const remove = useDeleteTraining();
  const [editing, setEditing] = useState<{ training: Training | null } | null>(null);
  const [enrolling, setEnrolling] = useState<Training | null>(null);
  const [roster, setRoster] = useState<Training | null>(null);

  const onDelete = (training: Training) =>
    remove.mutate(training, {
      onSuccess: () => message.success(t('common.deleted', { name: training.title })),
      onError: (e) => showError(e),
    });

  return (
    <ListPage
      title={t('menu.trainings')}
      subtitle={t('trainings.subtitle')}
      create={
        can('training.manage') && { label: t('trainings.create'), onClick: () => setEditing({ training: null }), testId: 'training-create' }
      }
      filters={
        <FilterBar onReset={reset} resetSpan={{ xs: 24, sm: 12, lg: 3 }}>
          <FilterSearch
            label={t('trainings.searchPlaceholder')}
            span={{ xs: 24, sm: 12, lg: 8 }}
            value={params.q}
            onSearch={(q) => setFilters({ q })}
          />
          <FilterSelect
            label={t('common.kind')}
            span={{ xs: 12, sm: 6, lg: 5 }}
            options={kindOptions(t)}
            value={params.kind}
            onChange={(kind) => setFilters({ kind })}
          />
          <FilterSelect
            label={t('common.status')}
            span={{ xs: 12, sm: 6, lg: 5 }}
            options={[{ value: 'true', label: t('trainings.openOnly') }]}
            value={params.open}
            onChange={(open) => setFilters({ open })}
          />
        </FilterBar>
      }
      list={list}
      paging={params}
      onPage={setPage}
      table={(table) => (
        <TrainingTable
          {...table}
          onEdit={(training) => setEditing({ training })}
          onDelete={onDelete}
          onEnrol={setEnrolling}
          onRoster={setRoster}
        />
      )}
    >
      <TrainingDrawer open={Boolean(editing)} training={editing?.training ?? null} onClose={() => setEditing(null)} />
      <EnrolModal training={enrolling} onClose={() => setEnrolling(null)} />
      <RosterDrawer training={roster} onClose={() => setRoster(null)} />
    </ListPage>
  );
}
