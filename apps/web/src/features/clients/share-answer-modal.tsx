import { type ShareRequest, ShareRequestAccept, ShareRequestDecline } from '@shegong/contracts';
import { Alert, Form, Input } from 'antd';
import { compact } from '../../app/api/form-validation.ts';
import { FormModal } from '../../app/components/form-modal.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { useAnswerShareRequest } from './share-requests-api.ts';

/** What the holder needs to answer: the note, who asks, and its own file. */
export type Answerable = Pick<ShareRequest, 'id' | 'message' | 'fromOrganisationName' | 'fromStationName'> & { clientName: string };
type Props = { request: Answerable | null; accept: boolean; onClose: () => void };

/** 同意共享 gives the asking station the file in full; 不同意 needs a reason, kept for the holder only. */
export function ShareAnswerModal({ request, accept, onClose }: Props) {
  const t = useT();
  const answer = useAnswerShareRequest();
  const name = request?.clientName ?? '';
  return (
    <FormModal<{ reason?: string }, ShareRequestAccept | ShareRequestDecline>
      open={Boolean(request)}
      title={t(accept ? 'shareRequests.acceptTitle' : 'shareRequests.declineTitle', { name })}
      onClose={onClose}
      schema={accept ? ShareRequestAccept : ShareRequestDecline}
      toBody={(v) => compact(v)}
      send={(body) => answer.mutateAsync({ id: request?.id ?? '', accept, body })}
      successText={t(accept ? 'shareRequests.accepted' : 'shareRequests.declined')}
      okText={t(accept ? 'shareRequests.accept' : 'shareRequests.decline')}
      danger={!accept}
      testId="share-answer"
    >
      {request ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={`${request.fromOrganisationName} · ${request.fromStationName}`}
          description={request.message}
        />
      ) : null}
      <Alert
        type={accept ? 'warning' : 'info'}
        style={{ marginBottom: 12 }}
        title={
          accept
            ? t('shareRequests.acceptHint', { organisation: request?.fromOrganisationName ?? '', station: request?.fromStationName ?? '' })
            : t('shareRequests.declineHint')
        }
      />
      <Form.Item
        name="reason"
        label={accept ? t('shareRequests.acceptNote') : t('label.reason')}
        rules={accept ? [] : [{ required: true, whitespace: true, message: t('field.required') }]}
      >
        <Input.TextArea rows={3} maxLength={1000} data-testid="share-reason" />
      </Form.Item>
    </FormModal>
  );
}
