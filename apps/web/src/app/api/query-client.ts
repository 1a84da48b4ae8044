import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './client.ts';

export const ME_KEY = ['auth', 'me'] as const;

function isClientError(error: unknown): boolean {
  return error instanceof ApiError && error.status >= 400 && error.status < 500;
}

/** A 401 from any call ends the session locally, so the router sends the user to the login page. */
function onError(error: unknown): void {
  if (error instanceof ApiError && error.status === 401 && queryClient.getQueryData(ME_KEY)) {
    queryClient.setQueryData(ME_KEY, null);
  }
}

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (count, error) => !isClientError(error) && count < 2,
    },
    mutations: { retry: false },
  },
});
