import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';

type Issue = { path: PropertyKey[] };
/**
 * The part of a contracts list-query schema (a zod object) the list pages need: its fields and
 * its parse. The server validates the same query with the same schema.
 */
export type ListQuerySchema<T> = {
  shape: Record<string, unknown>;
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: Issue[] } };
};

/** The typed query a list-query schema parses to (for the schemas that export no type of their own). */
export type ListQueryOf<S> = S extends ListQuerySchema<infer T> ? T : never;

/** What a filter bar may change: any filter but the paging, as the URL holds it. */
export type FilterChanges<T> = Partial<Record<Exclude<keyof T, 'page' | 'pageSize'>, string | number | null | undefined>>;

/**
 * The URL's values read with the list-query schema, so they are typed as the server reads them
 * (numbers as numbers, enums as enums). A value the server would refuse (a hand-edited link) is
 * dropped rather than failing the whole list.
 */
export function parseListQuery<T>(schema: ListQuerySchema<T>, search: URLSearchParams): T {
  const raw: Record<string, string> = {};
  for (const key of Object.keys(schema.shape)) {
    const value = search.get(key);
    if (value) raw[key] = value;
  }
  for (;;) {
    const result = schema.safeParse(raw);
    if (result.success) return result.data;
    const bad = result.error.issues.map((issue) => String(issue.path[0] ?? '')).filter((key) => key in raw);
    if (bad.length === 0) break;
    for (const key of bad) delete raw[key];
  }
  const empty = schema.safeParse({});
  if (!empty.success) throw new Error('a list-query schema must accept an empty query');
  return empty.data;
}

/**
 * List filters and paging kept in the URL, so a filtered list can be linked, reloaded and
 * navigated back to. Changing a filter returns to page 1. The schema is the list route's query
 * schema from @shegong/contracts, which also gives the default page size.
 */
export function useListParams<T extends { page: number; pageSize: number }>(schema: ListQuerySchema<T>) {
  const [search, setSearch] = useSearchParams();

  const params = useMemo(() => parseListQuery(schema, search), [schema, search]);

  const setFilters = useCallback(
    (changes: FilterChanges<T>) => {
      setSearch((prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(changes)) {
          if (value === undefined || value === null || value === '') next.delete(key);
          else next.set(key, String(value));
        }
        next.delete('page');
        return next;
      });
    },
    [setSearch],
  );

  const setPage = useCallback(
    (page: number, pageSize: number) => {
      setSearch((prev) => {
        const next = new URLSearchParams(prev);
        next.set('page', String(page));
        next.set('pageSize', String(pageSize));
        return next;
      });
    },
    [setSearch],
  );

  const reset = useCallback(() => setSearch(new URLSearchParams()), [setSearch]);

  return { params, setFilters, setPage, reset };
}

/** antd Table pagination wired to server-side paging. */
export function serverPagination(
  params: { page: number; pageSize: number },
  total: number | undefined,
  onChange: (page: number, pageSize: number) => void,
  totalLabel: (total: number) => string,
) {
  return {
    current: params.page,
    pageSize: params.pageSize,
    total: total ?? 0,
    showSizeChanger: true,
    pageSizeOptions: [10, 20, 50, 100],
    showTotal: totalLabel,
    onChange,
  };
}
