import { LedgerPage, LedgerQuery, LedgerSummary, LedgerSummaryQuery } from '@shegong/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { audit } from '../../platform/audit/audit.ts';
import { narrowedScope } from '../../platform/authz/scope.ts';
import { listLedger } from './ledger.repository.ts';
import { categoryList, ledgerSummary, presentLine } from './ledger.service.ts';

const tags = ['ledger'];

export async function ledgerRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/ledger',
    {
      schema: {
        tags,
        summary: 'The service ledger (台账) in the caller’s scope: one line per service, names masked outside the serving organisation',
        querystring: LedgerQuery,
        response: { 200: LedgerPage },
      },
      config: { kind: 'list', auth: { permission: 'ledger.read' }, list: 'service_record' },
    },
    async (request) => {
      const actor = request.actor!;
      const { page, pageSize, ...filters } = request.query;
      const result = await listLedger(narrowedScope(actor, filters.regionCode), filters, { page, pageSize });
      const names = new Map((await categoryList(request.locale)).map((c) => [c.code, c.name]));
      // Lines name served people: every read is recorded (PIPL art. 28).
      await audit({
        action: 'ledger.list',
        objectType: 'service_record',
        details: { filters, page, count: result.items.length },
      });
      return { items: result.items.map((line) => presentLine(actor, line, names)), total: result.total, personTimes: result.personTimes };
    },
  );

  r.get(
    '/api/ledger/summary',
    {
      schema: {
        tags,
        summary: 'The output measures for the filters (default period: this year to today)',
        querystring: LedgerSummaryQuery,
        response: { 200: LedgerSummary },
      },
      config: { kind: 'aggregate', auth: { permission: 'ledger.read' } },
    },
    async (request) => ledgerSummary(request.actor!, request.query, request.locale),
  );
}
