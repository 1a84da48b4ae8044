import type { ClientDetail } from '@shegong/contracts';
import { Col, Divider, Form, Input, Row, Select } from 'antd';
import { useMe } from '../../app/auth/me-context.tsx';
import { RegionTreeSelect } from '../../app/components/region-tree-select.tsx';
import { StationPick } from '../../app/components/station-pick.tsx';
import { WorkerSelect } from '../../app/components/worker-select.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { ClientConsentFields } from './client-consent-fields.tsx';
import { ClientIdentityFields } from './client-identity-fields.tsx';
import { riskOptions } from './client-labels.tsx';
import { CategoryListFields, HouseholdListFields } from './client-list-fields.tsx';
import { DuplicateHint } from './duplicate-hint.tsx';
import { askedPerson, HeldElsewhereNotice } from './held-elsewhere-notice.tsx';

const section = (title: string) => (
  <Divider titlePlacement="start" plain style={{ margin: '4px 0 16px' }}>
    <strong>{title}</strong>
  </Divider>
);

type Props = {
  record: ClientDetail | null;
  child: boolean;
  /** The server answered that the ID number is on a file the caller may not see. */
  heldElsewhere?: boolean;
  onShareAsked?: () => void;
};

/** The intake form's sections; the lists (categories, household, consent) only when opening a file. */
export function ClientFormBody({ record, child, heldElsewhere, onShareAsked }: Props) {
  const t = useT();
  const me = useMe();
  const required = [{ required: true, message: t('field.required') }];
  return (
    <>
      {record ? null : <DuplicateHint heldElsewhere={heldElsewhere} onShareAsked={onShareAsked} />}
      {record && heldElsewhere ? <EditHeldElsewhere record={record} onShareAsked={onShareAsked} /> : null}
      {section(t('clients.sectionPerson'))}
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item name="name" label={t('label.displayName')} rules={required}>
            <Input maxLength={50} autoComplete="off" data-testid="client-name" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="mobile" label={t('label.mobile')} extra={record?.mobileMasked ? t('clients.mobileHint') : null}>
            <Input maxLength={11} inputMode="tel" placeholder={record?.mobileMasked ?? undefined} data-testid="client-mobile" />
          </Form.Item>
        </Col>
        <ClientIdentityFields record={record} />
      </Row>
      {section(t('clients.sectionPlace'))}
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item name="regionCode" label={t('clients.community')} rules={required}>
            <RegionTreeSelect levels={[5]} placeholder={t('clients.communityPlaceholder')} data-testid="client-region" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="address"
            label={t('label.address')}
            extra={record ? t('clients.addressHint', { address: record.address }) : null}
          >
            <Input maxLength={200} placeholder={t('clients.addressPlaceholder')} data-testid="client-address" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="stationId" label={t('clients.station')} rules={required}>
            <StationPick currentLabel={record?.stationName} data-testid="client-station" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="workerId" label={t('label.workerId')}>
            <WorkerSelect organisationId={me.scope.organisationId ?? undefined} data-testid="client-worker" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item name="riskLevel" label={t('label.riskLevel')} rules={required}>
            <Select options={riskOptions(t)} data-testid="client-risk" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={16}>
          <Form.Item name="tags" label={t('label.tags')}>
            <Select mode="tags" maxCount={20} tokenSeparators={[',', '，', ' ']} placeholder={t('clients.tagsPlaceholder')} open={false} />
          </Form.Item>
        </Col>
      </Row>
      {record ? null : (
        <>
          {section(t('label.categories'))}
          <CategoryListFields />
          <div style={{ height: 16 }} />
          {section(t('label.household'))}
          <HouseholdListFields />
          <div style={{ height: 16 }} />
          {section(t('label.consent'))}
          <ClientConsentFields child={child} />
        </>
      )}
    </>
  );
}

/** Correcting a file's number to one held elsewhere: the same notice, asking for the station the file is at. */
function EditHeldElsewhere({ record, onShareAsked }: { record: ClientDetail; onShareAsked?: () => void }) {
  const form = Form.useFormInstance();
  const idType = Form.useWatch('idType', form) ?? record.idType;
  const idNumber = Form.useWatch('idNumber', form);
  const person = askedPerson({ name: Form.useWatch('name', form) ?? record.name, idType, idNumber, stationId: record.stationId });
  return <HeldElsewhereNotice person={person} onSent={onShareAsked} />;
}
