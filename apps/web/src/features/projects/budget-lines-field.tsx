import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { BUDGET_CATEGORIES, type BudgetCategory, personnelShare, toCents } from '@shegong/core';
import { Alert, Button, Flex, Form, type FormInstance, Input, Select, Typography } from 'antd';
import { useLocale, useT } from '../../app/i18n/i18n-context.tsx';
import { money } from '../organisations/filing-labels.tsx';
import { MarkerBar } from './marker-bar.tsx';
import { MoneyInput } from './money-input.tsx';
import { pct } from './project-labels.tsx';

export type LineValue = { id?: string; category?: BudgetCategory; name?: string; amount?: number | null };

/** The planned share of personnel among the lines typed so far. */
export function plannedShare(lines: LineValue[] | undefined, minimum: number) {
  const rows = (lines ?? []).filter((l) => l?.category && l.amount);
  return personnelShare(
    rows.map((l) => ({ category: l.category as string, cents: toCents(l.amount ?? 0) })),
    minimum,
  );
}

type Props = { form: FormInstance; minimum: number };

/** 预算科目: an editable table of lines with the total and the live personnel share against the rule. */
export function BudgetLinesField({ form, minimum }: Props) {
  const t = useT();
  const [locale] = useLocale();
  const lines = Form.useWatch('budgetLines', form) as LineValue[] | undefined;
  const contract = Form.useWatch('contractAmount', form) as number | undefined;
  const share = plannedShare(lines, minimum);
  const total = share.totalCents / 100;
  const categories = BUDGET_CATEGORIES.map((c) => ({ value: c, label: t(`budget.${c}`) }));
  return (
    <Form.List name="budgetLines">
      {(fields, { add, remove }, { errors }) => (
        <div data-testid="budget-lines">
          <Flex gap={8} className="sg-line-head">
            <span style={{ width: 130 }}>{t('projects.lineCategory')}</span>
            <span style={{ flex: 1 }}>{t('projects.lineName')}</span>
            <span style={{ width: 160 }}>{t('label.amount')}</span>
            <span style={{ width: 32 }} />
          </Flex>
          {fields.map((field) => (
            <Flex key={field.key} gap={8} align="flex-start" className="sg-line-row">
              {/* Kept so an edited line stays the same line (its spending points at it). */}
              <Form.Item name={[field.name, 'id']} hidden>
                <Input />
              </Form.Item>
              <Form.Item name={[field.name, 'category']} rules={[{ required: true, message: t('field.required') }]} style={{ width: 130 }}>
                <Select options={categories} data-testid="budget-line-category" />
              </Form.Item>
              <Form.Item name={[field.name, 'name']} rules={[{ required: true, message: t('field.required') }]} style={{ flex: 1 }}>
                <Input maxLength={100} data-testid="budget-line-name" />
              </Form.Item>
              <Form.Item name={[field.name, 'amount']} rules={[{ required: true, message: t('field.required') }]} style={{ width: 160 }}>
                <MoneyInput data-testid="budget-line-amount" />
              </Form.Item>
              <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('common.delete')} />
            </Flex>
          ))}
          <Form.ErrorList errors={errors} />
          <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ category: 'activities' })} data-testid="budget-line-add">
            {t('projects.addLine')}
          </Button>
          <div className="sg-share-box" data-testid="planned-share">
            <Flex justify="space-between" wrap gap={8}>
              <Typography.Text>
                {t('projects.linesTotal')}: <Typography.Text strong>{money(total, locale)}</Typography.Text>
              </Typography.Text>
              <Typography.Text>
                {t('projects.personnelPlanned')}:{' '}
                <Typography.Text strong type={share.isBelow ? 'danger' : 'success'} data-testid="planned-share-value">
                  {pct(share.share)}
                </Typography.Text>
                <Typography.Text type="secondary"> / ≥ {pct(minimum, 0)}</Typography.Text>
              </Typography.Text>
            </Flex>
            <MarkerBar
              value={share.share ?? 0}
              marker={minimum}
              color={share.isBelow ? '#ff4d4f' : '#52c41a'}
              markerLabel={t('projects.personnelRule', { minimum: pct(minimum, 0) })}
            />
            {share.isBelow ? (
              <Alert
                type="error"
                showIcon
                title={t('projects.personnelBelowBefore', { minimum: pct(minimum, 0) })}
                data-testid="planned-share-warning"
              />
            ) : null}
            {contract && total > 0 && toCents(contract) !== share.totalCents ? (
              <Alert
                type="warning"
                showIcon
                style={{ marginTop: 8 }}
                title={t('projects.linesDiffer', { total: money(total, locale), contract: money(contract, locale) })}
              />
            ) : null}
          </div>
        </div>
      )}
    </Form.List>
  );
}
