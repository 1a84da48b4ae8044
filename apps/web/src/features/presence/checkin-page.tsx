import { AimOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Result, Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import { ErrorResult } from '../../app/components/error-result.tsx';
import { useLocale, useT } from '../../app/i18n/i18n-context.tsx';
import { CheckinCard } from './checkin-card.tsx';
import { usePresenceToday } from './presence-api.ts';
import { usePosition } from './use-position.ts';

/** 到岗签到, phone first: today's communities as big cards; one tap to arrive, one to leave. */
export function CheckinPage() {
  const t = useT();
  const [locale] = useLocale();
  const today = usePresenceToday();
  const { position, state } = usePosition();

  if (today.isError) return <ErrorResult error={today.error} onRetry={() => today.refetch()} />;
  const d = today.data;
  const date = d ? dayjs(d.day).format(locale === 'zh-CN' ? 'M月D日 dddd' : 'dddd, MMM D') : '';

  return (
    <div className="sg-checkin" data-testid="checkin-page">
      <Flex justify="space-between" align="flex-end" gap={8} style={{ marginBottom: 12 }}>
        <div>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('checkin.title')}
          </Typography.Title>
          <Typography.Text type="secondary">
            {date}
            {d ? ` · ${t('checkin.required', { days: d.requiredDaysPerWeek })}` : ''}
          </Typography.Text>
        </div>
        <Button icon={<ReloadOutlined />} onClick={() => today.refetch()} loading={today.isFetching} aria-label={t('common.reload')} />
      </Flex>
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginBottom: 12 }} data-testid="checkin-location">
        <AimOutlined style={{ marginInlineEnd: 4 }} />
        {state === 'ok' && position
          ? t('checkin.located', { accuracy: position.accuracyM })
          : t(state === 'pending' ? 'checkin.locating' : 'checkin.noLocation')}
      </Typography.Text>
      {!d ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : !d.worker ? (
        <Result
          status="warning"
          title={t('checkin.noWorkerTitle')}
          subTitle={t('field.no_worker_record')}
          data-testid="checkin-no-worker"
        />
      ) : d.communities.length === 0 ? (
        <Empty description={t('checkin.noCommunities')} style={{ marginTop: 48 }} data-testid="checkin-empty" />
      ) : (
        <Flex vertical gap={12}>
          {d.communities.map((c) => (
            <CheckinCard key={c.communityCode} community={c} required={d.requiredDaysPerWeek} position={position} />
          ))}
        </Flex>
      )}
    </div>
  );
}
