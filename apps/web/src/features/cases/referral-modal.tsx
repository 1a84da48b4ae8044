import { type CaseDetail, ReferralCreate } from '@shegong/contracts';
import { Alert, Form, Input } from 'antd';
import { FormModal } from '../../app/components/form-modal.tsx';
import { StationPick } from '../../app/components/station-pick.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { useReferCase } from './cases-api.ts';

/** 转介: refer the case out to another station; the receiver sees the client only after accepting. */
export function ReferralModal({ detail, open, onClose }: { detail: CaseDetail; open: boolean; onClose: () => void }) {
  const t = useT();
  const refer = useReferCase();
  return (
    <FormModal<{ toStationId?: string; reason?: string }, ReferralCreate>
      open={open}
      title={t('cases.referTitle', { no: detail.caseNo })}
      onClose={onClose}
      schema={ReferralCreate}
      toBody={(v) => ({ toStationId: v.toStationId, reason: v.reason?.trim() })}
      send={(body) => refer.mutateAsync({ caseId: detail.id, body })}
      successText={t('cases.referred')}
      okText={t('cases.refer')}
      testId="case-referral"
    >
      <Alert type="info" showIcon title={t('cases.referHint')} style={{ marginBottom: 12 }} />
      <Form.Item name="toStationId" label={t('label.toStationId')} rules={[{ required: true, message: t('field.required') }]}>
        <StationPick anyOrganisation data-testid="case-referral-station" />
      </Form.Item>
      <Form.Item name="reason" label={t('label.reason')} rules={[{ required: true, whitespace: true, message: t('field.required') }]}>
        <Input.TextArea rows={4} maxLength={2000} showCount data-testid="case-referral-reason" />
      </Form.Item>
    </FormModal>
  );
}
