import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  BookOutlined,
  CalendarOutlined,
  CarryOutOutlined,
  ContactsOutlined,
  DashboardOutlined,
  EnvironmentOutlined,
  FileDoneOutlined,
  FolderOpenOutlined,
  FundProjectionScreenOutlined,
  IdcardOutlined,
  ProfileOutlined,
  ProjectOutlined,
  ReadOutlined,
  ShareAltOutlined,
  SmileOutlined,
  SolutionOutlined,
  SwapOutlined,
  TeamOutlined,
  UsergroupAddOutlined,
  UserSwitchOutlined,
} from '@ant-design/icons';
import type { Permission } from '@shegong/core';
import type { MenuProps } from 'antd';
import type { ReactNode } from 'react';
import type { TFunction, TKey } from '../i18n/i18n-context.tsx';

type MenuEntry = {
  path: string;
  label: TKey;
  icon: ReactNode;
  testId: string;
  /** Shown with this permission (or any of these). */
  permission?: Permission | readonly Permission[];
  /** Breadcrumb of a record opened below the entry (/workers/:id). */
  detail?: TKey;
};
type MenuGroup = { label?: TKey; entries: MenuEntry[] };

/** The one route → menu → permission table; the menu shows what `Me.permissions` allows. */
export const MENU: MenuGroup[] = [
  { entries: [{ path: '/', label: 'menu.home', icon: <DashboardOutlined />, testId: 'menu-home', permission: 'home.read' }] },
  {
    label: 'menu.groupCasework',
    entries: [
      // The social worker's home; supervisors find their sign-offs there too.
      {
        path: '/today',
        label: 'menu.today',
        icon: <CarryOutOutlined />,
        testId: 'menu-today',
        permission: ['case.update', 'case.approve'],
      },
      {
        path: '/clients',
        label: 'menu.clients',
        icon: <ContactsOutlined />,
        testId: 'menu-clients',
        permission: 'client.read',
        detail: 'clients.detail',
      },
      {
        path: '/cases',
        label: 'menu.cases',
        icon: <FolderOpenOutlined />,
        testId: 'menu-cases',
        permission: 'case.read',
        detail: 'cases.detail',
      },
      { path: '/referrals', label: 'menu.referrals', icon: <SwapOutlined />, testId: 'menu-referrals', permission: 'referral.respond' },
      {
        path: '/clients/share-requests',
        label: 'menu.shareRequests',
        icon: <ShareAltOutlined />,
        testId: 'menu-share-requests',
        permission: 'client.create',
      },
      {
        path: '/groups',
        label: 'menu.groups',
        icon: <UsergroupAddOutlined />,
        testId: 'menu-groups',
        permission: 'group.read',
        detail: 'groups.detail',
      },
      { path: '/activities', label: 'menu.activities', icon: <SmileOutlined />, testId: 'menu-activities', permission: 'activity.read' },
      { path: '/ledger', label: 'menu.ledger', icon: <ProfileOutlined />, testId: 'menu-ledger', permission: 'ledger.read' },
    ],
  },
  {
    label: 'menu.groupNetwork',
    entries: [
      { path: '/regions', label: 'menu.regions', icon: <ApartmentOutlined />, testId: 'menu-regions', permission: 'region.read' },
      {
        path: '/stations',
        label: 'menu.stations',
        icon: <EnvironmentOutlined />,
        testId: 'menu-stations',
        permission: 'station.read',
        detail: 'stations.detail',
      },
      {
        path: '/organisations',
        label: 'menu.organisations',
        icon: <BankOutlined />,
        testId: 'menu-organisations',
        permission: 'organisation.read',
        detail: 'organisation.detail',
      },
      {
        path: '/organisations/review',
        label: 'menu.filingReview',
        icon: <FileDoneOutlined />,
        testId: 'menu-filing-review',
        permission: 'organisation.review',
      },
    ],
  },
  {
    label: 'menu.groupWorkforce',
    entries: [
      {
        path: '/workers',
        label: 'menu.workers',
        icon: <SolutionOutlined />,
        testId: 'menu-workers',
        permission: 'worker.read',
        detail: 'workers.detail',
      },
      { path: '/trainings', label: 'menu.trainings', icon: <ReadOutlined />, testId: 'menu-trainings', permission: 'training.read' },
      {
        path: '/presence/checkin',
        label: 'menu.checkin',
        icon: <UserSwitchOutlined />,
        testId: 'menu-checkin',
        permission: 'presence.checkin',
      },
      {
        path: '/presence/weekly',
        label: 'menu.presence',
        icon: <CalendarOutlined />,
        testId: 'menu-presence',
        permission: 'presence.read',
      },
    ],
  },
  {
    label: 'menu.groupProjects',
    entries: [
      { path: '/catalogue', label: 'menu.catalogue', icon: <BookOutlined />, testId: 'menu-catalogue', permission: 'catalogue.read' },
      {
        path: '/projects',
        label: 'menu.projects',
        icon: <ProjectOutlined />,
        testId: 'menu-projects',
        permission: 'project.read',
        detail: 'projects.detail',
      },
    ],
  },
  {
    label: 'menu.groupDashboards',
    entries: [
      {
        path: '/dashboards',
        label: 'menu.dashboards',
        icon: <FundProjectionScreenOutlined />,
        testId: 'menu-dashboards',
        permission: 'dashboard.read',
      },
    ],
  },
  {
    label: 'menu.groupStatistics',
    entries: [
      {
        path: '/statistics',
        label: 'menu.statistics',
        icon: <BarChartOutlined />,
        testId: 'menu-statistics',
        permission: 'statistics.read',
      },
    ],
  },
  {
    label: 'menu.groupSystem',
    entries: [
      { path: '/users', label: 'menu.users', icon: <TeamOutlined />, testId: 'menu-users', permission: 'user.read' },
      { path: '/audit', label: 'menu.audit', icon: <AuditOutlined />, testId: 'menu-audit', permission: 'audit.read' },
      { path: '/profile', label: 'menu.profile', icon: <IdcardOutlined />, testId: 'menu-profile' },
    ],
  },
];

