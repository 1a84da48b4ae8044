import {
  AnnualReport,
  AnnualReportCreate,
  AnnualReportParams,
  AnnualReportReview,
  CreditMark,
  CreditMarkCreate,
  ExpiringRating,
  ExpiringRatingsQuery,
  Grant,
  GrantCreate,
  IdParams,
  Rating,
  RatingCreate,
} from '@shegong/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { scopeOf } from '../../platform/authz/scope.ts';
import { getSettings } from '../../platform/settings.ts';
import {
  addCreditMark,
  addGrant,
  addRating,
  expiringRatings,
  listCreditMarks,
  listGrants,
  listRatings,
  listReports,
  reviewReport,
  submitReport,
} from './supervision.service.ts';

const tags = ['organisations'];
const read = { kind: 'record', auth: { permission: 'organisation.read', resource: 'organisation' } } as const;

/** Yearly reports, ratings, credit marks and grants of one organisation. */
export async function supervisionRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/organisations/ratings/expiring',
    {
      schema: {
        tags,
        summary: 'Ratings that expire within the warning period (or have expired)',
        querystring: ExpiringRatingsQuery,
        response: { 200: z.array(ExpiringRating) },
      },
      config: { kind: 'list', auth: { permission: 'organisation.read' } },
    },
    async (request) => expiringRatings(scopeOf(request.actor!), request.query.days ?? (await getSettings())['rating.warnDays']),
  );

  r.get(
    '/api/organisations/:id/annual-reports',
    { schema: { tags, summary: 'Yearly reports (年报)', params: IdParams, response: { 200: z.array(AnnualReport) } }, config: read },
    async (request) => listReports(request.params.id),
  );
  r.post(
    '/api/organisations/:id/annual-reports',
    {
      schema: { tags, summary: 'File the yearly report', params: IdParams, body: AnnualReportCreate, response: { 201: AnnualReport } },
      config: { auth: { permission: 'organisation.report', resource: 'organisation' } },
    },
    async (request, reply) => {
      reply.code(201);
      return submitReport(request.params.id, request.body);
    },
  );
  r.post(
    '/api/organisations/:id/annual-reports/:reportId/review',
    {
      schema: {
        tags,
        summary: 'Accept or return a yearly report',
        params: AnnualReportParams,
        body: AnnualReportReview,
        response: { 200: AnnualReport },
      },
      config: { auth: { permission: 'organisation.review', resource: 'organisation' } },
    },
    async (request) => reviewReport(request.params.id, request.params.reportId, request.body.decision, request.body.comment),
  );

  r.get(
    '/api/organisations/:id/ratings',
    { schema: { tags, summary: 'Ratings (等级评估)', params: IdParams, response: { 200: z.array(Rating) } }, config: read },
    async (request) => listRatings(request.params.id),
  );
  r.post(
    '/api/organisations/:id/ratings',
    {
      schema: {
        tags,
        summary: 'Record a rating: the grade follows the score and the cut-offs',
        params: IdParams,
        body: RatingCreate,
        response: { 201: Rating },
      },
      config: { auth: { permission: 'organisation.supervise', resource: 'organisation' } },
    },
    async (request, reply) => {
      reply.code(201);
      return addRating(request.params.id, request.body);
    },
  );

  r.get(
    '/api/organisations/:id/credit-marks',
    { schema: { tags, summary: 'Credit marks', params: IdParams, response: { 200: z.array(CreditMark) } }, config: read },
    async (request) => listCreditMarks(request.params.id),
  );
  r.post(
    '/api/organisations/:id/credit-marks',
    {
      schema: {
        tags,
        summary: 'Record a penalty, joint-discipline listing or commendation',
        params: IdParams,
        body: CreditMarkCreate,
        response: { 201: CreditMark },
      },
      config: { auth: { permission: 'organisation.supervise', resource: 'organisation' } },
    },
    async (request, reply) => {
      reply.code(201);
      return addCreditMark(request.params.id, request.body);
    },
  );

  r.get(
    '/api/organisations/:id/grants',
    { schema: { tags, summary: 'Grants such as the start-up subsidy', params: IdParams, response: { 200: z.array(Grant) } }, config: read },
    async (request) => listGrants(request.params.id),
  );
  r.post(
    '/api/organisations/:id/grants',
    {
      schema: { tags, summary: 'Record a grant', params: IdParams, body: GrantCreate, response: { 201: Grant } },
      config: { auth: { permission: 'organisation.supervise', resource: 'organisation' } },
    },
    async (request, reply) => {
      reply.code(201);
      return addGrant(request.params.id, request.body);
    },
  );
}
