import type { AuditEntry } from '@shegong/contracts';
import { Tag } from 'antd';
import type { TFunction } from '../../app/i18n/i18n-context.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';

type Result = AuditEntry['result'];
const COLORS: Record<Result, string> = { ok: 'success', denied: 'warning', failed: 'error' };

export function resultLabel(t: TFunction, result: Result): string {
  return t(`audit.result.${result}`);
}

export function AuditResultTag({ result }: { result: Result }) {
  const t = useT();
  return <Tag color={COLORS[result]}>{resultLabel(t, result)}</Tag>;
}
