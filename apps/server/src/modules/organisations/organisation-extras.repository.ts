import { and, desc, eq, gte, inArray, isNull, or } from 'drizzle-orm';
import { files, organisationCreditMarks, organisationRatings } from '../../db/schema/index.ts';
import { q } from '../../platform/db/tx.ts';

export type RatingRow = typeof organisationRatings.$inferSelect;
export type CreditMarkRow = typeof organisationCreditMarks.$inferSelect;

export interface OrganisationExtras {
  rating: RatingRow | null;
  marks: CreditMarkRow[];
  documents: { id: string; name: string; size: number }[];
}

/** Latest rating, active credit marks and documents for a page of organisations, in three queries. */
export async function loadExtras(ids: string[], documentIds: string[], today: string): Promise<Map<string, OrganisationExtras>> {
  const result = new Map<string, OrganisationExtras>(ids.map((id) => [id, { rating: null, marks: [], documents: [] }]));
  if (ids.length === 0) return result;
  const ratings = await q()
    .select()
    .from(organisationRatings)
    .where(inArray(organisationRatings.organisationId, ids))
    .orderBy(desc(organisationRatings.ratedOn), desc(organisationRatings.createdAt));
  for (const rating of ratings) {
    const entry = result.get(rating.organisationId);
    if (entry && !entry.rating) entry.rating = rating;
  }
  const marks = await q()
    .select()
    .from(organisationCreditMarks)
    .where(
      and(
        inArray(organisationCreditMarks.organisationId, ids),
        or(isNull(organisationCreditMarks.expiresOn), gte(organisationCreditMarks.expiresOn, today)),
      ),
    )
    .orderBy(desc(organisationCreditMarks.issuedOn));
  for (const mark of marks) result.get(mark.organisationId)?.marks.push(mark);
  if (documentIds.length > 0) {
    const docs = await q()
      .select({ id: files.id, name: files.name, size: files.size, ownerId: files.ownerId })
      .from(files)
      .where(and(inArray(files.id, documentIds), eq(files.ownerType, 'organisation')));
    for (const doc of docs) result.get(doc.ownerId)?.documents.push({ id: doc.id, name: doc.name, size: doc.size });
  }
  return result;
}
