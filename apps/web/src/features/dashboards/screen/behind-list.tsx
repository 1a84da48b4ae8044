import type { Dashboard } from '@shegong/contracts';
import { useT } from '../../../app/i18n/i18n-context.tsx';
import { PACE_HEX, type Pace, pct } from '../../projects/project-labels.tsx';

type Item = Dashboard['projects']['items'][number];
const VISIBLE = 3;

function Row({ item }: { item: Item }) {
  const t = useT();
  const pace = (item.pace in PACE_HEX ? item.pace : 'not_started') as Pace;
  const color = PACE_HEX[pace];
  return (
    <li className={`sg-behind-row is-${pace}`} style={{ borderLeftColor: color }}>
      <div className="sg-behind-name">
        <span className="sg-behind-tag" style={{ background: color }}>
          {t(`pace.${pace}`)}
        </span>
        {item.name}
      </div>
      <div className="sg-behind-org">{item.organisationName}</div>
      <div className="sg-behind-bar">
        <div className="sg-behind-fill" style={{ width: `${Math.min(1, item.progress) * 100}%`, background: color }} />
        <div className="sg-behind-marker" style={{ left: `${Math.min(1, item.elapsed) * 100}%` }} />
      </div>
      <div className="sg-behind-figures">
        {t('screen.behindFigures', { progress: pct(item.progress, 0), elapsed: pct(item.elapsed, 0), spent: pct(item.executionRate, 0) })}
      </div>
    </li>
  );
}

/**
 * The projects behind pace first (in red), then the others, scrolling upwards without end
 * when more than fit the panel; hovering pauses it.
 */
export function BehindList({ items }: { items: Item[] }) {
  const t = useT();
  if (!items.length) return <div className="sg-behind-none">{t('dashboards.noProjects')}</div>;
  const rows = [...items].sort((a, b) => Number(b.pace === 'behind') - Number(a.pace === 'behind'));
  const scrolls = rows.length > VISIBLE;
  return (
    <div className="sg-behind-window" data-testid="screen-behind-list">
      <ul className={scrolls ? 'sg-behind-track is-scrolling' : 'sg-behind-track'} style={{ animationDuration: `${rows.length * 5}s` }}>
        {rows.map((item) => (
          <Row key={item.id} item={item} />
        ))}
        {scrolls ? rows.map((item) => <Row key={`again-${item.id}`} item={item} />) : null}
      </ul>
    </div>
  );
}
