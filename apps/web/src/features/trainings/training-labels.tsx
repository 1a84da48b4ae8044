import { ENROLMENT_STATUSES, type EnrolmentStatus, TRAINING_KINDS, type TrainingKind } from '@shegong/contracts';
import { Tag } from 'antd';
import { type TFunction, useT } from '../../app/i18n/i18n-context.tsx';

export const KIND_COLORS: Record<TrainingKind, string> = {
  new_worker: 'blue',
  supervisor: 'purple',
  management: 'gold',
  continuing: 'cyan',
};
const STATUS_COLORS: Record<EnrolmentStatus, string> = { enrolled: 'processing', attended: 'success', absent: 'error' };

export const kindOptions = (t: TFunction) => TRAINING_KINDS.map((k) => ({ value: k, label: t(`training.kind.${k}`) }));
export const enrolmentStatusOptions = (t: TFunction) => ENROLMENT_STATUSES.map((s) => ({ value: s, label: t(`enrolment.status.${s}`) }));

export function TrainingKindTag({ kind }: { kind: TrainingKind }) {
  const t = useT();
  return <Tag color={KIND_COLORS[kind]}>{t(`training.kind.${kind}`)}</Tag>;
}

export function EnrolmentStatusTag({ status }: { status: EnrolmentStatus }) {
  const t = useT();
  return <Tag color={STATUS_COLORS[status]}>{t(`enrolment.status.${status}`)}</Tag>;
}
