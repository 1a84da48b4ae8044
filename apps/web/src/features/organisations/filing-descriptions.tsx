import type { Organisation } from '@shegong/contracts';
import { Descriptions, Divider, Tag } from 'antd';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { FilingDocuments } from './filing-documents.tsx';

/** The filing record as submitted or decided (read-only). */
export function FilingDescriptions({ organisation: o }: { organisation: Organisation }) {
  const t = useT();
  const dash = (v: string | number | null) => (v === null || v === '' ? '—' : v);
  return (
    <>
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        data-testid="filing-record"
        items={[
          { key: 'uscc', label: t('label.uscc'), children: o.uscc ? <code>{o.uscc}</code> : '—' },
          { key: 'legal', label: t('label.legalRepresentative'), children: dash(o.legalRepresentative) },
          { key: 'authority', label: t('label.registeringAuthority'), children: dash(o.registeringAuthority) },
          { key: 'registered', label: t('label.registeredOn'), children: dash(o.registeredOn) },
          { key: 'address', label: t('label.address'), span: { xs: 1, md: 2 }, children: `${o.regionName} ${o.address ?? ''}`.trim() },
          { key: 'contact', label: t('label.contactName'), children: dash(o.contactName) },
          { key: 'phone', label: t('label.contactPhone'), children: dash(o.contactPhone) },
          {
            key: 'areas',
            label: t('label.serviceAreas'),
            span: { xs: 1, md: 2 },
            children: o.serviceAreas.length ? o.serviceAreas.map((a) => <Tag key={a}>{a}</Tag>) : '—',
          },
          { key: 'staff', label: t('label.staffTotal'), children: dash(o.staffTotal) },
          { key: 'workers', label: t('label.socialWorkerTotal'), children: dash(o.socialWorkerTotal) },
        ]}
      />
      <Divider titlePlacement="start" plain>
        {t('label.documentIds')}
      </Divider>
      <FilingDocuments organisation={o} />
    </>
  );
}
