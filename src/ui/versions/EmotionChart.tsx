/**
 * The two emotion curves of a comparison drawn together, step by step (−2 … +2): the earlier
 * map dashed with round points, the later solid with square points, so they differ without
 * colour; followed by the same numbers in a table.
 */
import type { EmotionComparison } from '../../domain/compare';

const STEP_WIDTH = 90;
const HEIGHT = 160;
const PAD = { left: 40, right: 20, top: 14, bottom: 14 };
const yOf = (score: number) => PAD.top + ((2 - score) / 4) * (HEIGHT - PAD.top - PAD.bottom);

/** Consecutive scored points of one side, as polyline runs (a missing score breaks the line). */
function runs(emotions: EmotionComparison, side: 'before' | 'after'): [number, number][][] {
  const out: [number, number][][] = [];
  let run: [number, number][] = [];
  emotions.steps.forEach((step, i) => {
    const score = step[side];
    if (score === null) {
      if (run.length) out.push(run);
      run = [];
    } else run.push([PAD.left + i * STEP_WIDTH + STEP_WIDTH / 2, yOf(score)]);
  });
  if (run.length) out.push(run);
  return out;
}

const signed = (n: number | null) => (n === null ? '—' : n > 0 ? `+${n}` : String(n));
const average = (n: number | null) => (n === null ? '—' : n.toFixed(1));

/** The chart and its table. */
export function EmotionChart({
  emotions,
  beforeLabel,
  afterLabel,
}: {
  emotions: EmotionComparison;
  beforeLabel: string;
  afterLabel: string;
}) {
  const width = PAD.left + PAD.right + Math.max(1, emotions.steps.length) * STEP_WIDTH;
  const before = runs(emotions, 'before');
  const after = runs(emotions, 'after');
  return (
    <div className="emotion-chart">
      <p>
        Average emotion {average(emotions.averageBefore)} before, {average(emotions.averageAfter)}{' '}
        after; {emotions.improved} steps better, {emotions.worsened} worse.
      </p>
      <ul className="emotion-chart__legend" aria-label="Curves">
        <li>
          <svg width="36" height="12" aria-hidden="true">
            <line x1="0" y1="6" x2="36" y2="6" className="emotion-chart__before" />
          </svg>{' '}
          Before (dashed, round points): {beforeLabel}
        </li>
        <li>
          <svg width="36" height="12" aria-hidden="true">
            <line x1="0" y1="6" x2="36" y2="6" className="emotion-chart__after" />
          </svg>{' '}
          After (solid, square points): {afterLabel}
        </li>
      </ul>
      <div
        className="emotion-chart__frame"
        tabIndex={0}
        role="group"
        aria-label="Emotion curves (scrolls sideways)"
      >
        <svg
          width={width}
          height={HEIGHT}
          role="img"
          aria-label="Both emotion curves, step by step (the numbers are in the table below)"
        >
          {[-2, -1, 0, 1, 2].map((score) => (
            <g key={score}>
              <line
                x1={PAD.left}
                x2={width - PAD.right}
                y1={yOf(score)}
                y2={yOf(score)}
                className="emotion-chart__grid"
              />
              <text x={PAD.left - 8} y={yOf(score) + 4} textAnchor="end" fontSize={11}>
                {signed(score)}
              </text>
            </g>
          ))}
          {before.map((points, i) => (
            <polyline
              key={`b${i}`}
              points={points.flat().join(' ')}
              className="emotion-chart__before"
            />
          ))}
          {after.map((points, i) => (
            <polyline
              key={`a${i}`}
              points={points.flat().join(' ')}
              className="emotion-chart__after"
            />
          ))}
          {before.flat().map(([x, y], i) => (
            <circle key={`bc${i}`} cx={x} cy={y} r={5} className="emotion-chart__point--before" />
          ))}
          {after.flat().map(([x, y], i) => (
            <rect
              key={`ar${i}`}
              x={x - 5}
              y={y - 5}
              width={10}
              height={10}
              className="emotion-chart__point--after"
            />
          ))}
        </svg>
      </div>
      <table className="compare-table">
        <caption>Emotion by step</caption>
        <thead>
          <tr>
            <th scope="col">Phase</th>
            <th scope="col">Step</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {emotions.steps.map((step) => (
            <tr key={step.stepId}>
              <td>{step.phase}</td>
              <th scope="row">
                {step.title}
                {step.in === 'before' ? ' (removed)' : step.in === 'after' ? ' (added)' : ''}
              </th>
              <td>{signed(step.before)}</td>
              <td>{signed(step.after)}</td>
              <td>{signed(step.delta)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
