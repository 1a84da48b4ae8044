import { OrganisationExportQuery } from '@shegong/contracts';
import { maskMobile, translate } from '@shegong/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { audit } from '../../platform/audit/audit.ts';
import { scopeOf } from '../../platform/authz/scope.ts';
import { buildWorkbook, xlsxHeaders } from '../../platform/excel/write-sheet.ts';
import { listOrganisations } from './organisations.repository.ts';
import { presentOrganisations } from './organisations.service.ts';

const MAX_ROWS = 100_000;

/** The filtered list as Excel: contact mobiles masked unless the exporter may edit the organisation; audited. */
export async function organisationExportRoutes(app: FastifyInstance): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/organisations/export',
    {
      schema: { tags: ['organisations'], summary: 'Export the filtered organisation list to Excel', querystring: OrganisationExportQuery },
      config: { kind: 'export', auth: { permission: 'organisation.export' } },
    },
    async (request, reply) => {
      const actor = request.actor!;
      const locale = request.locale;
      const page = await listOrganisations(scopeOf(actor), { ...request.query, page: 1, pageSize: MAX_ROWS });
      const rows = await presentOrganisations(page.items, actor, locale);
      const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
      const buffer = await buildWorkbook(
        t('label.name'),
        [
          { header: t('label.name'), width: 36, value: (o) => o.name },
          { header: t('label.uscc'), width: 22, value: (o) => o.uscc },
          { header: t('label.type'), width: 22, value: (o) => t(`orgType.${o.type}`) },
          { header: t('label.regionCode'), width: 16, value: (o) => o.regionName },
          { header: t('label.address'), width: 30, value: (o) => o.address },
          { header: t('label.legalRepresentative'), value: (o) => o.legalRepresentative },
          { header: t('label.contactName'), value: (o) => o.contactName },
          {
            header: t('label.contactPhone'),
            width: 14,
            value: (o) => (o.allowedActions.includes('update') ? o.contactPhone : maskMobile(o.contactPhone)),
          },
          { header: t('label.filingStatus'), value: (o) => t(`filing.${o.filingStatus}`) },
          { header: t('label.grade'), value: (o) => o.rating?.grade ?? '' },
          { header: t('label.ratingValidUntil'), width: 14, value: (o) => o.rating?.validUntil ?? '' },
          { header: t('label.stationCount'), value: (o) => o.stationCount },
        ],
        rows,
      );
      await audit({
        action: 'organisation.export',
        objectType: 'organisation',
        details: { rows: rows.length, filters: request.query },
      });
      return reply.headers(xlsxHeaders('社工机构.xlsx')).send(buffer);
    },
  );
}
