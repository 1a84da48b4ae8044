import type { ReactNode } from 'react';

type Props = { title: ReactNode; extra?: ReactNode; height: number; testId?: string; children: ReactNode };

/** A framed panel of the wall display: a lit title bar and corner accents on a translucent dark-blue ground. */
export function ScreenPanel({ title, extra, height, testId, children }: Props) {
  return (
    <section className="sg-screen-panel" style={{ height }} data-testid={testId}>
      <i className="sg-corner sg-corner-tl" />
      <i className="sg-corner sg-corner-tr" />
      <i className="sg-corner sg-corner-bl" />
      <i className="sg-corner sg-corner-br" />
      <header className="sg-screen-panel-head">
        <span className="sg-screen-panel-title">{title}</span>
        {extra ? <span className="sg-screen-panel-extra">{extra}</span> : null}
      </header>
      <div className="sg-screen-panel-body">{children}</div>
    </section>
  );
}
