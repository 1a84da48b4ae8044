import type { AuditQuery as Filters } from '@shegong/contracts';
import { AUDIT_RESULTS } from '@shegong/contracts';
import { Col, DatePicker } from 'antd';
import dayjs from 'dayjs';
import { FilterBar, FilterField, FilterSelect } from '../../app/components/filter-bar.tsx';
import type { FilterChanges } from '../../app/components/use-list-params.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { resultLabel } from './audit-result-tag.tsx';
import { TextFilter } from './text-filter.tsx';

type Props = { value: Filters; onChange: (changes: FilterChanges<Filters>) => void; onReset: () => void };

const OBJECT_TYPES = ['station', 'organisation', 'user', 'settings'] as const;
/** Actions the server records today; the filter still accepts any text. */
const ACTIONS = [
  'auth.login',
  'auth.logout',
  'auth.password_change',
  'station.create',
  'station.update',
  'station.delete',
  'organisation.create',
  'organisation.update',
  'user.create',
  'user.update',
  'user.reset_password',
  'user.list',
  'user.read',
  'audit.read',
  'settings.update',
];

export function AuditFilters({ value, onChange, onReset }: Props) {
  const t = useT();
  const range = value.from && value.to ? ([dayjs(value.from), dayjs(value.to)] as const) : null;
  const text = { xs: 12, sm: 12, lg: 6, xl: 4 };
  const choice = { xs: 12, sm: 12, lg: 6, xl: 3 };
  return (
    <FilterBar onReset={onReset} resetSpan={{ xs: 24, sm: 12, lg: 6, xl: 3 }}>
      <FilterField label={t('audit.user')} span={text}>
        {(label) => <TextFilter {...label} value={value.username} onCommit={(username) => onChange({ username })} />}
      </FilterField>
      <FilterField label={t('audit.action')} span={text}>
        {(label) => <TextFilter {...label} value={value.action} options={ACTIONS} onCommit={(action) => onChange({ action })} />}
      </FilterField>
      <FilterSelect
        label={t('audit.objectType')}
        span={choice}
        options={OBJECT_TYPES.map((type) => ({ value: type, label: t(`audit.object.${type}`) }))}
        value={value.objectType}
        onChange={(objectType) => onChange({ objectType })}
      />
      <FilterSelect
        label={t('audit.result')}
        span={choice}
        options={AUDIT_RESULTS.map((r) => ({ value: r, label: resultLabel(t, r) }))}
        value={value.result}
        onChange={(result) => onChange({ result })}
      />
      {/* Times with the offset (the whole days chosen), as the audit query reads them. */}
      <Col xs={24} sm={24} lg={12} xl={7}>
        <DatePicker.RangePicker
          style={{ width: '100%' }}
          aria-label={t('audit.at')}
          value={range ? [range[0], range[1]] : null}
          onChange={(dates) =>
            onChange({
              from: dates?.[0] ? dates[0].startOf('day').format() : undefined,
              to: dates?.[1] ? dates[1].endOf('day').format() : undefined,
            })
          }
        />
      </Col>
    </FilterBar>
  );
}
