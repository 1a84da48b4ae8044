import type { FastifyInstance } from 'fastify';
import { activityRoutes } from './activities/activities.routes.ts';
import { auditRoutes } from './audit/audit.routes.ts';
import { authRoutes } from './auth/auth.routes.ts';
import { caseNoteRoutes } from './cases/case-notes.routes.ts';
import { caseStepRoutes } from './cases/case-steps.routes.ts';
import { caseRoutes } from './cases/cases.routes.ts';
import { catalogueRoutes } from './catalogue/catalogue.routes.ts';
import { clientHistoryRoutes } from './clients/client-history.routes.ts';
import { clientPartRoutes } from './clients/client-parts.routes.ts';
import { clientRoutes } from './clients/clients.routes.ts';
import { lookupAlertRoutes } from './clients/lookup-alerts.routes.ts';
import { dashboardRoutes } from './dashboards/dashboards.routes.ts';
import { fileRoutes } from './files/files.routes.ts';
import { groupSessionRoutes } from './groups/group-sessions.routes.ts';
import { groupRoutes } from './groups/groups.routes.ts';
import { healthRoutes } from './health/health.routes.ts';
import { homeRoutes } from './home/home.routes.ts';
import { importRoutes } from './imports/imports.routes.ts';
import { ledgerExportRoutes } from './ledger/ledger-export.routes.ts';
import { referralRoutes } from './referrals/referrals.routes.ts';
import { shareRequestRoutes } from './share-requests/share-requests.routes.ts';
import { taskRoutes } from './tasks/tasks.routes.ts';
import './ledger/ledger-import.ts';
import { ledgerRoutes } from './ledger/ledger.routes.ts';
import { filingRoutes } from './organisations/filing.routes.ts';
import { organisationExportRoutes } from './organisations/organisation-export.routes.ts';
import { projectRoutes } from './projects/projects.routes.ts';
import { statisticsRoutes } from './statistics/statistics.routes.ts';
import { workerExportRoutes } from './workers/worker-export.routes.ts';
import './organisations/organisation-import.ts';
import './workers/worker-import.ts';
import { organisationRoutes } from './organisations/organisations.routes.ts';
import { supervisionRoutes } from './organisations/supervision.routes.ts';
import { presenceRoutes } from './presence/presence.routes.ts';
import { regionRoutes } from './regions/regions.routes.ts';
import { registrationRoutes } from './registrations/registrations.routes.ts';
import { settingsRoutes } from './settings/settings.routes.ts';
import { staffingRoutes } from './staffing/staffing.routes.ts';
import { stationRoutes } from './stations/stations.routes.ts';
import { enrolmentRoutes } from './trainings/enrolments.routes.ts';
import { trainingRoutes } from './trainings/trainings.routes.ts';
import { userRoutes } from './users/users.routes.ts';
import { educationRoutes } from './workers/education.routes.ts';
import { workerRoutes } from './workers/workers.routes.ts';

/** Every domain module registers its routes here; the route registry enforces their policies. */
export async function registerModules(app: FastifyInstance): Promise<void> {
  for (const routes of [
    healthRoutes,
    authRoutes,
    homeRoutes,
    regionRoutes,
    organisationRoutes,
    filingRoutes,
    supervisionRoutes,
    fileRoutes,
    importRoutes,
    groupRoutes,
    groupSessionRoutes,
    activityRoutes,
    ledgerRoutes,
    ledgerExportRoutes,
    catalogueRoutes,
    projectRoutes,
    dashboardRoutes,
    workerExportRoutes,
    statisticsRoutes,
    organisationExportRoutes,
    stationRoutes,
    staffingRoutes,
    presenceRoutes,
    userRoutes,
    workerRoutes,
    educationRoutes,
    registrationRoutes,
    trainingRoutes,
    enrolmentRoutes,
    clientRoutes,
    clientPartRoutes,
    clientHistoryRoutes,
    shareRequestRoutes,
    lookupAlertRoutes,
    caseRoutes,
    caseStepRoutes,
    caseNoteRoutes,
    referralRoutes,
    taskRoutes,
    auditRoutes,
    settingsRoutes,
  ]) {
    await app.register(routes);
  }
}
