import type { Worker } from '@shegong/contracts';
import { WorkerListQuery } from '@shegong/contracts';
import { useState } from 'react';
import { useCan } from '../../app/auth/me-context.tsx';
import { ExportButton } from '../../app/components/export-button.tsx';
import { ListPage } from '../../app/components/list-page.tsx';
import { useListParams } from '../../app/components/use-list-params.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { ImportButton } from '../imports/import-button.tsx';
import { WorkerDrawer } from './worker-drawer.tsx';
import { WorkerFilters } from './worker-filters.tsx';
import { WorkerTable } from './worker-table.tsx';
import { useInvalidateWorkers, useWorkers } from './workers-api.ts';

/** 社工人才: who is qualified, where they work, and whether registration and continuing education are in order. */
export function WorkersPage() {
  const t = useT();
  const can = useCan();
  const invalidate = useInvalidateWorkers();
  const { params, setFilters, setPage, reset } = useListParams(WorkerListQuery);
  const list = useWorkers(params);
  const [editing, setEditing] = useState<Worker | null>(null);
  const [open, setOpen] = useState(false);

  const openEditor = (worker: Worker | null) => {
    setEditing(worker);
    setOpen(true);
  };

  return (
    <ListPage
      title={t('menu.workers')}
      subtitle={t('workers.subtitle')}
      actions={
        <>
          {/* Hidden while the server registers no "workers" import kind. */}
          {can('worker.import') ? <ImportButton kind="workers" name={t('menu.workers')} onImported={invalidate} /> : null}
          {can('worker.export') ? (
            <ExportButton path="/api/workers/export" query={params} fileName="社工人才.xlsx" data-testid="worker-export" />
          ) : null}
        </>
      }
      create={can('worker.create') && { label: t('workers.create'), onClick: () => openEditor(null), testId: 'worker-create' }}
      filters={<WorkerFilters value={params} onChange={setFilters} onReset={reset} />}
      list={list}
      paging={params}
      onPage={setPage}
      table={(table) => <WorkerTable {...table} onEdit={openEditor} />}
    >
      <WorkerDrawer open={open} worker={editing} onClose={() => setOpen(false)} />
    </ListPage>
  );
}
