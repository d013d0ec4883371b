/**
 * A small bar chart of metrics against their targets, as a scene (scene.ts) so PDF, print and
 * Word draw it like the map. Each metric has its own scale: the bar is its value, the dark mark
 * its target, both against the larger of the two.
 */
import { metricStatus } from '../../../domain/metrics';
import type { MetricCard } from '../../../domain/schema';
import { formatNumber } from '../../format';
import type { Primitive, Scene } from '../../scene';
import { fitLine } from '../../text';
import { STATUS_COLOURS } from '../../../domain/kinds';
import { GRID_LINE, INK, INK_SOFT, LANE_FILL, PAPER } from '../../theme';

const ROW = 28;
const LABEL_W = 230;
const BAR_X = LABEL_W + 10;
const BAR_W = 300;
const WIDTH = BAR_X + BAR_W + 170;
const COLOURS = {
  'on-track': STATUS_COLOURS['on-track'].colour,
  'off-track': STATUS_COLOURS['off-track'].colour,
  other: STATUS_COLOURS['not-started'].colour,
} as const;

const text = (
  value: string,
  x: number,
  y: number,
  options: Partial<Extract<Primitive, { type: 'text' }>> = {},
): Primitive => ({
  type: 'text',
  x,
  y,
  text: value,
  size: 11,
  bold: false,
  italic: false,
  colour: INK,
  anchor: 'start',
  maxWidth: Infinity,
  ...options,
});

function withUnit(value: number, unit: string): string {
  const n = formatNumber(value);
  return unit === '' ? n : unit === '%' ? `${n}%` : `${n} ${unit}`;
}

/** The chart scene, `ROW` px per metric, in layout pixels. */
export function metricChart(metrics: readonly MetricCard[]): Scene {
  const primitives: Primitive[] = [];
  metrics.forEach((m, i) => {
    const y = i * ROW;
    const label = fitLine(m.title.trim() || 'Untitled metric', {
      maxWidth: LABEL_W,
      style: { size: 11 },
    });
    primitives.push(text(label, 0, y + 18, { maxWidth: LABEL_W }));
    primitives.push({
      type: 'rect',
      x: BAR_X,
      y: y + 6,
      w: BAR_W,
      h: 14,
      fill: LANE_FILL,
      stroke: GRID_LINE,
      strokeWidth: 1,
      radius: 2,
    });
    const top = Math.max(m.value ?? 0, m.target ?? 0, 0) * 1.1;
    const status = metricStatus(m);
    const colour =
      status === 'on-track' || status === 'off-track' ? COLOURS[status] : COLOURS.other;
    if (m.value !== null && m.value > 0 && top > 0) {
      primitives.push({
        type: 'rect',
        x: BAR_X,
        y: y + 6,
        w: (BAR_W * m.value) / top,
        h: 14,
        fill: colour,
        stroke: null,
        strokeWidth: 0,
        radius: 2,
      });
    }
    if (m.target !== null && m.target >= 0 && top > 0) {
      const x = BAR_X + (BAR_W * m.target) / top;
      primitives.push({
        type: 'line',
        x1: x,
        y1: y + 2,
        x2: x,
        y2: y + 24,
        stroke: INK,
        strokeWidth: 2.5,
        dash: null,
      });
    }
    const words =
      m.value === null
        ? 'not measured'
        : `${withUnit(m.value, m.unit)}${m.target === null ? '' : ` / target ${withUnit(m.target, m.unit)}`}`;
    primitives.push(text(words, BAR_X + BAR_W + 10, y + 18, { colour: INK_SOFT, maxWidth: 160 }));
  });
  return {
    width: WIDTH,
    height: Math.max(ROW, metrics.length * ROW),
    title: 'Metrics against their targets',
    background: PAPER,
    primitives,
  };
}
