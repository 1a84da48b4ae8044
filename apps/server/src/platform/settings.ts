import { z } from 'zod';
import { settings as settingsTable } from '../db/schema/index.ts';
import { q } from './db/tx.ts';

/** Values the policy texts leave to each city. Defaults here; overrides in the settings table. */
export const SettingsSchema = z.strictObject({
  'auth.maxFailures': z.int().min(1).max(100),
  'auth.failureWindowMinutes': z.int().min(1).max(1440),
  'auth.loginsPerIpPerMinute': z.int().min(1).max(10_000),
  'session.idleMinutes': z.int().min(1).max(1440),
  'session.absoluteHours': z.int().min(1).max(168),
  'registration.validityYears': z.int().min(1).max(10),
  'registration.renewalWindowMonths': z.int().min(1).max(24),
  'education.requiredHours.assistant': z.number().min(0).max(1000),
  'education.requiredHours.intermediate': z.number().min(0).max(1000),
  'education.requiredHours.senior': z.number().min(0).max(1000),
  'education.warnMonths': z.int().min(1).max(36),
  'rating.validityYears': z.int().min(1).max(10),
  'rating.cutoffs': z.strictObject({ '5A': z.int(), '4A': z.int(), '3A': z.int(), '2A': z.int(), '1A': z.int() }),
  'rating.warnDays': z.int().min(1).max(730),
  'presence.requiredDaysPerWeek': z.int().min(1).max(7),
  'case.reviewIntervalDays': z.strictObject({
    high: z.int().min(1).max(365),
    medium: z.int().min(1).max(365),
    low: z.int().min(1).max(365),
  }),
  'statistics.organisationsPerCountyTarget': z.int().min(0).max(1000),
  'catalogue.dropAfterYears': z.int().min(1).max(10),
  'project.personnelMinShare': z.number().min(0).max(1),
  'project.paceTolerance': z.number().min(0).max(1),
  'client.identityLookupsPerHour': z.int().min(1).max(10000),
  'import.maxUnpackedMb': z.int().min(1).max(2000),
  'import.maxRows': z.int().min(10).max(1_048_576),
});
export const SettingsPatch = SettingsSchema.partial().meta({
  examples: [{ 'auth.maxFailures': 5, 'session.idleMinutes': 20, 'presence.requiredDaysPerWeek': 3 }],
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  'auth.maxFailures': 5,
  'auth.failureWindowMinutes': 15,
  // Sign-in attempts from one address per minute, whatever the names (an office behind one NAT stays well below).
  'auth.loginsPerIpPerMinute': 60,
  'session.idleMinutes': 30,
  'session.absoluteHours': 12,
  // 民发〔2009〕44号: registration valid 3 years, renewal in the 3 months before expiry.
  'registration.validityYears': 3,
  'registration.renewalWindowMonths': 3,
  // 民发〔2009〕123号: continuing education per 3-year period.
  'education.requiredHours.assistant': 72,
  'education.requiredHours.intermediate': 90,
  'education.requiredHours.senior': 90,
  'education.warnMonths': 6,
  'rating.validityYears': 5,
  'rating.cutoffs': { '5A': 900, '4A': 800, '3A': 700, '2A': 600, '1A': 500 },
  'rating.warnDays': 180,
  // 一社区一社工: at least 3 days a week in the community (Guangzhou).
  'presence.requiredDaysPerWeek': 3,
  // Days from a case visit to the next review, by risk level (a high-risk client is seen monthly).
  'case.reviewIntervalDays': { high: 30, medium: 60, low: 90 },
  // Fujian's target: at least 5 social-work organisations per county.
  'statistics.organisationsPerCountyTarget': 5,
  // Catalogue items not bought within 2 years drop out (Guangzhou practice).
  'catalogue.dropAfterYears': 2,
  // Guangzhou since 2018: personnel at least 65 % of a station's spending.
  'project.personnelMinShare': 0.65,
  // A target is behind pace when delivery trails elapsed time by more than this share.
  'project.paceTolerance': 0.1,
  // Distinct ID numbers a user may find held by another organisation in an hour, before lookups are refused and the supervisor alerted.
  'client.identityLookupsPerHour': 20,
  // An Excel import may unpack to this much XML (a 20 MB upload of a zip bomb would otherwise inflate to gigabytes)…
  'import.maxUnpackedMb': 100,
  // …and hold values up to this row (a station's yearly ledger is some tens of thousands of lines).
  'import.maxRows': 100_000,
};

let cache: { value: Settings; at: number } | null = null;
const TTL_MS = 10_000;

/** Cached for a few seconds so requests do not read the table each time; several servers converge quickly. */
export async function getSettings(): Promise<Settings> {
  if (cache && Date.now() - cache.at < TTL_MS) return cache.value;
  const rows = await q().select().from(settingsTable);
  const overrides = Object.fromEntries(rows.filter((r) => r.key in DEFAULT_SETTINGS).map((r) => [r.key, r.value]));
  const parsed = SettingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...overrides });
  const value = parsed.success ? parsed.data : DEFAULT_SETTINGS;
  cache = { value, at: Date.now() };
  return value;
}

export function clearSettingsCache(): void {
  cache = null;
}
