import { Flex, Progress, Tooltip, Typography } from 'antd';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { PACE_HEX, type Pace, pct } from './project-labels.tsx';

type Props = { elapsed: number; executionRate: number | null; pace: string };

/** Two thin bars in a list row: how much of the period has gone by, and how much of the budget is spent. */
export function ElapsedBars({ elapsed, executionRate, pace }: Props) {
  const t = useT();
  const color = PACE_HEX[(pace in PACE_HEX ? pace : 'not_started') as Pace];
  return (
    <Tooltip title={t('projects.elapsedTip', { elapsed: pct(elapsed, 0), spent: pct(executionRate, 0) })}>
      <Flex vertical gap={0} style={{ width: 140 }} data-testid="project-elapsed">
        <Flex align="center" gap={6}>
          <Typography.Text type="secondary" style={{ fontSize: 12, minWidth: 26, whiteSpace: 'nowrap', flexShrink: 0 }}>
            {t('projects.timeShort')}
          </Typography.Text>
          <Progress
            percent={Math.round(elapsed * 100)}
            size="small"
            status="normal"
            format={(v) => `${v}%`}
            strokeColor={color}
            style={{ margin: 0, flex: 1 }}
          />
        </Flex>
        <Flex align="center" gap={6}>
          <Typography.Text type="secondary" style={{ fontSize: 12, minWidth: 26, whiteSpace: 'nowrap', flexShrink: 0 }}>
            {t('projects.spentShort')}
          </Typography.Text>
          <Progress
            percent={Math.round((executionRate ?? 0) * 100)}
            size="small"
            status="normal"
            format={(v) => `${v}%`}
            strokeColor="#13c2c2"
            style={{ margin: 0, flex: 1 }}
          />
        </Flex>
      </Flex>
    </Tooltip>
  );
}
