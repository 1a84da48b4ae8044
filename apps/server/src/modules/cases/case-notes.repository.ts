import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { caseNotes, cases, socialWorkers } from '../../db/schema/index.ts';
import { q } from '../../platform/db/tx.ts';

export type CaseNoteRow = typeof caseNotes.$inferSelect;
export type CaseNoteInsert = typeof caseNotes.$inferInsert;

/** A note with where its case sits (scope) and the case's stage (what may still change). */
export interface CaseNoteRecord extends CaseNoteRow {
  regionCode: string;
  organisationId: string;
  caseStage: string;
}

export async function findCaseNote(id: string): Promise<CaseNoteRecord | null> {
  const [row] = await q()
    .select({ note: caseNotes, regionCode: cases.regionCode, organisationId: cases.organisationId, caseStage: cases.stage })
    .from(caseNotes)
    .innerJoin(cases, eq(cases.id, caseNotes.caseId))
    .where(eq(caseNotes.id, id));
  return row ? { ...row.note, regionCode: row.regionCode, organisationId: row.organisationId, caseStage: row.caseStage } : null;
}

export async function listCaseNotes(caseId: string): Promise<CaseNoteRow[]> {
  return q().select().from(caseNotes).where(eq(caseNotes.caseId, caseId)).orderBy(asc(caseNotes.occurredOn), asc(caseNotes.id));
}

export async function countCaseNotes(caseId: string): Promise<number> {
  const [row] = await q().select({ n: sql<number>`count(*)::int` }).from(caseNotes).where(eq(caseNotes.caseId, caseId));
  return row?.n ?? 0;
}

export async function insertCaseNote(values: CaseNoteInsert): Promise<void> {
  await q().insert(caseNotes).values(values);
}

export async function updateCaseNote(id: string, version: number, values: Partial<CaseNoteInsert>): Promise<boolean> {
  const rows = await q()
    .update(caseNotes)
    .set({ ...values, version: version + 1, updatedAt: new Date() })
    .where(and(eq(caseNotes.id, id), eq(caseNotes.version, version)))
    .returning({ id: caseNotes.id });
  return rows.length === 1;
}

export async function deleteCaseNote(id: string, version: number): Promise<boolean> {
  const rows = await q()
    .delete(caseNotes)
    .where(and(eq(caseNotes.id, id), eq(caseNotes.version, version)))
    .returning({ id: caseNotes.id });
  return rows.length === 1;
}

/** A note if it is a visit or service, with its author's social-worker record (who delivered it). */
export async function deliveredService(noteId: string) {
  const [row] = await q()
    .select({
      kind: caseNotes.kind,
      occurredOn: caseNotes.occurredOn,
      serviceType: caseNotes.serviceType,
      authorWorkerId: socialWorkers.id,
    })
    .from(caseNotes)
    .leftJoin(socialWorkers, eq(socialWorkers.userId, caseNotes.authorUserId))
    .where(and(eq(caseNotes.id, noteId), inArray(caseNotes.kind, ['visit', 'service'])));
  return row ?? null;
}
