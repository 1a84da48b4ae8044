import { Dashboard, DashboardExportQuery, DashboardQuery } from '@shegong/contracts';
import { translate } from '@shegong/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { audit } from '../../platform/audit/audit.ts';
import { buildWorkbook, xlsxHeaders } from '../../platform/excel/write-sheet.ts';
import { buildDashboard } from './dashboards.service.ts';

const tags = ['dashboards'];

export async function dashboardRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/dashboards',
    {
      schema: {
        tags,
        summary: 'City, district, town or station dashboard for a year, from the ledger rollups; drill down with regionCode or stationId',
        querystring: DashboardQuery,
        response: { 200: Dashboard },
      },
      config: { kind: 'aggregate', auth: { permission: 'dashboard.read' } },
    },
    async (request) => buildDashboard(request.actor!, { ...request.query, locale: request.locale }),
  );

  r.get(
    '/api/dashboards/export',
    {
      schema: {
        tags,
        summary: 'One chart of a dashboard as an Excel sheet',
        querystring: DashboardExportQuery,
      },
      config: { kind: 'export', auth: { permission: 'dashboard.read' } },
    },
    async (request, reply) => {
      const { chart, ...query } = request.query;
      const dashboard = await buildDashboard(request.actor!, { ...query, locale: request.locale });
      const t = (key: string) => translate(request.locale, key as Parameters<typeof translate>[1]);
      const rows = dashboard[chart === 'projects' ? 'projects' : chart];
      const data: Record<string, unknown>[] = (
        chart === 'projects' ? dashboard.projects.items : (rows as Record<string, unknown>[])
      ) as Record<string, unknown>[];
      const keys = Object.keys(data[0] ?? { empty: '' });
      const columns = keys.map((key) => ({
        header: key,
        width: 18,
        value: (row: Record<string, unknown>) => row[key] as string | number | null,
      }));
      const buffer = await buildWorkbook(chart, columns, data, `${dashboard.scope.name} ${dashboard.year} — ${t(`dashboard.${chart}`)}`);
      await audit({
        action: 'dashboard.export',
        details: { chart, ...query },
      });
      return reply.headers(xlsxHeaders(`${dashboard.scope.name}-${chart}-${dashboard.year}.xlsx`)).send(buffer);
    },
  );
}
