import { WorkerExportQuery } from '@shegong/contracts';
import { translate } from '@shegong/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { audit } from '../../platform/audit/audit.ts';
import { scopeOf } from '../../platform/authz/scope.ts';
import { buildWorkbook, xlsxHeaders } from '../../platform/excel/write-sheet.ts';
import { statusContext } from './worker-status.ts';
import { presentWorker } from './workers.present.ts';
import { listWorkers } from './workers.repository.ts';

/** The filtered register as Excel, with the same masking as the list (ID and mobile masked); audited. */
export async function workerExportRoutes(app: FastifyInstance): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/workers/export',
    {
      schema: {
        tags: ['workers'],
        summary: 'Export the filtered social-worker register to Excel (masked)',
        querystring: WorkerExportQuery,
      },
      config: { kind: 'export', auth: { permission: 'worker.export' } },
    },
    async (request, reply) => {
      const actor = request.actor!;
      const ctx = await statusContext();
      const page = await listWorkers(scopeOf(actor), ctx, { ...request.query, page: 1, pageSize: 100_000 });
      const rows = page.items.map((v) => presentWorker(v, actor, ctx));
      const t = (key: string) => translate(request.locale, key as Parameters<typeof translate>[1]);
      const buffer = await buildWorkbook(
        t('label.name'),
        [
          { header: t('label.name'), value: (w) => w.name },
          { header: t('label.idNumber'), width: 20, value: (w) => w.idNumberMasked },
          { header: t('label.gender'), value: (w) => t(`gender.${w.gender}`) },
          { header: t('label.birthDate'), width: 12, value: (w) => w.birthDate },
          { header: t('label.mobile'), width: 14, value: (w) => w.mobile },
          { header: t('label.education'), value: (w) => (w.education ? t(`education.${w.education}`) : '') },
          { header: t('label.organisationId'), width: 34, value: (w) => w.organisationName },
          { header: t('label.regionCode'), width: 14, value: (w) => w.regionName },
          { header: t('label.qualificationLevel'), width: 16, value: (w) => t(`qualificationLevel.${w.qualificationLevel ?? 'none'}`) },
          { header: t('label.certificateNo'), width: 16, value: (w) => w.certificateNo },
          { header: t('label.registrationNo'), width: 18, value: (w) => w.registration?.registrationNo ?? '' },
          { header: t('label.validUntil'), width: 12, value: (w) => w.registration?.validUntil ?? '' },
          { header: t('label.educationHours'), value: (w) => w.continuingEducation?.hours ?? '' },
        ],
        rows,
      );
      await audit({
        action: 'worker.export',
        objectType: 'worker',
        details: { rows: rows.length, filters: { ...request.query, q: request.query.q ? '(search)' : null } },
      });
      return reply.headers(xlsxHeaders('社工人才.xlsx')).send(buffer);
    },
  );
}
