import { type Referral, ReferralAccept, ReferralReject } from '@shegong/contracts';
import { Alert, Form, Input } from 'antd';
import { compact } from '../../app/api/form-validation.ts';
import { useCan, useMe } from '../../app/auth/me-context.tsx';
import { FormModal } from '../../app/components/form-modal.tsx';
import { WorkerSelect } from '../../app/components/worker-select.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { useRespondReferral } from './cases-api.ts';
import { SupervisorSelect } from './supervisor-select.tsx';

type Props = { referral: Referral | null; accept: boolean; onClose: () => void };
type Values = { workerId?: string; supervisorUserId?: string; comment?: string };

/** 接收 opens a case at the receiving station and shares the file; 拒绝 says why. */
export function ReferralRespondModal({ referral, accept, onClose }: Props) {
  const t = useT();
  const me = useMe();
  const can = useCan();
  const respond = useRespondReferral();
  return (
    <FormModal<Values, ReferralAccept | ReferralReject>
      open={Boolean(referral)}
      title={t(accept ? 'referrals.acceptTitle' : 'referrals.rejectTitle', { name: referral?.client.name ?? '' })}
      onClose={onClose}
      schema={accept ? ReferralAccept : ReferralReject}
      toBody={(v) => compact(accept ? v : { comment: v.comment })}
      send={(body) => respond.mutateAsync({ id: referral?.id ?? '', accept, body: body as ReferralAccept })}
      successText={t(accept ? 'referrals.accepted' : 'referrals.rejected')}
      okText={t(accept ? 'referrals.accept' : 'referrals.reject')}
      danger={!accept}
      testId="referral-respond"
    >
      {referral ? <Alert type="info" showIcon title={referral.reason} style={{ marginBottom: 12 }} /> : null}
      {accept ? (
        <>
          <Form.Item name="workerId" label={t('label.workerId')}>
            <WorkerSelect organisationId={me.scope.organisationId ?? undefined} />
          </Form.Item>
          {can('user.read') ? (
            <Form.Item name="supervisorUserId" label={t('label.supervisorUserId')}>
              <SupervisorSelect />
            </Form.Item>
          ) : null}
        </>
      ) : null}
      <Form.Item
        name="comment"
        label={t('label.comment')}
        rules={accept ? [] : [{ required: true, whitespace: true, message: t('field.required') }]}
      >
        <Input.TextArea rows={3} maxLength={1000} data-testid="referral-comment" />
      </Form.Item>
    </FormModal>
  );
}
