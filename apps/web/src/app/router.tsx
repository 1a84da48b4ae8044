import type { Permission } from '@shegong/core';
import { type ComponentType, lazy, type ReactNode, Suspense } from 'react';
import { createBrowserRouter } from 'react-router-dom';
import { RequireAuth } from './auth/require-auth.tsx';
import { RequirePermission } from './auth/require-permission.tsx';
import { NotFoundPage } from './components/status-pages.tsx';
import { AdminLayout } from './layout/admin-layout.tsx';

/** Each page is its own chunk, so a worker on a phone only downloads what it opens. */
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const LoginPage = page(() => import('../features/auth/login-page.tsx'), 'LoginPage');
const HomePage = page(() => import('../features/home/home-page.tsx'), 'HomePage');
const RegionsPage = page(() => import('../features/regions/regions-page.tsx'), 'RegionsPage');
const StationsPage = page(() => import('../features/stations/stations-page.tsx'), 'StationsPage');
const CoveragePage = page(() => import('../features/stations/coverage-page.tsx'), 'CoveragePage');
const StationDetailPage = page(() => import('../features/stations/station-detail-page.tsx'), 'StationDetailPage');
const OrganisationsPage = page(() => import('../features/organisations/organisations-page.tsx'), 'OrganisationsPage');
const OrganisationDetailPage = page(() => import('../features/organisations/organisation-detail-page.tsx'), 'OrganisationDetailPage');
const FilingReviewPage = page(() => import('../features/organisations/filing-review-page.tsx'), 'FilingReviewPage');
const WorkersPage = page(() => import('../features/workers/workers-page.tsx'), 'WorkersPage');
const WorkerDetailPage = page(() => import('../features/workers/worker-detail-page.tsx'), 'WorkerDetailPage');
const TrainingsPage = page(() => import('../features/trainings/trainings-page.tsx'), 'TrainingsPage');
const CheckinPage = page(() => import('../features/presence/checkin-page.tsx'), 'CheckinPage');
const WeeklyPage = page(() => import('../features/presence/weekly-page.tsx'), 'WeeklyPage');
const StatisticsPage = page(() => import('../features/statistics/statistics-page.tsx'), 'StatisticsPage');
const CataloguePage = page(() => import('../features/catalogue/catalogue-page.tsx'), 'CataloguePage');
const ProjectsPage = page(() => import('../features/projects/projects-page.tsx'), 'ProjectsPage');
const ProjectDetailPage = page(() => import('../features/projects/project-detail-page.tsx'), 'ProjectDetailPage');
const DashboardPage = page(() => import('../features/dashboards/dashboard-page.tsx'), 'DashboardPage');
const BigScreenPage = page(() => import('../features/dashboards/screen/big-screen-page.tsx'), 'BigScreenPage');
const TodayPage = page(() => import('../features/tasks/today-page.tsx'), 'TodayPage');
const ClientsPage = page(() => import('../features/clients/clients-page.tsx'), 'ClientsPage');
const ClientFilePage = page(() => import('../features/clients/client-file-page.tsx'), 'ClientFilePage');
const ClientPrintPage = page(() => import('../features/clients/client-print-page.tsx'), 'ClientPrintPage');
const ShareRequestsPage = page(() => import('../features/clients/share-requests-page.tsx'), 'ShareRequestsPage');
const CasesPage = page(() => import('../features/cases/cases-page.tsx'), 'CasesPage');
const CasePage = page(() => import('../features/cases/case-page.tsx'), 'CasePage');
const ReferralsPage = page(() => import('../features/cases/referrals-page.tsx'), 'ReferralsPage');
const GroupsPage = page(() => import('../features/groups/groups-page.tsx'), 'GroupsPage');
const GroupPage = page(() => import('../features/groups/group-page.tsx'), 'GroupPage');
const ActivitiesPage = page(() => import('../features/activities/activities-page.tsx'), 'ActivitiesPage');
const LedgerPage = page(() => import('../features/ledger/ledger-page.tsx'), 'LedgerPage');
const UsersPage = page(() => import('../features/users/users-page.tsx'), 'UsersPage');
const AuditPage = page(() => import('../features/audit/audit-page.tsx'), 'AuditPage');
const ProfilePage = page(() => import('../features/profile/profile-page.tsx'), 'ProfilePage');

