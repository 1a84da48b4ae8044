import { PlusOutlined } from '@ant-design/icons';
import type { Organisation } from '@shegong/contracts';
import { OrganisationListQuery } from '@shegong/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { useCan } from '../../app/auth/me-context.tsx';
import { ErrorResult } from '../../app/components/error-result.tsx';
import { ExportButton } from '../../app/components/export-button.tsx';
import { PageHeader } from '../../app/components/page-header.tsx';
import { serverPagination, useListParams } from '../../app/components/use-list-params.ts';
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
    <>
      <PageHeader
        title={t('menu.organisations')}
        subtitle={t('organisation.subtitle')}
        extra={
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
            {can('organisation.create') ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => openEditor(null)} data-testid="organisation-create">
                {t('organisation.create')}
              </Button>
            ) : null}
          </>
        }
      />
      <Card>
        <OrganisationFilters value={params} onChange={setFilters} onReset={reset} />
        {list.isError ? (
          <ErrorResult error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <OrganisationTable
            items={list.data?.items ?? []}
            loading={list.isFetching}
            pagination={serverPagination(params, list.data?.total, setPage, (total) => t('common.total', { total }))}
            onEdit={openEditor}
          />
        )}
      </Card>
      <OrganisationDrawer open={open} organisation={editing} onClose={() => setOpen(false)} />
    </>
  );
}
