import { LockOutlined, ShareAltOutlined } from '@ant-design/icons';
import { SHARE_ID_TYPES, ShareRequestCreate } from '@shegong/contracts';
import { maskIdNumber } from '@shegong/core';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { FormModal } from '../../app/components/form-modal.tsx';
import { StationPick } from '../../app/components/station-pick.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { useAskToShare } from './share-requests-api.ts';

type ShareIdType = (typeof SHARE_ID_TYPES)[number];
export type AskedPerson = { name: string; idType: ShareIdType; idNumber: string; stationId?: string };
type Values = { stationId?: string; message?: string };

/**
 * The server said the number is on a file the caller may not see: it says so in plain words
 * (never who holds it) and offers 请求共享档案, with a note the holder reads.
 */
export function HeldElsewhereNotice({ person, onSent }: { person: AskedPerson | null; onSent?: () => void }) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const ask = useAskToShare();
  return (
    <>
      <Alert
        type="warning"
        showIcon
        icon={<LockOutlined />}
        style={{ marginBottom: 16 }}
        title={t('heldElsewhere.title')}
        data-testid="client-held-elsewhere"
        description={
          <>
            <Typography.Paragraph style={{ margin: '4px 0 8px' }}>{t('heldElsewhere.body')}</Typography.Paragraph>
            <Button icon={<ShareAltOutlined />} onClick={() => setAsking(true)} disabled={!person} data-testid="client-ask-share">
              {t('heldElsewhere.ask')}
            </Button>
          </>
        }
      />
      <FormModal<Values, ShareRequestCreate>
        open={asking && Boolean(person)}
        title={t('heldElsewhere.askTitle')}
        onClose={() => setAsking(false)}
        schema={ShareRequestCreate}
        initialValues={{ stationId: person?.stationId }}
        toBody={(v) => ({ ...(person ?? {}), stationId: v.stationId, message: v.message ?? '' })}
        send={async (body) => {
          await ask.mutateAsync(body);
          onSent?.();
        }}
        successText={t('heldElsewhere.sent')}
        okText={t('heldElsewhere.ask')}
        testId="share-ask"
      >
        <Typography.Paragraph type="secondary">{t('heldElsewhere.askIntro')}</Typography.Paragraph>
        {person ? (
          <Typography.Paragraph strong>
            {t('heldElsewhere.person', { name: person.name, number: maskIdNumber(person.idNumber) ?? '' })}
          </Typography.Paragraph>
        ) : null}
        <Form.Item name="stationId" label={t('heldElsewhere.stationLabel')} rules={[{ required: true, message: t('field.required') }]}>
          <StationPick data-testid="share-station" />
        </Form.Item>
        <Form.Item
          name="message"
          label={t('heldElsewhere.messageLabel')}
          rules={[{ required: true, whitespace: true, message: t('field.required') }]}
        >
          <Input.TextArea
            rows={4}
            maxLength={1000}
            showCount
            placeholder={t('heldElsewhere.messagePlaceholder')}
            data-testid="share-message"
          />
        </Form.Item>
      </FormModal>
    </>
  );
}

/** The person as the form holds it, when its document can be looked up by number. */
export function askedPerson(values: { name?: string; idType?: string; idNumber?: string; stationId?: string }): AskedPerson | null {
  const idType = SHARE_ID_TYPES.find((type) => type === values.idType);
  const idNumber = values.idNumber?.replace(/\s/g, '');
  const name = values.name?.trim();
  return idType && idNumber && name ? { name, idType, idNumber, stationId: values.stationId } : null;
}
