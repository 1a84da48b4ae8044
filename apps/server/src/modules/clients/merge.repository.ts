import { type SQL, sql } from 'drizzle-orm';
import { q } from '../../platform/db/tx.ts';

/**
 * Moving a person's history from one file to the other, table by table, inside the merge's
 * transaction. Tables keyed by (thing, client) keep one row when both files were on it.
 */
function movesOf(from: string, to: string): [string, SQL][] {
  const keyed = (table: string, key: string): SQL[] => [
    sql`update ${sql.identifier(table)} m set client_id = ${to} where m.client_id = ${from} and not exists
      (select 1 from ${sql.identifier(table)} o where o.${sql.identifier(key)} = m.${sql.identifier(key)} and o.client_id = ${to})`,
    sql`delete from ${sql.identifier(table)} where client_id = ${from}`,
  ];
  const [members, membersLeft] = keyed('group_members', 'group_id');
  const [attendance, attendanceLeft] = keyed('group_attendance', 'session_id');
  const [participants, participantsLeft] = keyed('activity_participants', 'activity_id');
  return [
    ['cases', sql`update cases set client_id = ${to} where client_id = ${from}`],
    ['referrals', sql`update referrals set client_id = ${to} where client_id = ${from}`],
    ['group_members', members as SQL],
    ['group_members_duplicate', membersLeft as SQL],
    ['group_attendance', attendance as SQL],
    ['group_attendance_duplicate', attendanceLeft as SQL],
    ['activity_participants', participants as SQL],
    ['activity_participants_duplicate', participantsLeft as SQL],
    // Both files on one session or activity counted the person twice: the ledger keeps one row.
    [
      'service_records_duplicate',
      sql`delete from service_records r where r.client_id = ${from} and r.source_id is not null and exists
        (select 1 from service_records o where o.client_id = ${to} and o.source_id = r.source_id and o.kind = r.kind and o.served_on = r.served_on)`,
    ],
    // The rollup trigger moves the person-month counts with the rows.
    ['service_records', sql`update service_records set client_id = ${to} where client_id = ${from}`],
    ['household_members', sql`update household_members set client_id = ${to} where client_id = ${from}`],
    ['household_links', sql`update household_members set linked_client_id = ${to} where linked_client_id = ${from}`],
    ['client_category_holdings', sql`update client_category_holdings set client_id = ${to} where client_id = ${from}`],
    ['client_consents', sql`update client_consents set client_id = ${to} where client_id = ${from}`],
    [
      'client_shares_upgraded',
      sql`update client_shares o set access = 'full' where o.client_id = ${to} and o.access <> 'full' and exists
        (select 1 from client_shares s where s.client_id = ${from} and s.organisation_id = o.organisation_id and s.access = 'full')`,
    ],
    [
      'client_shares',
      sql`update client_shares s set client_id = ${to} where s.client_id = ${from} and not exists
        (select 1 from client_shares o where o.client_id = ${to} and o.organisation_id = s.organisation_id)`,
    ],
    ['client_shares_duplicate', sql`delete from client_shares where client_id = ${from}`],
    ['files', sql`update files set owner_id = ${to} where owner_type = 'client' and owner_id = ${from}`],
    ['merged_files', sql`update clients set merged_into_id = ${to} where merged_into_id = ${from}`],
  ];
}

const HANDLED = new Set([
  'cases',
  'referrals',
  'group_members',
  'group_attendance',
  'activity_participants',
  'household_members',
  'client_category_holdings',
  'client_consents',
  'client_shares',
]);

/** Tables added later with a foreign key to clients are moved too, so no reference is left behind. */
async function otherReferences(): Promise<{ table: string; column: string }[]> {
  const result = await q().execute<{ table: string; column: string }>(sql`
    select c.conrelid::regclass::text as "table", a.attname as "column"
    from pg_constraint c join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any(c.conkey)
    where c.contype = 'f' and c.confrelid = 'clients'::regclass`);
  return result.rows.filter((r) => !HANDLED.has(r.table.replace(/^public\./, '').replace(/"/g, '')));
}

export async function moveReferences(from: string, to: string): Promise<Record<string, number>> {
  const moved: Record<string, number> = {};
  for (const [label, statement] of movesOf(from, to)) {
    const result = await q().execute(statement);
    if (result.rowCount) moved[label] = result.rowCount;
  }
  for (const { table, column } of await otherReferences()) {
    const name = table.replace(/^public\./, '').replace(/"/g, '');
    const result = await q().execute(
      sql`update ${sql.identifier(name)} set ${sql.identifier(column)} = ${to} where ${sql.identifier(column)} = ${from}`,
    );
    if (result.rowCount) moved[name] = (moved[name] ?? 0) + result.rowCount;
  }
  return moved;
}

/** Both files locked in a fixed order, so two merges of the same files wait for each other. */
export async function lockClients(ids: string[]): Promise<{ id: string; status: string }[]> {
  const sorted = [...ids].sort();
  const result = await q().execute<{ id: string; status: string }>(
    sql`select id, status from clients where id in (${sql.join(
      sorted.map((id) => sql`${id}`),
      sql`, `,
    )}) order by id for update`,
  );
  return result.rows;
}

/** The organisation whose file was merged away keeps serving the person on the surviving file. */
export async function shareWith(clientId: string, organisationId: string, regionCode: string, id: string): Promise<void> {
  await q().execute(sql`insert into client_shares (id, client_id, organisation_id, region_code, access)
    values (${id}, ${clientId}, ${organisationId}, ${regionCode}, 'full')
    on conflict (client_id, organisation_id) do update set access = 'full'`);
}
