import type { ImportStatus } from '@shegong/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../app/api/client.ts';
import { downloadFile, uploadFile } from '../../app/api/transfer.ts';

/** Options are the kind's own upload parameters (e.g. the ledger's station), sent beside the kind. */
export function uploadImport(
  kind: string,
  file: File,
  onProgress: (percent: number) => void,
  options: Record<string, string> = {},
): Promise<ImportStatus> {
  return uploadFile('/api/imports', file, { query: { ...options, kind }, onProgress });
}

/** Polls every 500 ms while the server is still checking rows. */
export function useImportStatus(id: string | null) {
  return useQuery({
    queryKey: ['imports', id],
    queryFn: () => api.get('/api/imports/{id}', { params: { path: { id: id! } } }),
    enabled: Boolean(id),
    staleTime: 0,
    refetchInterval: (query) => (query.state.data?.status === 'parsing' || !query.state.data ? 500 : false),
  });
}

export function useCommitImport() {
  return useMutation({ mutationFn: (id: string) => api.post('/api/imports/{id}/commit', { params: { path: { id } } }) });
}

export function downloadTemplate(kind: string, name: string): Promise<void> {
  return downloadFile('/api/import-templates/{kind}', { path: { kind } }, `${name}.xlsx`);
}

export function downloadErrorRows(id: string, name: string): Promise<void> {
  return downloadFile('/api/imports/{id}/errors', { path: { id } }, `${name}.xlsx`);
}

/** Whether the server registers an import of this kind (a HEAD of its template: 404 when not). */
export function useImportAvailable(kind: string, enabled: boolean) {
  return useQuery({
    queryKey: ['imports', 'available', kind],
    queryFn: async () => (await fetch(`/api/import-templates/${kind}`, { method: 'HEAD', credentials: 'same-origin' })).ok,
    enabled,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}
