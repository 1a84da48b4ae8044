import type { CatalogueItem } from '@shegong/contracts';
import { CatalogueQuery } from '@shegong/contracts';
import { Alert } from 'antd';
import { useState } from 'react';
import { useCan } from '../../app/auth/me-context.tsx';
import { ListPage } from '../../app/components/list-page.tsx';
import { useListParams } from '../../app/components/use-list-params.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { useCatalogue } from './catalogue-api.ts';
import { CatalogueFilters } from './catalogue-filters.tsx';
import { CatalogueModal } from './catalogue-modal.tsx';
import { CatalogueTable } from './catalogue-table.tsx';

/** 项目目录: the yearly list of purchasable projects by service area; buyers maintain it. */
export function CataloguePage() {
  const t = useT();
  const can = useCan();
  const { params, setFilters, setPage, reset } = useListParams(CatalogueQuery);
  const list = useCatalogue(params);
  const [editing, setEditing] = useState<CatalogueItem | null>(null);
  const [open, setOpen] = useState(false);
  const stale = (list.data?.items ?? []).filter((i) => i.isStale).length;

  const openEditor = (item: CatalogueItem | null) => {
    setEditing(item);
    setOpen(true);
  };

  return (
    <ListPage
      title={t('menu.catalogue')}
      subtitle={t('catalogue.subtitle')}
      create={can('catalogue.manage') && { label: t('catalogue.create'), onClick: () => openEditor(null), testId: 'catalogue-create' }}
      filters={
        <>
          <CatalogueFilters value={params} onChange={setFilters} onReset={reset} />
          {stale > 0 ? (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              title={t('catalogue.staleBanner', { count: stale })}
              data-testid="catalogue-stale-banner"
            />
          ) : null}
        </>
      }
      list={list}
      paging={params}
      onPage={setPage}
      table={(table) => <CatalogueTable {...table} onEdit={openEditor} />}
    >
      <CatalogueModal open={open} item={editing} onClose={() => setOpen(false)} />
    </ListPage>
  );
}
