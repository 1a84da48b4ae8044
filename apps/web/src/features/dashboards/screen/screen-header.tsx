import { ArrowLeftOutlined, FullscreenExitOutlined, FullscreenOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useLocale, useT } from '../../../app/i18n/i18n-context.tsx';
import { useNow } from './use-screen-scale.ts';

type Props = { regionName: string; year: number; updatedAt: number; onBack: () => void };

/** Date and time on the left, the region's title in the middle, the year, last refresh and controls on the right. */
export function ScreenHeader({ regionName, year, updatedAt, onBack }: Props) {
  const t = useT();
  const [locale] = useLocale();
  const now = dayjs(useNow());
  const [full, setFull] = useState(Boolean(document.fullscreenElement));
  useEffect(() => {
    const onChange = () => setFull(Boolean(document.fullscreenElement));
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  const toggle = () =>
    (document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen()).catch(() => {});

  return (
    <header className="sg-screen-head">
      <div className="sg-screen-clock" data-testid="screen-clock">
        <span className="sg-screen-time">{now.format('HH:mm:ss')}</span>
        <span className="sg-screen-date">
          {now.format(locale === 'zh-CN' ? 'YYYY年M月D日' : 'MMM D, YYYY')}
          <br />
          {now.format('dddd')}
        </span>
      </div>
      <div className="sg-screen-title">
        <h1 data-testid="screen-title">{t('screen.title', { region: regionName })}</h1>
        <div className="sg-screen-subtitle">{t('screen.subtitle')}</div>
      </div>
      <div className="sg-screen-meta">
        <div>
          <span className="sg-screen-year">{t('screen.year', { year })}</span>
          <span className="sg-screen-updated">{t('screen.updated', { time: dayjs(updatedAt).format('HH:mm:ss') })}</span>
        </div>
        <div className="sg-screen-buttons">
          <button type="button" onClick={toggle} data-testid="screen-fullscreen">
            {full ? <FullscreenExitOutlined /> : <FullscreenOutlined />} {t(full ? 'screen.exitFullscreen' : 'screen.fullscreen')}
          </button>
          <button type="button" onClick={onBack} data-testid="screen-back">
            <ArrowLeftOutlined /> {t('screen.back')}
          </button>
        </div>
      </div>
    </header>
  );
}
