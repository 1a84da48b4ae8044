import { PlusOutlined } from '@ant-design/icons';
import type { CatalogueItem } from '@shegong/contracts';
import { CatalogueQuery } from '@shegong/contracts';
import { Alert, Button, Card } from 'antd';
import { useState } from 'react';
import { useCan } from '../../app/auth/me-context.tsx';
import { ErrorResult } from '../../app/components/error-result.tsx';
import { PageHeader } from '../../app/components/page-header.tsx';
import { serverPagination, useListParams } from '../../app/components/use-list-params.ts';
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
    <>
      <PageHeader
        title={t('menu.catalogue')}
        subtitle={t('catalogue.subtitle')}
        extra={
          can('catalogue.manage') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => openEditor(null)} data-testid="catalogue-create">
              {t('catalogue.create')}
            </Button>
          ) : null
        }
      />
      <Card>
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
        {list.isError ? (
          <ErrorResult error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <CatalogueTable
            items={list.data?.items ?? []}
            loading={list.isFetching}
            pagination={serverPagination(params, list.data?.total, setPage, (total) => t('common.total', { total }))}
            onEdit={openEditor}
          />
        )}
      </Card>
      <CatalogueModal open={open} item={editing} onClose={() => setOpen(false)} />
    </>
  );
}
