import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { settings as settingsTable } from '../../db/schema/index.ts';
import { audit } from '../../platform/audit/audit.ts';
import { q } from '../../platform/db/tx.ts';
import { clearSettingsCache, getSettings, SettingsPatch, SettingsSchema } from '../../platform/settings.ts';

const tags = ['settings'];

export async function settingsRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/settings',
    {
      schema: { tags, summary: 'Platform settings (defaults merged with overrides)', response: { 200: SettingsSchema } },
      config: { kind: 'aggregate', auth: { permission: 'settings.read' } },
    },
    async () => getSettings(),
  );

  r.patch(
    '/api/settings',
    {
      schema: { tags, summary: 'Change settings', body: SettingsPatch, response: { 200: SettingsSchema } },
      config: { auth: { permission: 'settings.update' } },
    },
    async (request) => {
      const actor = request.actor!;
      for (const [key, value] of Object.entries(request.body)) {
        await q()
          .insert(settingsTable)
          .values({ key, value, updatedBy: actor.userId })
          .onConflictDoUpdate({ target: settingsTable.key, set: { value, updatedAt: new Date(), updatedBy: actor.userId } });
      }
      clearSettingsCache();
      await audit({
        action: 'settings.update',
        objectType: 'settings',
        details: request.body,
      });
      return getSettings();
    },
  );
}
