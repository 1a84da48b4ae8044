import { asc, desc, eq } from 'drizzle-orm';
import { educationRecords } from '../../db/schema/index.ts';
import { q } from '../../platform/db/tx.ts';

export type EducationRow = typeof educationRecords.$inferSelect;
export type EducationInsert = typeof educationRecords.$inferInsert;

export async function insertEducationRecord(values: EducationInsert): Promise<EducationRow> {
  const [row] = await q().insert(educationRecords).values(values).returning();
  return row as EducationRow;
}

export function listEducationRecords(workerId: string): Promise<EducationRow[]> {
  return q()
    .select()
    .from(educationRecords)
    .where(eq(educationRecords.workerId, workerId))
    .orderBy(desc(educationRecords.takenOn), asc(educationRecords.id));
}

/** The record an attended enrolment created (at most one: enrolment_id is unique). */
export async function findRecordOfEnrolment(enrolmentId: string): Promise<EducationRow | null> {
  const [row] = await q().select().from(educationRecords).where(eq(educationRecords.enrolmentId, enrolmentId));
  return row ?? null;
}

export async function updateRecordHours(id: string, hours: string): Promise<void> {
  await q().update(educationRecords).set({ hours }).where(eq(educationRecords.id, id));
}

export async function deleteRecordOfEnrolment(enrolmentId: string): Promise<boolean> {
  const rows = await q()
    .delete(educationRecords)
    .where(eq(educationRecords.enrolmentId, enrolmentId))
    .returning({ id: educationRecords.id });
  return rows.length > 0;
}
