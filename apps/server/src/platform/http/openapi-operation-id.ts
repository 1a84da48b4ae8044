/**
 * A readable camelCase operationId derived from the method and path, so a generated client
 * can name its methods and a new route is named without anyone remembering to:
 *
 *   GET /api/stations → listStations          GET /api/stations/{id} → getStation
 *   POST /api/stations → createStation        PATCH /api/stations/{id} → updateStation
 *   POST /api/organisations/{id}/filing/approve → approveOrganisationFiling
 *   GET /api/ledger/export → exportLedger     POST /api/cases/{id}/assessment → submitCaseAssessment
 *
 * Where the derivation reads badly, `OPERATION_IDS` names the operation (keyed by
 * `METHOD /api/path/{param}`); a route's own `schema.operationId` wins over both.
 */

/** A last path segment that is a verb acting on what precedes it. */
const VERBS = new Set([
  'accept',
  'advance',
  'approve',
  'commit',
  'decline',
  'end',
  'export',
  'issue',
  'leave',
  'merge',
  'reject',
  'reopen',
  'return',
  'reset',
  'reveal',
  'review',
  'submit',
  'verify',
  'withdraw',
]);

/** Words that end in s but name one thing. */
const SINGULAR_WORDS = new Set(['settings', 'statistics', 'progress']);

export const OPERATION_IDS: Readonly<Record<string, string>> = {
  'GET /api/auth/me': 'getMe',
  'POST /api/auth/login': 'login',
  'POST /api/auth/logout': 'logout',
  'POST /api/auth/password': 'changePassword',
  'GET /api/audit': 'listAuditEntries',
  'GET /api/catalogue': 'listCatalogueItems',
  'POST /api/catalogue': 'createCatalogueItem',
  'PATCH /api/catalogue/{id}': 'updateCatalogueItem',
  'GET /api/dashboards': 'getDashboard',
  'GET /api/dashboards/export': 'exportDashboardChart',
  'GET /api/imports/{id}/errors': 'downloadImportErrors',
  'GET /api/ledger': 'listLedgerLines',
  'GET /api/organisations/ratings/expiring': 'listExpiringRatings',
  'GET /api/projects/rules': 'getProjectRules',
  'GET /api/statistics/workforce': 'getWorkforceStatistics',
  'GET /api/staffing/stations/{id}': 'getStationStaffing',
  'GET /api/tasks/today': 'getTodayTasks',
  'GET /api/tasks/supervision': 'getSupervisionOverview',
  'POST /api/groups/{id}/phase': 'advanceGroupPhase',
  'POST /api/groups/{id}/members': 'addGroupMembers',
  'POST /api/clients/duplicates': 'findClientDuplicates',
  'POST /api/clients/{id}/household': 'addHouseholdMember',
  'DELETE /api/clients/{id}/household/{memberId}': 'removeHouseholdMember',
};

const isParam = (segment: string) => segment.startsWith('{') || segment.startsWith(':');

function pascal(segment: string): string {
  return segment
    .split(/[-_.]/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
}

function isPlural(word: string): boolean {
  return word.endsWith('s') && !word.endsWith('ss') && !SINGULAR_WORDS.has(word);
}

function singular(word: string): string {
  if (!isPlural(word)) return word;
  return word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.slice(0, -1);
}

/** The operationId of `method path` (path as in the document, `{param}`, or Fastify's `:param`). */
export function operationIdOf(method: string, path: string): string {
  const key = `${method.toUpperCase()} ${path.replace(/:(\w+)/g, '{$1}')}`;
  const named = OPERATION_IDS[key];
  if (named) return named;
  return deriveOperationId(method, path);
}

export function deriveOperationId(method: string, path: string): string {
  const segments = path
    .replace(/^\/api\//, '')
    .split('/')
    .filter(Boolean);
  const last = segments.at(-1) ?? '';
  const verb = !isParam(last) && VERBS.has(last.split('-')[0]!) ? last : null;
  const nouns = verb ? segments.slice(0, -1) : segments;
  const onRecord = isParam(nouns.at(-1) ?? '');
  const literals = nouns.filter((s) => !isParam(s));
  const head = literals.slice(0, -1).map(singular);
  const tail = literals.at(-1) ?? '';
  const m = method.toUpperCase();
  let action: string;
  let noun: string;
  if (verb) {
    const [word, ...rest] = verb.split('-');
    action = word!;
    // A verb on a collection keeps its plural ("exportWorkers"), on a record the singular.
    noun = [...head, onRecord ? singular(tail) : tail].map(pascal).join('') + pascal(rest.join('-'));
  } else if (onRecord) {
    action = { GET: 'get', PATCH: 'update', PUT: 'update', DELETE: 'delete', POST: 'submit' }[m] ?? m.toLowerCase();
    noun = [...head, singular(tail)].map(pascal).join('');
  } else if (m === 'GET') {
    action = isPlural(tail) ? 'list' : 'get';
    noun = [...head, tail].map(pascal).join('');
  } else if (m === 'POST') {
    action = isPlural(tail) ? 'create' : 'submit';
    noun = [...head, singular(tail)].map(pascal).join('');
  } else {
    action = { PATCH: 'update', PUT: 'update', DELETE: 'delete' }[m] ?? m.toLowerCase();
    noun = [...head, tail].map(pascal).join('');
  }
  return action + noun;
}
