import { WarningOutlined } from '@ant-design/icons';
import { type DuplicateMatch, type DuplicateQuery, IDENTITY_LOOKUPS_LIMITED } from '@shegong/contracts';
import { isMobile } from '@shegong/core';
import { Alert, Flex, Form, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { ApiError } from '../../app/api/client.ts';
import { useDebounced } from '../../app/components/use-debounced.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { RiskTag } from './client-labels.tsx';
import { derivedPerson } from './client-values.ts';
import { useDuplicates } from './clients-api.ts';
import { askedPerson, HeldElsewhereNotice } from './held-elsewhere-notice.tsx';

const LIKELIHOOD_COLORS: Record<DuplicateMatch['likelihood'], string> = { certain: 'red', high: 'volcano', medium: 'gold' };

/** What has been typed, once there is enough to compare: a name with a birth date, a mobile or an ID number. */
function useQueryFromForm(): DuplicateQuery | null {
  const form = Form.useFormInstance();
  const name = Form.useWatch('name', form)?.trim();
  const idType = Form.useWatch('idType', form);
  const idNumber = Form.useWatch('idNumber', form)?.replace(/\s/g, '');
  const gender = Form.useWatch('gender', form);
  const birth = Form.useWatch('birthDate', form);
  const mobile = Form.useWatch('mobile', form)?.trim();
  const birthDate = derivedPerson(idType, idNumber, gender, birth)?.birthDate ?? undefined;
  const query = useMemo(() => {
    if (!name) return null;
    const q: DuplicateQuery = { name };
    if (birthDate) q.birthDate = birthDate;
    if (mobile && isMobile(mobile)) q.mobile = mobile;
    if (idType === 'resident_id' && idNumber && idNumber.length >= 15) q.idNumber = idNumber;
    return q.birthDate || q.mobile || q.idNumber ? q : null;
  }, [name, birthDate, mobile, idType, idNumber]);
  return useDebounced(query, 400);
}

/** The person being entered, for a request to share the file held elsewhere. */
function usePersonFromForm() {
  const form = Form.useFormInstance();
  const name = Form.useWatch('name', form);
  const idType = Form.useWatch('idType', form);
  const idNumber = Form.useWatch('idNumber', form);
  const stationId = Form.useWatch('stationId', form);
  return askedPerson({ name, idType, idNumber, stationId });
}

type Props = {
  /** The server refused the file: its ID number is on a file the caller may not see. */
  heldElsewhere?: boolean;
  onShareAsked?: () => void;
};

/**
 * 疑似重复档案, shown while the intake form is typed, each with a link to the file on record; or,
 * when the number is on a file the caller may not see, that plain fact and the offer to ask for it.
 */
export function DuplicateHint({ heldElsewhere, onShareAsked }: Props) {
  const t = useT();
  const query = useQueryFromForm();
  const found = useDuplicates(query);
  const person = usePersonFromForm();
  const items = query ? (found.data?.items ?? []) : [];
  const held = heldElsewhere || Boolean(query && found.data?.heldElsewhere);
  if (held) return <HeldElsewhereNotice person={person} onSent={onShareAsked} />;
  // Past the hourly lookup limit the server says so (and has alerted the supervisor): shown as it worded it.
  if (query && found.error instanceof ApiError && found.error.code === IDENTITY_LOOKUPS_LIMITED) {
    return <Alert type="error" showIcon style={{ marginBottom: 16 }} title={found.error.message} data-testid="client-lookups-limited" />;
  }
  if (items.length === 0) return null;
  const certain = items.some((m) => m.likelihood === 'certain');
  return (
    <Alert
      type={certain ? 'error' : 'warning'}
      icon={<WarningOutlined />}
      showIcon
      style={{ marginBottom: 16 }}
      title={t(certain ? 'clients.duplicateCertain' : 'clients.duplicateTitle', { count: items.length })}
      data-testid="client-duplicates"
      description={
        <Flex vertical gap={8} style={{ marginTop: 6 }}>
          {items.map((m) => (
            <Flex key={m.id} gap={8} wrap align="center" className="sg-duplicate" data-testid="client-duplicate">
              <Tag color={LIKELIHOOD_COLORS[m.likelihood]} style={{ marginInlineEnd: 0 }}>
                {t(`client.likelihood.${m.likelihood}`)}
              </Tag>
              <Link to={`/clients/${m.id}`} target="_blank" data-testid="client-duplicate-link">
                <Typography.Text strong>{m.name}</Typography.Text>
              </Link>
              <code>{m.idNumberMasked ?? t(`idType.${m.idType}`)}</code>
              {m.birthDate ? <Typography.Text type="secondary">{m.birthDate}</Typography.Text> : null}
              {m.mobileMasked ? <code>{m.mobileMasked}</code> : null}
              <RiskTag level={m.riskLevel} />
              <Typography.Text type="secondary">{m.stationName}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {m.reasons.map((r) => t(`client.duplicate.${r}`)).join('、')}
              </Typography.Text>
            </Flex>
          ))}
        </Flex>
      }
    />
  );
}
