import type { Dashboard } from '@shegong/contracts';
import type { TKey } from '../../../app/i18n/i18n-context.tsx';
import { useT } from '../../../app/i18n/i18n-context.tsx';

type Totals = Dashboard['totals'];
const NUMBERS: { key: keyof Totals; label: TKey; unit: TKey }[] = [
  { key: 'personTimes', label: 'indicator.person_times', unit: 'screen.unitTimes' },
  { key: 'peopleServed', label: 'indicator.people_served', unit: 'screen.unitPeople' },
  { key: 'caseVisits', label: 'indicator.case_visits', unit: 'screen.unitTimes' },
  { key: 'groupSessions', label: 'indicator.group_sessions', unit: 'screen.unitSessions' },
  { key: 'activities', label: 'indicator.activities', unit: 'screen.unitEvents' },
  { key: 'openCases', label: 'dashboards.openCases', unit: 'screen.unitCases' },
  { key: 'stations', label: 'dashboards.stationCount', unit: 'screen.unitPlaces' },
  { key: 'servicePoints', label: 'dashboards.servicePoints', unit: 'screen.unitPlaces' },
  { key: 'workers', label: 'dashboards.workers', unit: 'screen.unitPeople' },
];

/** The big numbers across the top of the wall display. */
export function ScreenNumbers({ totals }: { totals: Totals }) {
  const t = useT();
  return (
    <section className="sg-screen-numbers">
      {NUMBERS.map((n, i) => (
        <div key={n.key} className={`sg-screen-number${i < 2 ? ' is-lead' : ''}`} data-testid={`screen-${n.key}`}>
          <div className="sg-screen-number-label">{t(n.label)}</div>
          <div className="sg-screen-number-value">
            {totals[n.key].toLocaleString('zh-CN')}
            <small>{t(n.unit)}</small>
          </div>
        </div>
      ))}
    </section>
  );
}
