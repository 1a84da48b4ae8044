import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';

export type ListParams<K extends string> = { page: number; pageSize: number } & Partial<Record<K, string>>;

/**
 * List filters and paging kept in the URL, so a filtered list can be linked, reloaded and
 * navigated back to. Changing a filter returns to page 1.
 */
export function useListParams<K extends string>(keys: readonly K[], defaultPageSize = 20) {
  const [search, setSearch] = useSearchParams();
  const keyList = keys.join(',');

  const params = useMemo(() => {
    const out: Record<string, string | number> = {
      page: Math.max(1, Number(search.get('page')) || 1),
      pageSize: Math.min(200, Number(search.get('pageSize')) || defaultPageSize),
    };
    for (const key of keyList.split(',')) {
      const value = search.get(key);
      if (value) out[key] = value;
    }
    return out as ListParams<K>;
  }, [search, keyList, defaultPageSize]);

  const setFilters = useCallback(
    (changes: Partial<Record<K, string | undefined | null>>) => {
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
