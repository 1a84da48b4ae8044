export interface Paging {
  page: number;
  pageSize: number;
}

export function offsetOf(paging: Paging): number {
  return (paging.page - 1) * paging.pageSize;
}
