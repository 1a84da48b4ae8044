import { LedgerExportQuery } from '@shegong/contracts';
import { translate } from '@shegong/core';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { regions, stations } from '../../db/schema/index.ts';
import { audit } from '../../platform/audit/audit.ts';
import type { Scope } from '../../platform/authz/scope.ts';
import { narrowedScope } from '../../platform/authz/scope.ts';
import { q } from '../../platform/db/tx.ts';
import { xlsxHeaders } from '../../platform/excel/write-sheet.ts';
import { fieldError } from '../../platform/http/errors.ts';
import { countLedger, ledgerInDateOrder } from './ledger.repository.ts';
import { categoryList } from './ledger.service.ts';
import { streamLedgerWorkbook } from './ledger-workbook.ts';

/** Ledger lines one export may hold (a tests' hook lowers it). */
export const exportLimits = { lines: 1_048_576 - 3 };

/** "南华西街社工站" when one station is asked for, else the region the scope covers. */
async function ledgerOwnerName(scope: Scope, stationId: string | undefined): Promise<string> {
  if (stationId) {
    const [station] = await q().select({ name: stations.name }).from(stations).where(eq(stations.id, stationId));
    if (station) return station.name;
  }
  const [region] = await q()
    .select({ name: regions.name })
    .from(regions)
    .where(eq(regions.code, scope.regionPrefix.padEnd(12, '0')));
  return region?.name ?? '';
}

/** The filtered ledger as Excel, masked per role by the ledger's one masking rule, audited with filters and row count. */
export async function ledgerExportRoutes(app: FastifyInstance): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/ledger/export',
    {
      schema: {
        tags: ['ledger'],
        summary: 'Export the filtered ledger to Excel (title row, the usual 台账 columns, 合计), streamed',
        querystring: LedgerExportQuery,
      },
      config: { kind: 'export', auth: { permission: 'ledger.export' } },
    },
    async (request, reply) => {
      const actor = request.actor!;
      const locale = request.locale;
      const filters = request.query;
      const scope = narrowedScope(actor, filters.regionCode);
      const counts = await countLedger(scope, filters);
      // A sheet holds 1,048,576 rows: the title, header and total take three.
      if (counts.rows > exportLimits.lines) {
        throw fieldError('from', 'field.export_too_large', { rows: counts.rows, limit: exportLimits.lines });
      }
      await audit({
        action: 'ledger.export',
        objectType: 'service_record',
        details: { filters, rows: counts.rows, personTimes: counts.personTimes },
      });
      const { from, to } = filters;
      const period = translate(locale, from && to ? 'ledger.period' : from ? 'ledger.since' : to ? 'ledger.until' : 'ledger.all_dates', {
        from,
        to,
      });
      const title = translate(locale, 'ledger.title', { scope: await ledgerOwnerName(scope, filters.stationId), period });
      const categoryNames = new Map((await categoryList(locale)).map((c) => [c.code, c.name]));
      const stream = streamLedgerWorkbook({ actor, locale, title, categoryNames, batches: ledgerInDateOrder(scope, filters) });
      const fileName = `${translate(locale, 'ledger.sheet')}${filters.from ? `-${filters.from}` : ''}${filters.to ? `-${filters.to}` : ''}.xlsx`;
      return reply.headers(xlsxHeaders(fileName)).send(stream);
    },
  );
}
