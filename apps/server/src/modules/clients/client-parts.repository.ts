import { and, asc, desc, eq } from 'drizzle-orm';
import { clientCategories, clientCategoryHoldings, clientConsents, files, householdMembers } from '../../db/schema/index.ts';
import { q } from '../../platform/db/tx.ts';

/** The parts of a file: category holdings, household members and consents. */
export type HoldingRow = typeof clientCategoryHoldings.$inferSelect;
export type HoldingInsert = typeof clientCategoryHoldings.$inferInsert;
export type MemberRow = typeof householdMembers.$inferSelect;
export type MemberInsert = typeof householdMembers.$inferInsert;
export type ConsentRow = typeof clientConsents.$inferSelect;
export type ConsentInsert = typeof clientConsents.$inferInsert;
export type CategoryRow = typeof clientCategories.$inferSelect;

export async function listCategories(): Promise<CategoryRow[]> {
  return q().select().from(clientCategories).orderBy(asc(clientCategories.sortOrder), asc(clientCategories.code));
}

export async function holdingsOf(clientId: string): Promise<(HoldingRow & { nameZh: string; nameEn: string })[]> {
  const rows = await q()
    .select({ holding: clientCategoryHoldings, nameZh: clientCategories.nameZh, nameEn: clientCategories.nameEn })
    .from(clientCategoryHoldings)
    .innerJoin(clientCategories, eq(clientCategories.code, clientCategoryHoldings.categoryCode))
    .where(eq(clientCategoryHoldings.clientId, clientId))
    .orderBy(desc(clientCategoryHoldings.effectiveFrom), asc(clientCategoryHoldings.id));
  return rows.map((r) => ({ ...r.holding, nameZh: r.nameZh, nameEn: r.nameEn }));
}

export async function findHolding(clientId: string, id: string): Promise<HoldingRow | null> {
  const [row] = await q()
    .select()
    .from(clientCategoryHoldings)
    .where(and(eq(clientCategoryHoldings.id, id), eq(clientCategoryHoldings.clientId, clientId)));
  return row ?? null;
}

export async function insertHoldings(values: HoldingInsert[]): Promise<void> {
  if (values.length > 0) await q().insert(clientCategoryHoldings).values(values);
}

export async function updateHolding(id: string, values: Partial<HoldingInsert>): Promise<void> {
  await q().update(clientCategoryHoldings).set(values).where(eq(clientCategoryHoldings.id, id));
}

export async function householdOf(clientId: string): Promise<MemberRow[]> {
  return q()
    .select()
    .from(householdMembers)
    .where(eq(householdMembers.clientId, clientId))
    .orderBy(asc(householdMembers.createdAt), asc(householdMembers.id));
}

export async function insertMembers(values: MemberInsert[]): Promise<void> {
  if (values.length > 0) await q().insert(householdMembers).values(values);
}

export async function deleteMember(clientId: string, id: string): Promise<MemberRow | null> {
  const [row] = await q()
    .delete(householdMembers)
    .where(and(eq(householdMembers.id, id), eq(householdMembers.clientId, clientId)))
    .returning();
  return row ?? null;
}

export async function consentsOf(clientId: string): Promise<ConsentRow[]> {
  return q()
    .select()
    .from(clientConsents)
    .where(eq(clientConsents.clientId, clientId))
    .orderBy(desc(clientConsents.givenOn), asc(clientConsents.id));
}

export async function findConsent(clientId: string, id: string): Promise<ConsentRow | null> {
  const [row] = await q()
    .select()
    .from(clientConsents)
    .where(and(eq(clientConsents.id, id), eq(clientConsents.clientId, clientId)));
  return row ?? null;
}

export async function insertConsent(values: ConsentInsert): Promise<void> {
  await q().insert(clientConsents).values(values);
}

export async function withdrawConsentRow(id: string, withdrawnOn: string): Promise<void> {
  await q().update(clientConsents).set({ withdrawnOn }).where(eq(clientConsents.id, id));
}

/** Whether an uploaded file belongs to this client (evidence and consent forms must). */
export async function isClientFile(clientId: string, fileId: string): Promise<boolean> {
  const [row] = await q()
    .select({ id: files.id })
    .from(files)
    .where(and(eq(files.id, fileId), eq(files.ownerType, 'client'), eq(files.ownerId, clientId)));
  return row !== undefined;
}
