import { PlusOutlined } from '@ant-design/icons';
import type { UseQueryResult } from '@tanstack/react-query';
import { Button, Card } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useT } from '../i18n/i18n-context.tsx';
import { ErrorResult } from './error-result.tsx';
import { PageHeader } from './page-header.tsx';
import { serverPagination } from './use-list-params.ts';

/** What the page hands its table: the page of rows, whether it is loading, and server paging. */
export type ListTableProps<T> = { items: T[]; loading: boolean; pagination: ReturnType<typeof serverPagination> };

/** The page's main action, shown only when the caller may take it. */
export type CreateAction = { label: string; onClick: () => void; testId: string };

type Props<T> = {
  title: ReactNode;
  subtitle?: ReactNode;
  /** Buttons before the create button (import, export). */
  actions?: ReactNode;
  create?: CreateAction | false | null;
  /** Above the filters inside the card (the stations' tabs). */
  head?: ReactNode;
  filters?: ReactNode;
  list: UseQueryResult<{ items: T[]; total: number }>;
  paging: { page: number; pageSize: number };
  onPage: (page: number, pageSize: number) => void;
  table: (props: ListTableProps<T>) => ReactNode;
  cardBodyStyle?: CSSProperties;
  /** The drawers and modals the page opens. */
  children?: ReactNode;
};

/**
 * A list page: title and actions, then one card with the filter bar and the server-paged table
 * (or the error with a retry), then whatever the page opens.
 */
export function ListPage<T>({
  title,
  subtitle,
  actions,
  create,
  head,
  filters,
  list,
  paging,
  onPage,
  table,
  cardBodyStyle,
  children,
}: Props<T>) {
  const t = useT();
  const createButton = create ? (
    <Button type="primary" icon={<PlusOutlined />} onClick={create.onClick} data-testid={create.testId}>
      {create.label}
    </Button>
  ) : null;
  const extra =
    actions || createButton ? (
      <>
        {actions}
        {createButton}
      </>
    ) : null;
  return (
    <>
      <PageHeader title={title} subtitle={subtitle} extra={extra} />
      <Card styles={cardBodyStyle ? { body: cardBodyStyle } : undefined}>
        {head}
        {filters}
        {list.isError ? (
          <ErrorResult error={list.error} onRetry={() => list.refetch()} />
        ) : (
          table({
            items: list.data?.items ?? [],
            loading: list.isFetching,
            pagination: serverPagination(paging, list.data?.total, onPage, (total) => t('common.total', { total })),
          })
        )}
      </Card>
      {children}
    </>
  );
}