type MenuItems = NonNullable<MenuProps['items']>;

export function menuItems(t: TFunction, can: (p: Permission) => boolean): MenuItems {
  const items: MenuItems = [];
  for (const group of MENU) {
    const entries = group.entries
      .filter((e) => !e.permission || (typeof e.permission === 'string' ? can(e.permission) : e.permission.some(can)))
      .map((e) => ({ key: e.path, icon: e.icon, label: <span data-testid={e.testId}>{t(e.label)}</span> }));
    if (entries.length === 0) continue;
    if (group.label) items.push({ type: 'group', key: group.label, label: t(group.label), children: entries });
    else items.push(...entries);
  }
  return items;
}

/** The menu entry a path belongs to: the longest matching prefix (/stations/coverage → /stations). */
export function selectedMenuKey(pathname: string): string {
  const paths = MENU.flatMap((g) => g.entries.map((e) => e.path)).filter((p) => p !== '/');
  const match = paths.filter((p) => pathname === p || pathname.startsWith(`${p}/`)).sort((a, b) => b.length - a.length)[0];
  return match ?? '/';
}

/** Breadcrumb labels for a path, menu group first. */
export function crumbsOf(pathname: string): TKey[] {
  const key = selectedMenuKey(pathname);
  for (const group of MENU) {
    const entry = group.entries.find((e) => e.path === key);
    if (!entry) continue;
    const crumbs: TKey[] = group.label ? [group.label, entry.label] : [entry.label];
    if (pathname === '/stations/coverage') crumbs.push('stations.tabCoverage');
    else if (entry.detail && pathname.startsWith(`${key}/`)) crumbs.push(entry.detail);
    return crumbs;
  }
  return [];
}
