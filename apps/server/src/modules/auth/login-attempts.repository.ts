import { and, desc, eq, gt } from 'drizzle-orm';
import { loginAttempts } from '../../db/schema/index.ts';
import { q } from '../../platform/db/tx.ts';

export async function recordAttempt(usernameKey: string, isSuccess: boolean, ip: string): Promise<void> {
  await q().insert(loginAttempts).values({ usernameKey, isSuccess, ip });
}

/** Failures since the last success within the window, newest first. */
export async function recentFailures(usernameKey: string, since: Date, limit: number): Promise<Date[]> {
  const [lastSuccess] = await q()
    .select({ at: loginAttempts.at })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.usernameKey, usernameKey), eq(loginAttempts.isSuccess, true), gt(loginAttempts.at, since)))
    .orderBy(desc(loginAttempts.at))
    .limit(1);
  const from = lastSuccess && lastSuccess.at > since ? lastSuccess.at : since;
  const rows = await q()
    .select({ at: loginAttempts.at })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.usernameKey, usernameKey), eq(loginAttempts.isSuccess, false), gt(loginAttempts.at, from)))
    .orderBy(desc(loginAttempts.at))
    .limit(limit);
  return rows.map((r) => r.at);
}
