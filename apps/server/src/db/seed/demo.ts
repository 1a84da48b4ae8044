import { usccCheckChar, uuidv7 } from '@shegong/core';
import { sql } from 'drizzle-orm';
import { insertOrganisation } from '../../modules/organisations/organisations.repository.ts';
import { insertStation } from '../../modules/stations/stations.repository.ts';
import { insertUser } from '../../modules/users/users.repository.ts';
import { audit } from '../../platform/audit/audit.ts';
import { hashPassword } from '../../platform/auth/password.ts';
import { pinyinColumns } from '../../platform/db/search.ts';
import { inTransaction, q } from '../../platform/db/tx.ts';
import { seedCasework } from './demo-casework.ts';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_STATIONS, DEMO_USERS } from './demo-data.ts';
import { seedProjects } from './demo-projects.ts';
import { seedRegistries } from './demo-registries.ts';
import { seedWorkforce } from './demo-workforce.ts';

export async function hasAnyUser(): Promise<boolean> {
  const result = await q().execute<{ n: number }>(sql`select count(*)::int as n from users`);
  return (result.rows[0]?.n ?? 0) > 0;
}

/** Creates the demo city's organisations, network and users in one transaction. */
export async function seedDemo(): Promise<Record<string, number>> {
  return inTransaction(async () => {
    const orgIds = new Map<string, string>();
    for (const org of DEMO_ORGANISATIONS) {
      const id = uuidv7();
      orgIds.set(org.key, id);
      const uscc = 'uscc' in org ? org.uscc : `${org.usccBody}${usccCheckChar(org.usccBody)}`;
      await insertOrganisation({
        id,
        name: org.name,
        ...pinyinColumns(org.name),
        uscc,
        usccChecksumOk: usccCheckChar(uscc.slice(0, 17)) === uscc[17],
        type: org.type,
        regionCode: org.regionCode,
        address: org.address,
        contactName: org.contactName,
        contactPhone: org.contactPhone,
      });
    }
    const stationIds = new Map<string, string>();
    const stations = new Map<string, { id: string; regionCode: string; organisationId: string }>();
    for (const s of DEMO_STATIONS) {
      const id = uuidv7();
      stationIds.set(s.key, id);
      stations.set(s.key, { id, regionCode: s.regionCode, organisationId: orgIds.get(s.org) as string });
      await insertStation({
        id,
        name: s.name,
        ...pinyinColumns(s.name),
        tier: s.tier,
        regionCode: s.regionCode,
        organisationId: orgIds.get(s.org) as string,
        parentId: s.parent ? (stationIds.get(s.parent) ?? null) : null,
        address: s.address,
        phone: s.phone,
        openedOn: s.openedOn,
      });
    }
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const userIds = new Map<string, string>();
    for (const u of DEMO_USERS) {
      const userId = uuidv7();
      userIds.set(u.username, userId);
      await insertUser(
        {
          id: userId,
          username: u.username,
          displayName: u.displayName,
          ...pinyinColumns(u.displayName),
          mobile: u.mobile,
          passwordHash,
          regionCode: u.regionCode,
          organisationId: u.org ? (orgIds.get(u.org) ?? null) : null,
        },
        u.roles,
      );
    }
    await seedRegistries(orgIds);
    const workforce = await seedWorkforce({ orgIds, stations, userIds });
    const casework = await seedCasework(stations, userIds.get('supervisor.wang'));
    const purchased = await seedProjects(stations);
    const counts = {
      users: DEMO_USERS.length,
      stations: DEMO_STATIONS.length,
      organisations: DEMO_ORGANISATIONS.length,
      ...workforce,
      ...casework,
      ...purchased,
    };
    await audit({ action: 'seed.demo', details: counts });
    return counts;
  });
}
