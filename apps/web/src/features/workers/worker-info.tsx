import { EyeOutlined } from '@ant-design/icons';
import type { Worker } from '@shegong/contracts';
import { Button, Descriptions } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { LevelTag } from './worker-labels.tsx';
import { type WorkerRevealField, WorkerRevealModal } from './worker-reveal-modal.tsx';

/** The personal record; the ID number and the mobile stay masked unless revealed for a stated reason. */
export function WorkerInfo({ worker: w }: { worker: Worker }) {
  const t = useT();
  const [revealing, setRevealing] = useState<WorkerRevealField | null>(null);
  const dash = (v: string | number | null) => v ?? '—';
  const canReveal = w.allowedActions.includes('reveal_id');
  const revealButton = (field: WorkerRevealField) =>
    canReveal ? (
      <Button type="link" size="small" icon={<EyeOutlined />} onClick={() => setRevealing(field)} data-testid={`worker-reveal-${field}`}>
        {t(field === 'mobile' ? 'workers.revealMobile' : 'workers.revealId')}
      </Button>
    ) : null;
  return (
    <>
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2, xl: 3 }}
        data-testid="worker-info"
        items={[
          { key: 'name', label: t('label.displayName'), children: w.name },
          {
            key: 'id',
            label: t('label.idNumber'),
            span: { xs: 1, md: 2, xl: 2 },
            children: (
              <span>
                <code data-testid="worker-id-masked">{w.idNumberMasked}</code>
                {revealButton('idNumber')}
              </span>
            ),
          },
          { key: 'gender', label: t('workers.genderLabel'), children: t(`workers.gender.${w.gender}`) },
          {
            key: 'birth',
            label: t('workers.birthDate'),
            children: `${w.birthDate} · ${t('workers.age', { age: dayjs().diff(w.birthDate, 'year') })}`,
          },
          {
            key: 'mobile',
            label: t('label.mobile'),
            children: w.mobile ? (
              <span>
                <code data-testid="worker-mobile-masked">{w.mobile}</code>
                {revealButton('mobile')}
              </span>
            ) : (
              '—'
            ),
          },
          { key: 'education', label: t('label.education'), children: w.education ? t(`education.${w.education}`) : '—' },
          { key: 'major', label: t('label.major'), children: dash(w.major) },
          { key: 'org', label: t('label.organisationId'), children: w.organisationName },
          { key: 'region', label: t('workers.workplace'), children: w.regionName },
          { key: 'level', label: t('label.qualificationLevel'), children: <LevelTag level={w.qualificationLevel} /> },
          { key: 'cert', label: t('label.certificateNo'), children: w.certificateNo ? <code>{w.certificateNo}</code> : '—' },
          { key: 'year', label: t('label.certifiedYear'), children: dash(w.certifiedYear) },
          { key: 'account', label: t('label.userId'), children: w.userId ? t('workers.accountLinked') : t('workers.accountNone') },
          { key: 'active', label: t('label.isActive'), children: w.isActive ? t('workers.active') : t('workers.left') },
          { key: 'created', label: t('common.createdAt'), children: dayjs(w.createdAt).format('YYYY-MM-DD') },
        ]}
      />
      <WorkerRevealModal worker={revealing ? w : null} field={revealing ?? 'idNumber'} onClose={() => setRevealing(null)} />
    </>
  );
}
