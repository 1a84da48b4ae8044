import { POSTS, PostCreate, type Station } from '@shegong/contracts';
import { Col, DatePicker, Form, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { compact } from '../../app/api/form-validation.ts';
import { FormModal } from '../../app/components/form-modal.tsx';
import { WorkerSelect } from '../../app/components/worker-select.tsx';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { useStartPost } from './staffing-api.ts';

type Values = { workerId?: string; post?: string; startsOn?: Dayjs; endsOn?: Dayjs | null };

/** 安排人员: a worker of the station's operator takes a post from a date (one head at a time). */
export function PostModal({ station, open, onClose }: { station: Station; open: boolean; onClose: () => void }) {
  const t = useT();
  const start = useStartPost(station.id);
  const required = [{ required: true, message: t('field.required') }];
  return (
    <FormModal<Values, PostCreate>
      open={open}
      title={t('staffing.addPost')}
      onClose={onClose}
      schema={PostCreate}
      toBody={(v) =>
        compact({ ...v, startsOn: v.startsOn?.format('YYYY-MM-DD'), endsOn: v.endsOn ? v.endsOn.format('YYYY-MM-DD') : undefined })
      }
      send={(body) => start.mutateAsync(body)}
      successText={t('staffing.posted')}
      initialValues={{ post: 'worker', startsOn: dayjs() }}
      testId="post-modal"
    >
      <Form.Item
        name="workerId"
        label={t('label.workerId')}
        rules={required}
        extra={t('staffing.workerHint', { organisation: station.organisationName })}
      >
        <WorkerSelect organisationId={station.organisationId} data-testid="post-worker" />
      </Form.Item>
      <Form.Item name="post" label={t('label.post')} rules={required}>
        <Select options={POSTS.map((p) => ({ value: p, label: t(`post.${p}`) }))} data-testid="post-kind" />
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
