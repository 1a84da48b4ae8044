import { ExpenditureCreate, type Project } from '@shegong/contracts';
import { Col, DatePicker, Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { compact } from '../../app/api/form-validation.ts';
import { useCan } from '../../app/auth/me-context.tsx';
import { FormModal } from '../../app/components/form-modal.tsx';
import { useLocale, useT } from '../../app/i18n/i18n-context.tsx';
import { money } from '../organisations/filing-labels.tsx';
import { EvidenceUpload } from './evidence-upload.tsx';
import { MoneyInput } from './money-input.tsx';
import { useRecordExpenditure } from './projects-api.ts';

type Values = { budgetLineId?: string; spentOn?: Dayjs; amount?: number; description?: string; evidenceFileId?: string };

/** 记录支出 (the provider): a payment against one budget line, dated inside the project period, with its evidence. */
export function ExpenditureModal({ project: p, open, onClose }: { project: Project; open: boolean; onClose: () => void }) {
  const t = useT();
  const [locale] = useLocale();
  const can = useCan();
  const record = useRecordExpenditure();
  const required = [{ required: true, message: t('field.required') }];
  const today = dayjs();
  const end = dayjs(p.endsOn);
  const lines = p.budget.lines.map((l) => ({
    value: l.id,
    label: t('projects.lineOption', { category: t(`budget.${l.category}`), name: l.name, left: money(l.amount - l.spent, locale) }),
  }));
  return (
    <FormModal<Values, ExpenditureCreate>
      open={open}
      title={t('projects.recordExpenditure')}
      onClose={onClose}
      schema={ExpenditureCreate}
      toBody={(v) => compact({ ...v, spentOn: v.spentOn?.format('YYYY-MM-DD') })}
      send={(body) => record.mutateAsync({ id: p.id, body })}
      successText={t('projects.expenditureRecorded')}
      initialValues={{ spentOn: today.isAfter(end) ? end : today }}
      width={620}
      testId="expenditure-modal"
    >
      <Row gutter={16}>
        <Col xs={24}>
          <Form.Item name="budgetLineId" label={t('label.budgetLineId')} rules={required}>
            <Select options={lines} data-testid="expenditure-line" />
          </Form.Item>
        </Col>
        <Col xs={12}>
          <Form.Item name="spentOn" label={t('label.spentOn')} rules={required} extra={`${p.startsOn} ~ ${p.endsOn}`}>
            <DatePicker
              style={{ width: '100%' }}
              disabledDate={(d) => d.isBefore(dayjs(p.startsOn), 'day') || d.isAfter(end, 'day')}
              data-testid="expenditure-date"
            />
          </Form.Item>
        </Col>
        <Col xs={12}>
          <Form.Item name="amount" label={t('label.amount')} rules={required}>
            <MoneyInput min={0.01} step={100} data-testid="expenditure-amount" />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="description" label={t('label.description')} rules={required}>
            <Input.TextArea
              rows={2}
              maxLength={500}
              showCount
              placeholder={t('projects.expenditurePlaceholder')}
              data-testid="expenditure-description"
            />
          </Form.Item>
        </Col>
        {can('file.upload') ? (
          <Col xs={24}>
            <Form.Item name="evidenceFileId" label={t('label.evidenceFileId')} extra={t('projects.evidenceHint')}>
              <EvidenceUpload projectId={p.id} />
            </Form.Item>
          </Col>
        ) : null}
      </Row>
    </FormModal>
  );
}
