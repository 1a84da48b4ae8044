import { bigint, customType, index, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

/**
 * Uploaded evidence and documents, kept in the database so one backup holds everything.
 * Served only as downloads (Content-Disposition: attachment), never executed.
 */
export const files = pgTable(
  'files',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    mimeType: text('mime_type').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    sha256: varchar('sha256', { length: 64 }).notNull(),
    content: bytea('content').notNull(),
    /** What the file belongs to, for its scope: e.g. ('organisation', id). */
    ownerType: text('owner_type').notNull(),
    ownerId: uuid('owner_id').notNull(),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    organisationId: uuid('organisation_id'),
    uploadedBy: uuid('uploaded_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('files_owner_idx').on(t.ownerType, t.ownerId)],
);
