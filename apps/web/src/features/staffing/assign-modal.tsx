import { AssignmentCreate, type CommunityStaffing, type Station } from '@shegong/contracts';
import { Col, DatePicker, Form, Row, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { compact } from '../../app/api/form-validation.ts';
import { FormModal } from '../../app/components/form-modal.tsx';
import { WorkerSelect } from '../../app/components/worker-select.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { useAssign } from './staffing-api.ts';

type Values = { workerId?: string; startsOn?: Dayjs; endsOn?: Dayjs | null };
type Props = { station: Station; community: CommunityStaffing | null; onClose: () => void };

/** 指派社工: a worker of the station's operator covers a community from a date. */
export function AssignModal({ station, community, onClose }: Props) {
  const t = useT();
  const assign = useAssign(station.id);
  const required = [{ required: true, message: t('field.required') }];
  return (
    <FormModal<Values, AssignmentCreate>
      open={Boolean(community)}
      title={t('staffing.assignTitle', { name: community?.communityName ?? '' })}
      onClose={onClose}
      schema={AssignmentCreate}
      toBody={(v) =>
        compact({
          communityCode: community?.communityCode,
          workerId: v.workerId,
          startsOn: v.startsOn?.format('YYYY-MM-DD'),
          endsOn: v.endsOn ? v.endsOn.format('YYYY-MM-DD') : undefined,
        })
      }
      send={(body) => assign.mutateAsync(body)}
      successText={t('staffing.assigned')}
      initialValues={{ startsOn: dayjs() }}
      testId="assign-modal"
    >
      <Typography.Paragraph type="secondary">{t('staffing.assignHint')}</Typography.Paragraph>
      <Form.Item name="workerId" label={t('label.workerId')} rules={required}>
        <WorkerSelect organisationId={station.organisationId} data-testid="assign-worker" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={12}>
          <Form.Item name="startsOn" label={t('label.startsOn')} rules={required}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12}>
          <Form.Item name="endsOn" label={t('label.endsOn')} extra={t('staffing.openEnded')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
