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

/** Yearly reports, ratings, credit marks or grants of one organisation. */
export function useSupervision<K extends keyof Kinds>(organisationId: string, kind: K) {
  return useQuery({
    queryKey: ['organisations', 'supervision', organisationId, kind],
    queryFn: () => api.get<Kinds[K]['item'][]>(`/organisations/${organisationId}/${kind}`),
  });
}

/** Adding one also refreshes the organisation (its current rating and credit marks show in the header and lists). */
export function useAddSupervision<K extends keyof Kinds>(organisationId: string, kind: K) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Kinds[K]['create']) => api.post<Kinds[K]['item']>(`/organisations/${organisationId}/${kind}`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['organisations'] }),
  });
}

export function useReviewReport(organisationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ reportId, decision, comment }: { reportId: string; decision: 'accept' | 'return'; comment?: string }) =>
      api.post<AnnualReport>(
        `/organisations/${organisationId}/annual-reports/${reportId}/review`,
        comment ? { decision, comment } : { decision },
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['organisations', 'supervision', organisationId] }),
  });
}
