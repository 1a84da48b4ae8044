import { PlusOutlined } from '@ant-design/icons';
import { ClientListQuery } from '@shegong/contracts';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { useCan } from '../../app/auth/me-context.tsx';
import { ErrorResult } from '../../app/components/error-result.tsx';
import { PageHeader } from '../../app/components/page-header.tsx';
import { serverPagination, useListParams } from '../../app/components/use-list-params.ts';
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
    <>
      <PageHeader
        title={t('menu.clients')}
        subtitle={t('clients.subtitle')}
        extra={
          can('client.create') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => openEditor(null)} data-testid="client-create">
              {t('clients.create')}
            </Button>
          ) : null
        }
      />
      <Card>
        <ClientFilters value={params} onChange={setFilters} onReset={reset} />
        {list.isError ? (
          <ErrorResult error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <ClientTable
            items={list.data?.items ?? []}
            loading={list.isFetching}
            pagination={serverPagination(params, list.data?.total, setPage, (total) => t('common.total', { total }))}
            onEdit={(c) => openEditor(c.id)}
          />
        )}
      </Card>
      <ClientDrawer open={open} clientId={editing} onClose={() => setOpen(false)} />
    </>
  );
}
