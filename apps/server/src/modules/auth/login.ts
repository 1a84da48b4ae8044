import { isMobile } from '@shegong/core';
import { eq, or } from 'drizzle-orm';
import { users } from '../../db/schema/index.ts';
import { audit } from '../../platform/audit/audit.ts';
import { verifyDummy, verifyPassword } from '../../platform/auth/password.ts';
import { createSession } from '../../platform/auth/sessions.ts';
import { inTransaction, q } from '../../platform/db/tx.ts';
import { AppError } from '../../platform/http/errors.ts';
import { getSettings } from '../../platform/settings.ts';
import { recentFailures, recordAttempt } from './login-attempts.repository.ts';

export interface LoginInput {
  username: string;
  password: string;
  ip: string;
  userAgent?: string;
}

/**
 * Username or mobile number + password. Unknown names, wrong passwords and disabled
 * accounts get the same 401. Failures are counted per account, whichever of its names was
 * typed (a lock earned with the username holds for the mobile number too); a name that is no
 * account's is counted as itself, so it locks the same way and the 429 reveals nothing.
 */
export async function login(input: LoginInput): Promise<{ token: string; userId: string }> {
  const typed = input.username.trim().toLowerCase();
  const condition = isMobile(typed) ? or(eq(users.username, typed), eq(users.mobile, typed)) : eq(users.username, typed);
  const [user] = await q().select().from(users).where(condition).limit(1);
  const key = user ? `account:${user.id}` : `name:${typed}`;
  const config = await getSettings();
  const windowMs = config['auth.failureWindowMinutes'] * 60_000;
  const max = config['auth.maxFailures'];
  const failures = await recentFailures(key, new Date(Date.now() - windowMs), max);
  if (failures.length >= max) {
    const unlockAt = (failures[max - 1] as Date).getTime() + windowMs;
    const minutes = Math.max(1, Math.ceil((unlockAt - Date.now()) / 60_000));
    await audit({
      userId: user?.id,
      username: user?.username ?? typed,
      action: 'auth.login',
      result: 'denied',
      ip: input.ip,
      details: { reason: 'locked' },
    });
    throw new AppError(429, 'locked', 'error.locked', { minutes });
  }

  let isValid = false;
  if (user) isValid = await verifyPassword(user.passwordHash, input.password);
  else await verifyDummy(input.password);

  if (!user || !isValid || user.isDisabled) {
    await inTransaction(async () => {
      await recordAttempt(key, false, input.ip);
      await audit({
        userId: user?.id,
        username: user?.username ?? typed,
        action: 'auth.login',
        result: 'failed',
        ip: input.ip,
        details: { reason: !user ? 'unknown' : user.isDisabled ? 'disabled' : 'password' },
      });
    });
    throw new AppError(401, 'invalid_credentials', 'error.invalid_credentials');
  }

  return inTransaction(async () => {
    await recordAttempt(key, true, input.ip);
    await q().update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, user.id));
    const token = await createSession(user.id, input.ip, input.userAgent);
    await audit({ userId: user.id, username: user.username, action: 'auth.login', ip: input.ip });
    return { token, userId: user.id };
  });
}
