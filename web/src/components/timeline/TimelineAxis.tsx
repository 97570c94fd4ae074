// The timeline's background: striped rows, the time axis with its grid, the "as of" line with the
// window after it shaded, and the column of undated rows at the right.
import type { Lang } from '../../../../core/display.ts';
import { timelineText } from '../../i18n/timeline-messages.ts';
import type { Layout } from './timeline-layout.ts';

export function TimelineAxis({ layout, lang }: { layout: Layout; lang: Lang }) {
  const { scale, asOf, until, top, height, width, undatedW, rows, laneH } = layout;
  const asOfX = scale && asOf ? scale.x(asOf) : null;
  const nearAsOf = (x: number): boolean => asOfX !== null && Math.abs(x - asOfX) < 70; // the label's room
  return (
    <g className="axis">
      {Array.from({ length: rows }, (_, i) => (
        <rect key={i} x={0} y={top + i * laneH} width={width} height={laneH} className={i % 2 ? 'odd' : ''} />
      ))}
      {scale && asOf && until && (
        <rect
          className="window"
          x={scale.x(asOf)}
          y={top - 6}
          width={Math.max(1, scale.x(until) - scale.x(asOf))}
          height={height - top + 6}
        />
      )}
      {scale?.ticks.map((tick) => (
        <g key={tick.date} className={tick.major ? 'tick major' : 'tick'}>
          <line x1={scale.x(tick.date)} x2={scale.x(tick.date)} y1={top - 6} y2={height} />
          {!nearAsOf(scale.x(tick.date)) && (
            <text x={scale.x(tick.date)} y={top - 12} textAnchor="middle">
              {tick.label}
            </text>
          )}
        </g>
      ))}
      {asOfX !== null && asOf && (
        <g className="as-of" data-testid="timeline-as-of">
          <line x1={asOfX} x2={asOfX} y1={top - 6} y2={height} />
          <text x={asOfX} y={top - 12} textAnchor="middle">
            {timelineText(lang, 'asOf', { date: asOf })}
          </text>
        </g>
      )}
      {undatedW > 0 && (
        <g className="undated">
          <line x1={width - undatedW - 4} x2={width - undatedW - 4} y1={top - 6} y2={height} />
          <text x={width - undatedW / 2 - 6} y={top - 12} textAnchor="middle">
            {timelineText(lang, 'undated')}
          </text>
        </g>
      )}
    </g>
  );
}
