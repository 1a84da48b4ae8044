import type { Station } from '@shegong/contracts';
import { Badge, Descriptions } from 'antd';
import { Link } from 'react-router-dom';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { STATUS_BADGES, statusLabel } from './station-labels.ts';
import { TierTag } from './tier-tag.tsx';

/** A station's own record (基本信息 of its detail page). */
export function StationInfo({ station: s }: { station: Station }) {
  const t = useT();
  return (
    <Descriptions
      column={{ xs: 1, md: 2 }}
      bordered
      size="small"
      data-testid="station-info"
      items={[
        { key: 'tier', label: t('label.tier'), children: <TierTag tier={s.tier} /> },
        { key: 'region', label: t('label.regionCode'), children: s.regionPath || s.regionName },
        {
          key: 'org',
          label: t('stations.operator'),
          children: <Link to={`/organisations/${s.organisationId}`}>{s.organisationName}</Link>,
        },
        {
          key: 'parent',
          label: t('label.parentId'),
          children: s.parentId ? <Link to={`/stations/${s.parentId}`}>{s.parentName}</Link> : '—',
        },
        { key: 'points', label: t('stations.points'), children: s.childCount },
        { key: 'status', label: t('common.status'), children: <Badge status={STATUS_BADGES[s.status]} text={statusLabel(t, s.status)} /> },
        { key: 'opened', label: t('label.openedOn'), children: s.openedOn ?? '—' },
        { key: 'phone', label: t('label.phone'), children: s.phone ?? '—' },
        { key: 'address', label: t('label.address'), span: { xs: 1, md: 2 }, children: s.address ?? '—' },
      ]}
    />
  );
}
