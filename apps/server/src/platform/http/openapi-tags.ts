/**
 * The tags of the API document, in the order the docs list them. Redocly's
 * `operation-tag-defined` rule (on in redocly.yaml) fails the lint when a route uses a tag
 * that is not declared here.
 */
export const OPENAPI_TAGS: { name: string; description: string }[] = [
  { name: 'health', description: 'Liveness of the server and its database engine.' },
  { name: 'auth', description: 'Sign-in with username or mobile, sessions, the signed-in user and own password.' },
  { name: 'home', description: 'The home page: counts and coverage of the caller’s area.' },
  { name: 'regions', description: 'The region tree of the city (市 → 区 → 镇街 → 村居), 12-digit codes.' },
  { name: 'organisations', description: 'Social-work organisations: filing (备案), yearly reports, ratings 1A–5A, credit marks, grants.' },
  { name: 'files', description: 'Uploads attached to a record (evidence, photos, signed forms), served only as attachments.' },
  { name: 'imports', description: 'Excel imports: upload, preview with per-row problems, commit, error workbook, templates.' },
  { name: 'groups', description: 'Group work (小组): phases, members, sessions and the evaluation.' },
  { name: 'activities', description: 'Community activities (社区活动) with participants, headcounts and photos.' },
  { name: 'ledger', description: 'The service ledger (台账): one line per service delivered, its measures and the Excel export.' },
  { name: 'catalogue', description: 'The yearly project catalogue (项目目录) of purchasable services.' },
  { name: 'projects', description: 'Purchased service projects: contracts, targets, progress, pace and spending.' },
  { name: 'dashboards', description: 'City, district, town and station dashboards from the ledger rollups.' },
  { name: 'workers', description: 'Social workers: the register, continuing education, ID reveal and the Excel export.' },
  { name: 'statistics', description: 'Workforce statistics and the resident population used for per-capita figures.' },
  { name: 'stations', description: 'Stations (社工站) and service points (社工室) and the coverage of the three-tier network.' },
  { name: 'staffing', description: 'Posts at stations and the assignment of a worker to each community (一社区一社工).' },
  { name: 'presence', description: 'Check-ins of workers in their communities and weekly compliance.' },
  { name: 'users', description: 'User accounts with roles bound to a region and an organisation.' },
  { name: 'registrations', description: 'Registration of social workers: first review (初审), final review (终审), issue (出证).' },
  { name: 'trainings', description: 'Training programmes, enrolments and attendance.' },
  { name: 'clients', description: 'Client files (一人一档): categories, household, consents, timeline, reveal and merge.' },
  { name: 'cases', description: 'Casework from intake to closure with supervisor sign-off, and case notes.' },
  { name: 'referrals', description: 'Referrals (转介) of a case to another station.' },
  { name: 'tasks', description: 'What a worker or a supervisor has to do today.' },
  { name: 'audit', description: 'The append-only, hash-chained audit trail and its verification.' },
  { name: 'settings', description: 'Platform settings (defaults merged with overrides).' },
];
