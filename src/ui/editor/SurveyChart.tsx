/**
 * The channels compared as a small bar chart (seed 003): for each aspect a group of bars, one
 * per channel, each as tall as its average score out of 10, with its value written over it and
 * the channel's letter under it (so the chart never relies on colour alone; the key names the
 * letters). Colours are the design tokens' (tokens.css). Screen readers get the table
 * "Channels compared" beside it, which holds the same numbers: the chart points at it.
 */
import { useId } from 'react';
import type { surveyComparison } from './SurveyScoresPanel';

/** Bar fills, one per channel in turn: the tokens' strong colours, each 4.5:1 or more on white. */
const FILLS = [
  'var(--color-brand)',
  'var(--color-visibility)',
  'var(--color-ok-strong)',
  'var(--color-warn)',
  'var(--color-danger)',
  'var(--color-focus)',
] as const;

/** Sizes in px. */
const C = { bar: 18, gap: 4, groupGap: 18, plot: 100, top: 16, bottom: 36, left: 24 } as const;

/** The chart (see the module comment); `tableId` is the id of the table that says it in words. */
export function SurveyChart({
  comparison,
  tableId,
}: {
  comparison: ReturnType<typeof surveyComparison>;
  tableId: string;
}) {
  const titleId = useId();
  const { channels, aspects } = comparison;
  const letter = (i: number) => String.fromCharCode(65 + (i % 26));
  const groupWidth = channels.length * (C.bar + C.gap) - C.gap;
  const width = C.left + aspects.length * (groupWidth + C.groupGap);
  const height = C.top + C.plot + C.bottom;
  const y = (score: number) => C.top + C.plot - (Math.max(0, Math.min(10, score)) / 10) * C.plot;
  return (
    <figure className="survey-chart">
      <svg
        role="img"
        aria-labelledby={titleId}
        aria-describedby={tableId}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
      >
        <title id={titleId}>Average score out of 10 by channel, for each aspect</title>
        {[0, 5, 10].map((tick) => (
          <g key={tick}>
            <line
              x1={C.left - 4}
              x2={width}
              y1={y(tick)}
              y2={y(tick)}
              className="survey-chart__grid"
            />
            <text x={C.left - 6} y={y(tick) + 4} textAnchor="end" className="survey-chart__tick">
              {tick}
            </text>
          </g>
        ))}
        {aspects.map(({ aspect, byChannel }, a) => {
          const x0 = C.left + C.groupGap / 2 + a * (groupWidth + C.groupGap);
          return (
            <g key={aspect}>
              {byChannel.map((score, c) => {
                const x = x0 + c * (C.bar + C.gap);
                const average = score?.average ?? null;
                return (
                  <g key={channels[c]}>
                    {average === null ? null : (
                      <>
                        <rect
                          x={x}
                          y={y(average)}
                          width={C.bar}
                          height={C.top + C.plot - y(average)}
                          style={{ fill: FILLS[c % FILLS.length] }}
                        />
                        <text
                          x={x + C.bar / 2}
                          y={y(average) - 3}
                          textAnchor="middle"
                          className="survey-chart__value"
                        >
                          {average}
                        </text>
                      </>
                    )}
                    <text
                      x={x + C.bar / 2}
                      y={C.top + C.plot + 12}
                      textAnchor="middle"
                      className="survey-chart__letter"
                    >
                      {letter(c)}
                    </text>
                  </g>
                );
              })}
              <text
                x={x0 + groupWidth / 2}
                y={C.top + C.plot + 28}
                textAnchor="middle"
                className="survey-chart__aspect"
              >
                {aspect || 'No aspect'}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="survey-chart__key">
        {channels.map((channel, c) => (
          <span key={channel}>
            <span
              className="survey-chart__swatch"
              style={{ background: FILLS[c % FILLS.length] }}
              aria-hidden="true"
            />
            {letter(c)}: {channel || 'No channel'}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
