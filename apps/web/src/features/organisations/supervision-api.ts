import type {
  AnnualReport,
  AnnualReportCreate,
  CreditMark,
  CreditMarkCreate,
  Grant,
  GrantCreate,
  Rating,
  RatingCreate,
} from '@shegong/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api/client.ts';

type Kinds = {
  'annual-reports': { item: AnnualReport; create: AnnualReportCreate };
  ratings: { item: Rating; create: RatingCreate };
  'credit-marks': { item: CreditMark; create: CreditMarkCreate };
  grants: { item: Grant; create: GrantCreate };
};
type Kind = keyof Kinds;

const list: { [K in Kind]: (id: string) => Promise<Kinds[K]['item'][]> } = {
  'annual-reports': (id) => api.get('/api/organisations/{id}/annual-reports', { params: { path: { id } } }),
  ratings: (id) => api.get('/api/organisations/{id}/ratings', { params: { path: { id } } }),
  'credit-marks': (id) => api.get('/api/organisations/{id}/credit-marks', { params: { path: { id } } }),
  grants: (id) => api.get('/api/organisations/{id}/grants', { params: { path: { id } } }),
};

const add: { [K in Kind]: (id: string, body: Kinds[K]['create']) => Promise<Kinds[K]['item']> } = {
  'annual-reports': (id, body) => api.post('/api/organisations/{id}/annual-reports', { params: { path: { id } }, body }),
  ratings: (id, body) => api.post('/api/organisations/{id}/ratings', { params: { path: { id } }, body }),
  'credit-marks': (id, body) => api.post('/api/organisations/{id}/credit-marks', { params: { path: { id } }, body }),
  grants: (id, body) => api.post('/api/organisations/{id}/grants', { params: { path: { id } }, body }),
};

/** Yearly reports, ratings, credit marks or grants of one organisation. */
export function useSupervision<K extends Kind>(organisationId: string, kind: K) {
  return useQuery({
    queryKey: ['organisations', 'supervision', organisationId, kind],
    queryFn: () => list[kind](organisationId),
  });
}

/** Adding one also refreshes the organisation (its current rating and credit marks show in the header and lists). */
export function useAddSupervision<K extends Kind>(organisationId: string, kind: K) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Kinds[K]['create']) => add[kind](organisationId, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['organisations'] }),
  });
}

export function useReviewReport(organisationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ reportId, decision, comment }: { reportId: string; decision: 'accept' | 'return'; comment?: string }) =>
      api.post('/api/organisations/{id}/annual-reports/{reportId}/review', {
        params: { path: { id: organisationId, reportId } },
        body: comment ? { decision, comment } : { decision },
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['organisations', 'supervision', organisationId] }),
  });
}
