import { SERVICE_KINDS } from '@shegong/core';
import { z } from 'zod';
import { zDate, zId, zRegionCode } from './common.ts';

/** The service ledger (服务台账) and the output measures computed from it. */

const filters = {
  from: zDate.optional(),
  to: zDate.optional(),
  stationId: zId.optional(),
  /** A client_categories code: rows of people holding it on the service date. */
  category: z.string().trim().min(1).max(40).optional(),
  kind: z.enum(SERVICE_KINDS).optional(),
  /** Narrows the caller's scope to a district, town or community. */
  regionCode: zRegionCode.optional(),
};

const periodInOrder = (q: { from?: string; to?: string }) => !q.from || !q.to || q.from <= q.to;
const periodIssue = { error: 'field.period_order', path: ['to'] };

export const LedgerExportQuery = z.strictObject(filters).refine(periodInOrder, periodIssue);
export type LedgerExportQuery = z.infer<typeof LedgerExportQuery>;

export const LedgerQuery = z
  .strictObject({
    ...filters,
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(20),
  })
  .refine(periodInOrder, periodIssue);
export type LedgerQuery = z.infer<typeof LedgerQuery>;

export const LedgerSummaryQuery = z
  .strictObject({
    from: filters.from,
    to: filters.to,
    stationId: filters.stationId,
    category: filters.category,
    regionCode: filters.regionCode,
  })
  .refine(periodInOrder, periodIssue);
export type LedgerSummaryQuery = z.infer<typeof LedgerSummaryQuery>;

/** One ledger line. Names are real only for the serving organisation's staff; ID and mobile are always masked. */
export const LedgerEntry = z.object({
  id: z.string(),
  servedOn: z.string(),
  kind: z.enum(SERVICE_KINDS),
  /** Null for an unnamed headcount line. */
  clientId: z.string().nullable(),
  name: z.string().nullable(),
  gender: z.enum(['male', 'female']).nullable(),
  /** Whole years on the service date. */
  age: z.int().nullable(),
  idNumber: z.string().nullable(),
  mobile: z.string().nullable(),
  regionCode: z.string(),
  communityName: z.string().nullable(),
  categories: z.array(z.object({ code: z.string(), name: z.string() })),
  serviceType: z.string().nullable(),
  content: z.string().nullable(),
  personTimes: z.int(),
  workerName: z.string().nullable(),
  stationId: z.string(),
  stationName: z.string(),
  sourceId: z.string().nullable(),
});
export type LedgerEntry = z.infer<typeof LedgerEntry>;

export const LedgerPage = z.object({ items: z.array(LedgerEntry), total: z.int(), personTimes: z.int() });

export const LedgerSummary = z.object({
  from: z.string(),
  to: z.string(),
  casesOpened: z.int(),
  casesActive: z.int(),
  caseVisits: z.int(),
  groupSessions: z.int(),
  activities: z.int(),
  personTimes: z.int(),
  peopleServed: z.int(),
  /** Every active category, with the distinct people served while holding it. */
  peopleByCategory: z.array(z.object({ code: z.string(), name: z.string(), people: z.int() })),
});
export type LedgerSummary = z.infer<typeof LedgerSummary>;

/** Upload options of the ledger import: the station whose ledger the file is. */
export const LedgerImportOptions = z.strictObject({ stationId: zId });
