import { ReloadOutlined } from '@ant-design/icons';
import { Button, Col, DatePicker, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type ReactNode, useEffect, useState } from 'react';
import { useT } from '../i18n/i18n-context.tsx';

/** The column a filter takes at each breakpoint (antd grid, 24 columns). */
export type FilterSpan = { xs?: number; sm?: number; md?: number; lg?: number; xl?: number };
const DEFAULT_SPAN: FilterSpan = { xs: 24, sm: 12, lg: 8, xl: 4 };

/** What every filter control receives: its accessible name, and the same text as its placeholder. */
export type FilterLabelProps = { 'aria-label': string; placeholder: string };

type FieldProps = { label: string; span?: FilterSpan; testId?: string };

/**
 * The filter bar above a list: a row of labelled controls and a reset button. Every control is
 * named by its label (aria-label), since the bar shows placeholders rather than visible labels.
 */
export function FilterBar({
  children,
  onReset,
  resetSpan,
  align,
}: {
  children: ReactNode;
  onReset?: () => void;
  resetSpan?: FilterSpan;
  align?: 'middle';
}) {
  const t = useT();
  return (
    <Row
      gutter={[12, 12]}
      style={{ marginBottom: 16 }}
      className="sg-filter-bar"
      align={align}
      role="search"
      aria-label={t('common.filters')}
    >
      {children}
      {onReset ? (
        <Col {...(resetSpan ?? { xs: 24, sm: 12, lg: 8, xl: 2 })}>
          <Button icon={<ReloadOutlined />} onClick={onReset} block>
            {t('common.reset')}
          </Button>
        </Col>
      ) : null}
    </Row>
  );
}

/** Any control (a picker of this app): the render function gets the label props to pass on. */
export function FilterField({ label, span, children }: FieldProps & { children: (labelProps: FilterLabelProps) => ReactNode }) {
  return <Col {...(span ?? DEFAULT_SPAN)}>{children({ 'aria-label': label, placeholder: label })}</Col>;
}

/** The keyword box: typing is local, the search applies on Enter or the button. */
export function FilterSearch({
  label,
  placeholder,
  span,
  testId,
  value,
  onSearch,
}: FieldProps & { placeholder?: string; value?: string; onSearch: (q: string | undefined) => void }) {
  const [keyword, setKeyword] = useState(value ?? '');
  useEffect(() => setKeyword(value ?? ''), [value]);
  return (
    <Col {...(span ?? DEFAULT_SPAN)}>
      <Input.Search
        allowClear
        aria-label={label}
        placeholder={placeholder ?? label}
        value={keyword}
        onChange={(e) => setKeyword(e.target.value)}
        onSearch={(q) => onSearch(q.trim() || undefined)}
        data-testid={testId}
      />
    </Col>
  );
}

/** One choice from a list of options. */
export function FilterSelect<V extends string>({
  label,
  span,
  testId,
  options,
  value,
  onChange,
  searchable,
}: FieldProps & {
  options: { value: V; label: string }[];
  value?: V;
  onChange: (value: V | undefined) => void;
  /** Type to narrow a long list. */
  searchable?: boolean;
}) {
  return (
    <Col {...(span ?? DEFAULT_SPAN)}>
      <Select<V>
        allowClear
        showSearch={searchable ? { optionFilterProp: 'label' } : undefined}
        style={{ width: '100%' }}
        aria-label={label}
        placeholder={label}
        options={options}
        value={value}
        onChange={(v?: V) => onChange(v)}
        popupMatchSelectWidth={false}
        data-testid={testId}
      />
    </Col>
  );
}

const day = (value?: Dayjs | null) => value?.format('YYYY-MM-DD');

/** A period of days (YYYY-MM-DD, either end open). */
export function FilterDateRange({
  label,
  span,
  testId,
  from,
  to,
  onChange,
  presets,
}: FieldProps & {
  from?: string;
  to?: string;
  onChange: (period: { from?: string; to?: string }) => void;
  presets?: { label: string; value: [Dayjs, Dayjs] }[];
}) {
  // Both inputs (start, end) are named by the label; their placeholders say which end is which.
  return (
    <Col {...(span ?? DEFAULT_SPAN)}>
      <DatePicker.RangePicker
        style={{ width: '100%' }}
        aria-label={label}
        value={[from ? dayjs(from) : null, to ? dayjs(to) : null]}
        onChange={(range) => onChange({ from: day(range?.[0]), to: day(range?.[1]) })}
        allowEmpty={[true, true]}
        presets={presets}
        data-testid={testId}
      />
    </Col>
  );
}
