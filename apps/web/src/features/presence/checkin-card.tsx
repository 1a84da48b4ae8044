import { CheckCircleFilled, EnvironmentOutlined, LoginOutlined, LogoutOutlined } from '@ant-design/icons';
import type { PresenceToday } from '@shegong/contracts';
import { App, Button, Card, Flex, Tag, Typography } from 'antd';
import { useApiError } from '../../app/api/use-api-error.ts';
import { useT } from '../../app/i18n/i18n-context.tsx';
import { useCheckIn, useLeave } from './presence-api.ts';
import type { Position } from './use-position.ts';

type Community = PresenceToday['communities'][number];
const hm = (time: string | null | undefined) => (time ? time.slice(0, 5) : '—');

/** One community today: 到岗签到, then 离开签退, with the times the server recorded. */
export function CheckinCard({ community: c, required, position }: { community: Community; required: number; position: Position | null }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const checkIn = useCheckIn();
  const leave = useLeave();
  const checkin = c.checkin;
  const left = Boolean(checkin?.leftAt);
  const days = Math.min(c.daysThisWeek, 7);
  const dots = Array.from({ length: Math.max(required, days) }, (_, i) => ({ id: `day-${i + 1}`, on: i < days }));

  const arrive = () =>
    checkIn.mutate(
      { communityCode: c.communityCode, ...(position ?? {}) },
      { onSuccess: (r) => message.success(t('checkin.arrived', { time: hm(r.arrivedAt) })), onError: (e) => showError(e) },
    );
  const depart = () => {
    if (!checkin) return;
    leave.mutate(checkin.id, {
      onSuccess: (r) => message.success(t('checkin.left', { time: hm(r.leftAt) })),
      onError: (e) => showError(e),
    });
  };

  return (
    <Card className={`sg-checkin-card${left ? ' is-done' : checkin ? ' is-in' : ''}`} data-testid="checkin-card">
      <Flex justify="space-between" align="flex-start" gap={8}>
        <div style={{ minWidth: 0 }}>
          <Typography.Title level={4} style={{ margin: 0 }} ellipsis>
            <EnvironmentOutlined style={{ color: '#1677ff', marginInlineEnd: 6 }} />
            {c.communityName}
          </Typography.Title>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {c.stationName ?? ''}
          </Typography.Text>
        </div>
        <Tag color={c.via === 'assignment' ? 'blue' : 'default'} style={{ marginInlineEnd: 0 }}>
          {t(`presence.via.${c.via}`)}
        </Tag>
      </Flex>
      <Flex align="center" gap={6} style={{ margin: '12px 0' }} data-testid="checkin-week">
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t('checkin.thisWeek', { days: c.daysThisWeek, required })}
        </Typography.Text>
        {dots.map((dot) => (
          <span key={dot.id} className={`sg-day-dot${dot.on ? ' is-on' : ''}`} />
        ))}
      </Flex>
      <Flex className="sg-checkin-times" gap={12}>
        <div>
          <Typography.Text type="secondary">{t('checkin.arrivedAt')}</Typography.Text>
          <div className="sg-checkin-time" data-testid="checkin-arrived">
            {hm(checkin?.arrivedAt)}
          </div>
        </div>
        <div>
          <Typography.Text type="secondary">{t('checkin.leftAt')}</Typography.Text>
          <div className="sg-checkin-time" data-testid="checkin-left">
            {hm(checkin?.leftAt)}
          </div>
        </div>
      </Flex>
      {!checkin ? (
        <Button
          type="primary"
          size="large"
          block
          icon={<LoginOutlined />}
          className="sg-checkin-button"
          loading={checkIn.isPending}
          onClick={arrive}
          data-testid="checkin-arrive"
        >
          {t('checkin.arrive')}
        </Button>
      ) : !left && checkin.allowedActions.includes('leave') ? (
        <Button
          size="large"
          block
          danger
          icon={<LogoutOutlined />}
          className="sg-checkin-button"
          loading={leave.isPending}
          onClick={depart}
          data-testid="checkin-leave"
        >
          {t('checkin.leave')}
        </Button>
      ) : (
        <Flex align="center" justify="center" gap={8} className="sg-checkin-done" data-testid="checkin-done">
          <CheckCircleFilled style={{ color: '#52c41a', fontSize: 20 }} />
          <Typography.Text strong>{t(left ? 'checkin.doneToday' : 'checkin.checkedIn')}</Typography.Text>
        </Flex>
      )}
    </Card>
  );
}
