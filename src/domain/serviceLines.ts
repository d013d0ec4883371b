/**
 * The lines a service blueprint draws between its lanes (Shostack's blueprint, as the service
 * blueprint template lays it out): the line of interaction under the customer's actions, the
 * line of visibility between what the customer sees and what they do not, and the line of
 * internal interaction above the support processes. A journey map of frontstage and backstage
 * lanes only (seed 001) has just the line of visibility, where it always had it.
 */
import type { ExperienceSide } from './vocabulary';

/** The three lines, top to bottom. */
export const SERVICE_LINE_KINDS = ['interaction', 'visibility', 'internal-interaction'] as const;
/** One of SERVICE_LINE_KINDS. */
export type ServiceLineKind = (typeof SERVICE_LINE_KINDS)[number];

/** Each line's name, as the canvas and the exports label it. */
export const SERVICE_LINE_LABELS: Record<ServiceLineKind, string> = {
  interaction: 'Line of interaction',
  visibility: 'Line of visibility',
  'internal-interaction': 'Line of internal interaction',
};

/** A line above the lane at `index` (between lanes index − 1 and index). */
export interface ServiceLine {
  index: number;
  kind: ServiceLineKind;
}

const VISIBLE: ReadonlySet<ExperienceSide> = new Set(['customer', 'frontstage']);

/**
 * The lines between consecutive lanes, top to bottom. A line is drawn where the lanes go down
 * across it: customer → anything else (interaction), customer or frontstage → backstage or
 * support (visibility), anything else → support (internal interaction). Two lines can fall
 * between the same two lanes (customer actions straight above backstage).
 */
export function serviceLines(lanes: readonly { side: ExperienceSide }[]): ServiceLine[] {
  const lines: ServiceLine[] = [];
  for (let index = 1; index < lanes.length; index++) {
    const above = lanes[index - 1]?.side;
    const below = lanes[index]?.side;
    if (above === undefined || below === undefined) continue;
    if (above === 'customer' && below !== 'customer') lines.push({ index, kind: 'interaction' });
    if (VISIBLE.has(above) && !VISIBLE.has(below)) lines.push({ index, kind: 'visibility' });
    if (above !== 'support' && below === 'support') {
      lines.push({ index, kind: 'internal-interaction' });
    }
  }
  return lines;
}
