import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api/client.ts';

export function useHomeSummary() {
  return useQuery({ queryKey: ['home', 'summary'], queryFn: () => api.get('/api/home/summary') });
}
