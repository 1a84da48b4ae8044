import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { TARGET_INDICATORS, type TargetIndicator } from '@shegong/core';
import { Button, Flex, Form, type FormInstance, InputNumber, Select } from 'antd';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { useCategoryOptions } from './use-category-options.ts';

export type TargetValue = { indicator?: TargetIndicator; categoryCode?: string; target?: number | null };

/** 服务指标: indicator, the vulnerable-group category when the indicator counts one, and the number promised. */
export function TargetsField({ form }: { form: FormInstance }) {
  const t = useT();
  const categories = useCategoryOptions();
  const rows = Form.useWatch('targets', form) as TargetValue[] | undefined;
  const indicators = TARGET_INDICATORS.map((i) => ({ value: i, label: t(`indicator.${i}`) }));
  const required = [{ required: true, message: t('field.required') }];
  return (
    <Form.List name="targets">
      {(fields, { add, remove }, { errors }) => (
        <div data-testid="targets">
          <Flex gap={8} className="sg-line-head">
            <span style={{ flex: 1 }}>{t('projects.indicator')}</span>
            <span style={{ width: 170 }}>{t('label.category')}</span>
            <span style={{ width: 130 }}>{t('projects.target')}</span>
            <span style={{ width: 32 }} />
          </Flex>
          {fields.map((field) => {
            const needsCategory = rows?.[field.name]?.indicator === 'people_in_category';
            return (
              <Flex key={field.key} gap={8} align="flex-start" className="sg-line-row">
                <Form.Item name={[field.name, 'indicator']} rules={required} style={{ flex: 1 }}>
                  <Select
                    options={indicators}
                    onChange={() => form.setFieldValue(['targets', field.name, 'categoryCode'], undefined)}
                    data-testid="target-indicator"
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'categoryCode']} rules={needsCategory ? required : []} style={{ width: 170 }}>
                  <Select
                    options={categories}
                    disabled={!needsCategory}
                    placeholder={needsCategory ? t('label.category') : '—'}
                    showSearch={{ optionFilterProp: 'label' }}
                    data-testid="target-category"
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'target']} rules={required} style={{ width: 130 }}>
                  <InputNumber min={1} max={100_000_000} precision={0} style={{ width: '100%' }} data-testid="target-value" />
                </Form.Item>
                <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('common.delete')} />
              </Flex>
            );
          })}
          <Form.ErrorList errors={errors} />
          <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ indicator: 'person_times' })} data-testid="target-add">
            {t('projects.addTarget')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}
