import { CaseCreate, type ClientDetail } from '@shegong/contracts';
import { App, Button, Col, DatePicker, Drawer, Form, Input, Row, Select, Space, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useNavigate } from 'react-router-dom';
import { compact, parseForm } from '../../app/api/form-validation.ts';
import { useApiError } from '../../app/api/use-api-error.ts';
import { useCan, useMe } from '../../app/auth/me-context.tsx';
import { StationPick } from '../../app/components/station-pick.tsx';
import { useIsMobile } from '../../app/components/use-is-mobile.ts';
import { WorkerSelect } from '../../app/components/worker-select.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { ClientSelect } from '../clients/client-select.tsx';
import { caseRiskOptions, sourceOptions } from './case-labels.tsx';
import { useCreateCase } from './cases-api.ts';
import { SupervisorSelect } from './supervisor-select.tsx';

type Values = Omit<Partial<CaseCreate>, 'intakeOn'> & { intakeOn?: Dayjs; declined?: boolean };
type Props = {
  open: boolean;
  client?: Pick<ClientDetail, 'id' | 'name' | 'stationId' | 'stationName' | 'workerId' | 'riskLevel'> | null;
  onClose: () => void;
};

/** 接案: take a client file on as a case at a station, or record it as declined (不接案) with the reason. */
export function CaseIntakeDrawer({ open, client, onClose }: Props) {
  const t = useT();
  const me = useMe();
  const can = useCan();
  const navigate = useNavigate();
  const isMobile = useIsMobile();
  const { message } = App.useApp();
  const showError = useApiError();
  const [form] = Form.useForm<Values>();
  const create = useCreateCase();
  const declined = Form.useWatch('declined', form);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({
      clientId: client?.id,
      stationId: client?.stationId,
      workerId: client?.workerId ?? undefined,
      riskLevel: client?.riskLevel ?? 'low',
      source: 'self',
      intakeOn: dayjs(),
    });
  }, [open, client, form]);

  const submit = ({ declined: isDeclined, intakeOn, ...v }: Values) => {
    const body = parseForm(
      CaseCreate,
      compact({ ...v, intakeOn: intakeOn?.format('YYYY-MM-DD'), declinedReason: isDeclined ? v.declinedReason : undefined }),
      form,
      t,
    );
    if (!body) return;
    create.mutate(body, {
      onSuccess: (saved) => {
        message.success(t(saved.stage === 'declined' ? 'cases.declinedDone' : 'cases.created', { no: saved.caseNo }));
        onClose();
        navigate(`/cases/${saved.id}`);
      },
      onError: (e) => showError(e, form),
    });
  };

  const required = [{ required: true, message: t('field.required') }];
  return (
    <Drawer
      title={client ? t('cases.createFor', { name: client.name }) : t('cases.create')}
      open={open}
      onClose={onClose}
      size={isMobile ? '100%' : 640}
      destroyOnHidden
      footer={
        <Space style={{ float: 'right' }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" danger={declined} loading={create.isPending} onClick={() => form.submit()} data-testid="case-submit">
            {declined ? t('cases.decline') : t('cases.intakeSubmit')}
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" onFinish={submit} data-testid="case-intake-form">
        <Row gutter={16}>
          <Col xs={24}>
            <Form.Item name="clientId" label={t('label.clientId')} rules={required}>
              <ClientSelect
                disabled={Boolean(client)}
                known={client ? [{ value: client.id, label: client.name }] : []}
                data-testid="case-client"
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="stationId" label={t('label.stationId')} rules={required}>
              <StationPick currentLabel={client?.stationName} data-testid="case-station" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="source" label={t('label.source')} rules={required}>
              <Select options={sourceOptions(t)} data-testid="case-source" />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item name="intakeOn" label={t('label.intakeOn')} rules={required}>
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs())} />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item name="riskLevel" label={t('label.riskLevel')} rules={required}>
              <Select options={caseRiskOptions(t)} data-testid="case-risk" />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="presentingProblem" label={t('label.presentingProblem')} rules={required}>
              <Input.TextArea rows={4} maxLength={4000} showCount placeholder={t('cases.problemPlaceholder')} data-testid="case-problem" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="workerId" label={t('label.workerId')}>
              <WorkerSelect organisationId={me.scope.organisationId ?? undefined} data-testid="case-worker" />
            </Form.Item>
          </Col>
          {can('user.read') ? (
            <Col xs={24} sm={12}>
              <Form.Item name="supervisorUserId" label={t('label.supervisorUserId')}>
                <SupervisorSelect />
              </Form.Item>
            </Col>
          ) : null}
          <Col xs={24}>
            <Form.Item name="declined" label={t('cases.declineAtIntake')} valuePropName="checked">
              <Switch data-testid="case-declined" />
            </Form.Item>
          </Col>
          {declined ? (
            <Col xs={24}>
              <Form.Item name="declinedReason" label={t('label.declinedReason')} rules={required}>
                <Input.TextArea rows={3} maxLength={1000} data-testid="case-declined-reason" />
              </Form.Item>
            </Col>
          ) : null}
        </Row>
      </Form>
    </Drawer>
  );
}
