import { AutoComplete, Input } from 'antd';
import { useEffect, useState } from 'react';

type Props = {
  value?: string;
  placeholder: string;
  'aria-label'?: string;
  options?: readonly string[];
  onCommit: (value?: string) => void;
};

/**
 * A free-text filter applied on Enter, blur or picking a suggestion, so typing does not fire a
 * query per keystroke. With `options` it suggests known values but still accepts any text.
 */
export function TextFilter({ value, placeholder, 'aria-label': ariaLabel, options, onCommit }: Props) {
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  const commit = (next = text) => {
    const clean = next.trim() || undefined;
    if (clean !== value) onCommit(clean);
  };

  if (!options) {
    return (
      <Input
        allowClear
        placeholder={placeholder}
        aria-label={ariaLabel}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onPressEnter={() => commit()}
        onBlur={() => commit()}
      />
    );
  }
  return (
    <AutoComplete
      allowClear
      style={{ width: '100%' }}
      placeholder={placeholder}
      aria-label={ariaLabel}
      value={text}
      options={options.filter((o) => o.includes(text.trim())).map((o) => ({ value: o }))}
      onChange={(next?: string) => setText(next ?? '')}
      onSelect={(next?: string) => commit(next ?? '')}
      onClear={() => commit('')}
      onBlur={() => commit()}
      onInputKeyDown={(e) => e.key === 'Enter' && commit()}
    />
  );
}
