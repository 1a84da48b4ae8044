import { PlusOutlined } from '@ant-design/icons';
import { CaseListQuery } from '@shegong/contracts';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { useCan } from '../../app/auth/me-context.tsx';
import { ErrorResult } from '../../app/components/error-result.tsx';
import { PageHeader } from '../../app/components/page-header.tsx';
import { serverPagination, useListParams } from '../../app/components/use-list-params.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { CaseFilters } from './case-filters.tsx';
import { CaseIntakeDrawer } from './case-intake-drawer.tsx';
import { CaseTable } from './case-table.tsx';
import { useCases } from './cases-api.ts';

/** 个案: casework from intake to closure (MZ/T 094-2017), filtered with the URL. */
export function CasesPage() {
  const t = useT();
  const can = useCan();
  const { params, setFilters, setPage, reset } = useListParams(CaseListQuery);
  const list = useCases(params);
  const [open, setOpen] = useState(false);
  return (
    <>
      <PageHeader
        title={t('menu.cases')}
        subtitle={t('cases.subtitle')}
        extra={
          can('case.create') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="case-create">
              {t('cases.create')}
            </Button>
          ) : null
        }
      />
      <Card>
        <CaseFilters value={params} onChange={setFilters} onReset={reset} />
        {list.isError ? (
          <ErrorResult error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <CaseTable
            items={list.data?.items ?? []}
            loading={list.isFetching}
            pagination={serverPagination(params, list.data?.total, setPage, (total) => t('common.total', { total }))}
          />
        )}
      </Card>
      <CaseIntakeDrawer open={open} onClose={() => setOpen(false)} />
    </>
  );
}