function guarded(element: ReactNode, permission?: Permission): ReactNode {
  return <RequirePermission permission={permission}>{element}</RequirePermission>;
}

export const router = createBrowserRouter([
  {
    path: '/login',
    element: (
      <Suspense fallback={null}>
        <LoginPage />
      </Suspense>
    ),
  },
  {
    // 大屏: the wall display, full screen without the admin layout.
    path: '/dashboards/screen',
    element: (
      <RequireAuth>
        <Suspense fallback={null}>{guarded(<BigScreenPage />, 'dashboard.read')}</Suspense>
      </RequireAuth>
    ),
  },
  {
    // 一人一档 on A4: printed without the admin layout.
    path: '/clients/:id/print',
    element: (
      <RequireAuth>
        <Suspense fallback={null}>{guarded(<ClientPrintPage />, 'client.read')}</Suspense>
      </RequireAuth>
    ),
  },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AdminLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: guarded(<HomePage />, 'home.read') },
      { path: 'regions', element: guarded(<RegionsPage />, 'region.read') },
      { path: 'stations', element: guarded(<StationsPage />, 'station.read') },
      { path: 'stations/coverage', element: guarded(<CoveragePage />, 'coverage.read') },
      { path: 'stations/:id', element: guarded(<StationDetailPage />, 'station.read') },
      { path: 'organisations', element: guarded(<OrganisationsPage />, 'organisation.read') },
      { path: 'organisations/review', element: guarded(<FilingReviewPage />, 'organisation.review') },
      { path: 'organisations/:id', element: guarded(<OrganisationDetailPage />, 'organisation.read') },
      { path: 'workers', element: guarded(<WorkersPage />, 'worker.read') },
      { path: 'workers/:id', element: guarded(<WorkerDetailPage />, 'worker.read') },
      { path: 'trainings', element: guarded(<TrainingsPage />, 'training.read') },
      { path: 'presence/checkin', element: guarded(<CheckinPage />, 'presence.checkin') },
      { path: 'presence/weekly', element: guarded(<WeeklyPage />, 'presence.read') },
      { path: 'statistics', element: guarded(<StatisticsPage />, 'statistics.read') },
      { path: 'catalogue', element: guarded(<CataloguePage />, 'catalogue.read') },
      { path: 'projects', element: guarded(<ProjectsPage />, 'project.read') },
      { path: 'projects/:id', element: guarded(<ProjectDetailPage />, 'project.read') },
      { path: 'dashboards', element: guarded(<DashboardPage />, 'dashboard.read') },
      { path: 'today', element: guarded(<TodayPage />, 'case.read') },
      { path: 'clients', element: guarded(<ClientsPage />, 'client.read') },
      { path: 'clients/share-requests', element: guarded(<ShareRequestsPage />, 'client.create') },
      { path: 'clients/:id', element: guarded(<ClientFilePage />, 'client.read') },
      { path: 'cases', element: guarded(<CasesPage />, 'case.read') },
      { path: 'cases/:id', element: guarded(<CasePage />, 'case.read') },
      { path: 'referrals', element: guarded(<ReferralsPage />, 'case.read') },
      { path: 'groups', element: guarded(<GroupsPage />, 'group.read') },
      { path: 'groups/:id', element: guarded(<GroupPage />, 'group.read') },
      { path: 'activities', element: guarded(<ActivitiesPage />, 'activity.read') },
      { path: 'ledger', element: guarded(<LedgerPage />, 'ledger.read') },
      { path: 'users', element: guarded(<UsersPage />, 'user.read') },
      { path: 'audit', element: guarded(<AuditPage />, 'audit.read') },
      { path: 'profile', element: <ProfilePage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
