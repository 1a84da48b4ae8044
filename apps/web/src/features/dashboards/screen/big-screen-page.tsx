import { BarChart, GaugeChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useNavigate } from 'react-router-dom';
import { useT } from '../../../app/i18n/i18n-context.tsx';
import { useDashboard, useDashboardParams } from '../dashboards-api.ts';
import { ScreenColumns } from './screen-columns.tsx';
import { ScreenHeader } from './screen-header.tsx';
import { ScreenNumbers } from './screen-numbers.tsx';
import { SCREEN_HEIGHT, SCREEN_WIDTH, useScreenScale } from './use-screen-scale.ts';
import './screen.css';
import './screen-panels.css';
import './screen-ticker.css';

use([BarChart, LineChart, PieChart, GaugeChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** Refreshed every minute; the rollups make each refresh cheap however large the ledger grows. */
const REFRESH_MS = 60_000;

/** 大屏: the dashboard for the bureau's wall, laid out at 1920×1080 and scaled to the screen, without the admin chrome. */
export function BigScreenPage() {
  const t = useT();
  const navigate = useNavigate();
  const scale = useScreenScale();
  const { params, drill, search } = useDashboardParams();
  const dashboard = useDashboard(params, REFRESH_MS);
  const d = dashboard.data;

  return (
    <div className="sg-screen-viewport" data-testid="big-screen">
      <div
        className="sg-screen"
        style={{
          width: SCREEN_WIDTH,
          height: SCREEN_HEIGHT,
          transform: `translate(-50%, -50%) scale(${scale})`,
        }}
      >
        {d ? (
          <>
            <ScreenHeader
              regionName={d.scope.name}
              year={d.year}
              updatedAt={dashboard.dataUpdatedAt}
              onBack={() => navigate(`/dashboards${search ? `?${search}` : ''}`)}
            />
            <ScreenNumbers totals={d.totals} />
            <ScreenColumns
              data={d}
              onPick={(child) => drill(child.kind === 'station' ? { stationId: child.code } : { regionCode: child.code })}
            />
          </>
        ) : (
          <div className="sg-screen-loading">
            {dashboard.isError
              ? dashboard.error instanceof Error
                ? dashboard.error.message
                : t('status.loadFailed')
              : t('common.loading')}
          </div>
        )}
      </div>
    </div>
  );
}
