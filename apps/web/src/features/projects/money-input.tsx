import { InputNumber, type InputNumberProps } from 'antd';

const withCommas = (value: string | number | undefined) => {
  if (value === undefined || value === '') return '';
  const [whole = '', decimals] = String(value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return decimals === undefined ? grouped : `${grouped}.${decimals}`;
};

/** An amount in yuan with thousands separators and at most two decimals (¥2,400,000.00). */
export function MoneyInput(props: InputNumberProps<number>) {
  return (
    <InputNumber<number>
      min={0}
      step={10000}
      precision={2}
      prefix="¥"
      style={{ width: '100%' }}
      formatter={withCommas}
      // As antd's own example: the cleaned text, which the input turns into its number.
      parser={(text) => (text ?? '').replace(/[^\d.]/g, '') as unknown as number}
      {...props}
    />
  );
}
