import type { ECharts, EChartsCoreOption } from 'echarts/core';
import { init } from 'echarts/core';
import { type CSSProperties, useEffect, useRef } from 'react';

/** What a click on a bar, slice or point reports. */
export type ChartClick = { name: string; dataIndex: number; seriesIndex?: number };

/**
 * A minimal React wrapper over modular echarts: init on mount, setOption on change, resize
 * with the container, dispose on unmount. (echarts-for-react 3.0.6 imports tslib without
 * declaring it, so its build breaks when tslib is not hoisted.) `onClick` serves drill-downs.
 */
export function EChart({
  option,
  style,
  onClick,
}: {
  option: EChartsCoreOption;
  style?: CSSProperties;
  onClick?: (e: ChartClick) => void;
}) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const handler = useRef(onClick);
  handler.current = onClick;

  useEffect(() => {
    if (!element.current) return;
    const instance = init(element.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (params) => handler.current?.(params as unknown as ChartClick));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={element} style={{ width: '100%', height: 340, ...style }} />;
}
