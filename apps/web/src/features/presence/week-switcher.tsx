import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { addDays, isoWeekOf, weekBounds } from '@shegong/core';
import { Button, DatePicker, Space } from 'antd';
import dayjs from 'dayjs';
import { useT } from '../../app/i18n/i18n-context.tsx';

type Props = { week: string; currentWeek: string; onChange: (week: string) => void };

/** An ISO week (Monday first, Asia/Shanghai) with previous / next and a week picker. */
export function WeekSwitcher({ week, currentWeek, onChange }: Props) {
  const t = useT();
  const { start, end } = weekBounds(week);
  return (
    <Space.Compact data-testid="week-switcher">
      <Button icon={<LeftOutlined />} onClick={() => onChange(isoWeekOf(addDays(start, -7)))} aria-label={t('presence.previousWeek')} />
      <DatePicker
        picker="week"
        allowClear={false}
        value={dayjs(start)}
        format={() => `${week} (${start.slice(5)} ~ ${end.slice(5)})`}
        onChange={(d) => d && onChange(isoWeekOf(d.format('YYYY-MM-DD')))}
        disabledDate={(d) => isoWeekOf(d.format('YYYY-MM-DD')) > currentWeek}
        style={{ width: 230 }}
      />
      <Button
        icon={<RightOutlined />}
        disabled={week >= currentWeek}
        onClick={() => onChange(isoWeekOf(addDays(start, 7)))}
        aria-label={t('presence.nextWeek')}
      />
    </Space.Compact>
  );
}
