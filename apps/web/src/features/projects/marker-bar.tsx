import { Tooltip } from 'antd';
import type { ReactNode } from 'react';

type Props = {
  /** 0..1 (more than 1 is drawn full). */
  value: number;
  /** Where the marker stands, 0..1: elapsed time, or the personnel minimum. */
  marker: number;
  color: string;
  markerLabel: ReactNode;
  height?: number;
  testId?: string;
};

/** A bar with a marker line: progress against elapsed time, or a share against its minimum. */
export function MarkerBar({ value, marker, color, markerLabel, height = 10, testId }: Props) {
  const fill = Math.max(0, Math.min(1, value));
  const at = Math.max(0, Math.min(1, marker));
  return (
    <div className="sg-marker-bar" style={{ height }} data-testid={testId}>
      <div className="sg-marker-fill" style={{ width: `${fill * 100}%`, background: color }} />
      <Tooltip title={markerLabel}>
        <div className="sg-marker-line" style={{ left: `${at * 100}%` }} />
      </Tooltip>
    </div>
  );
}
