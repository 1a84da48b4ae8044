/** Colours and sizes of the dashboard charts: the admin pages' light look, and the wall display's dark blue. */
export type Palette = {
  dark: boolean;
  text: string;
  muted: string;
  axis: string;
  split: string;
  colors: string[];
  font: number;
  tooltip: Record<string, unknown>;
};

export const LIGHT: Palette = {
  dark: false,
  text: '#262626',
  muted: '#8c8c8c',
  axis: '#d9d9d9',
  split: '#f0f0f0',
  colors: ['#1677ff', '#52c41a', '#fa8c16', '#722ed1', '#13c2c2', '#eb2f96', '#faad14', '#2f54eb', '#a0d911', '#f5222d'],
  font: 12,
  tooltip: {},
};

export const DARK: Palette = {
  dark: true,
  text: '#d6e8ff',
  muted: '#7ea6d8',
  axis: '#27497d',
  split: 'rgba(64, 128, 255, 0.14)',
  colors: ['#00d8ff', '#3d8bff', '#ffc53d', '#5cdbd3', '#ff7a45', '#b37feb', '#95de64', '#ff85c0', '#40a9ff', '#ffd666'],
  font: 15,
  tooltip: {
    backgroundColor: 'rgba(6, 24, 58, 0.92)',
    borderColor: '#1d5fb8',
    textStyle: { color: '#e6f4ff', fontSize: 15 },
  },
};

export function axisStyle(p: Palette) {
  return {
    axisLabel: { color: p.muted, fontSize: p.font },
    axisLine: { lineStyle: { color: p.axis } },
    axisTick: { show: false },
    splitLine: { lineStyle: { color: p.split, type: p.dark ? ('dashed' as const) : ('solid' as const) } },
    nameTextStyle: { color: p.muted, fontSize: p.font },
  };
}

export function legendStyle(p: Palette) {
  return { textStyle: { color: p.text, fontSize: p.font }, itemWidth: p.dark ? 16 : 14, itemHeight: p.dark ? 10 : 8 };
}

/** A vertical gradient for bars on the wall display; a flat colour on the admin pages. */
export function barFill(p: Palette, color: string) {
  if (!p.dark) return color;
  return {
    type: 'linear',
    x: 0,
    y: 0,
    x2: 0,
    y2: 1,
    colorStops: [
      { offset: 0, color },
      { offset: 1, color: `${color}33` },
    ],
  };
}

/** The same, running left to right, for horizontal bars. */
export function barFillHorizontal(p: Palette, color: string) {
  if (!p.dark) return color;
  return {
    type: 'linear',
    x: 0,
    y: 0,
    x2: 1,
    y2: 0,
    colorStops: [
      { offset: 0, color: `${color}33` },
      { offset: 1, color },
    ],
  };
}

/** The palette's i-th series colour (wrapping round). */
export function tone(p: Palette, i: number): string {
  return p.colors[i % p.colors.length] as string;
}
