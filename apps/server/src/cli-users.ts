import { UserCreate, zPassword } from '@shegong/contracts';
import { type Role, uuidv7 } from '@shegong/core';
import { eq } from 'drizzle-orm';
import { users } from './db/schema/index.ts';
import { findRegion } from './modules/regions/regions.repository.ts';
import { insertUser } from './modules/users/users.repository.ts';
import { audit } from './platform/audit/audit.ts';
import { hashPassword } from './platform/auth/password.ts';
import { endAllSessions } from './platform/auth/sessions.ts';
import { pinyinColumns } from './platform/db/search.ts';
import { inTransaction, q } from './platform/db/tx.ts';

type Values = Record<string, string | string[] | boolean | undefined>;

function problems(issues: { path: PropertyKey[]; message: string }[]): string {
  return issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
}

/** The operator's way to create the first administrator; no grant checks, but full validation. */
export async function createUserCommand(values: Values, log: (line: string) => void): Promise<number> {
  const parsed = UserCreate.safeParse({
    username: values.username,
    password: values.password,
    displayName: values.name ?? values.username,
    mobile: values.mobile,
    regionCode: values.region,
    organisationId: values.org,
    roles: values.role,
  });
  if (!parsed.success) {
    console.error(`Invalid user:\n${problems(parsed.error.issues)}`);
    return 2;
  }
  const input = parsed.data;
  if (!(await findRegion(input.regionCode))) {
    console.error(`Unknown region ${input.regionCode}; run "shegong migrate" first`);
    return 2;
  }
  const id = uuidv7();
  await inTransaction(async () => {
    await insertUser(
      {
        id,
        username: input.username.toLowerCase(),
        displayName: input.displayName,
        ...pinyinColumns(input.displayName),
        mobile: input.mobile ?? null,
        passwordHash: await hashPassword(input.password),
        regionCode: input.regionCode,
        organisationId: input.organisationId ?? null,
      },
      input.roles as Role[],
    );
    await audit({
      username: 'cli',
      action: 'user.create',
      objectType: 'user',
      objectId: id,
      details: { username: input.username, roles: input.roles },
    });
  });
  log(`created user ${input.username} (${id})`);
  return 0;
}

export async function resetPasswordCommand(values: Values, log: (line: string) => void): Promise<number> {
  const password = zPassword.safeParse(values.password);
  if (typeof values.username !== 'string' || !password.success) {
    console.error('Usage: shegong user reset-password --username U --password P (8+ characters, three character classes)');
    return 2;
  }
  const [user] = await q().select().from(users).where(eq(users.username, values.username.toLowerCase()));
  if (!user) {
    console.error(`No user ${values.username}`);
    return 1;
  }
  await inTransaction(async () => {
    await q()
      .update(users)
      .set({ passwordHash: await hashPassword(password.data), passwordChangeRequired: true, updatedAt: new Date() })
      .where(eq(users.id, user.id));
    await endAllSessions(user.id);
    await audit({ username: 'cli', action: 'user.reset_password', objectType: 'user', objectId: user.id });
  });
  log(`password reset for ${user.username}; it must be changed at next sign-in`);
  return 0;
}
