import { ReloadOutlined } from '@ant-design/icons';
import type { AuditQuery as Filters } from '@shegong/contracts';
import { AUDIT_RESULTS } from '@shegong/contracts';
import { Button, Col, DatePicker, Row, Select } from 'antd';
import dayjs from 'dayjs';
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
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
      <Col xs={12} sm={12} lg={6} xl={4}>
        <TextFilter value={value.username} placeholder={t('audit.user')} onCommit={(username) => onChange({ username })} />
      </Col>
      <Col xs={12} sm={12} lg={6} xl={4}>
        <TextFilter value={value.action} placeholder={t('audit.action')} options={ACTIONS} onCommit={(action) => onChange({ action })} />
      </Col>
      <Col xs={12} sm={12} lg={6} xl={3}>
        <Select
          allowClear
          style={{ width: '100%' }}
          placeholder={t('audit.objectType')}
          value={value.objectType}
          options={OBJECT_TYPES.map((type) => ({ value: type, label: t(`audit.object.${type}`) }))}
          onChange={(objectType?: string) => onChange({ objectType })}
        />
      </Col>
      <Col xs={12} sm={12} lg={6} xl={3}>
        <Select
          allowClear
          style={{ width: '100%' }}
          placeholder={t('audit.result')}
          value={value.result}
          options={AUDIT_RESULTS.map((r) => ({ value: r, label: resultLabel(t, r) }))}
          onChange={(result?: string) => onChange({ result })}
        />
      </Col>
      <Col xs={24} sm={24} lg={12} xl={7}>
        <DatePicker.RangePicker
          style={{ width: '100%' }}
          value={range ? [range[0], range[1]] : null}
          onChange={(dates) =>
            onChange({
              from: dates?.[0] ? dates[0].startOf('day').format() : undefined,
              to: dates?.[1] ? dates[1].endOf('day').format() : undefined,
            })
          }
        />
      </Col>
      <Col xs={24} sm={12} lg={6} xl={3}>
        <Button icon={<ReloadOutlined />} onClick={onReset} block>
          {t('common.reset')}
        </Button>
      </Col>
    </Row>
  );
}
