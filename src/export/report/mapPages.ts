/**
 * The map on paper, drawn from the same layout and scene as the PNG and SVG exports
 * (layout.ts, scene.ts): a one-page overview, and the map split into tiles of steps × lanes
 * with the lane and phase headers repeated on every page.
 *
 * The rule (issue 12): card text is never smaller than 8 pt. The tiles are drawn at
 * `scale = 8 pt ÷ the smallest card text in layout pixels` points per pixel, and as many steps
 * and lanes as fit at that scale go on a page. Every card is on exactly one tile: a tile is a
 * set of whole steps, and a lane too tall for a page is cut between cards, never through one.
 */
import { numberPainPoints } from '../../domain/painPoints';
import type { MapSplit } from '../../domain/reportSettings';
import type { Card, JourneyMap, Lane, Phase, Step } from '../../domain/schema';
import { stepEmotion } from '../../domain/stepEmotion';
import { layoutMap } from '../layout';
import { MAP_LAYOUT, type MapLayout } from '../layoutTypes';
import { buildScene, type Scene } from '../scene';
import type { MapTile, PageSpec } from './model';
import type { Pacer } from './pacing';
import { contentBox } from './pages';
import { cropScene, emotionScale, minCardText, withoutTinyCardText } from './sceneTools';

/** The smallest card text on paper, in points (issue 12). */
export const MIN_CARD_TEXT_PT = 8;
/**
 * Card text smaller than this on the overview is left out (the cards stay as coloured boxes):
 * at 2 pt vector text can still be read by zooming in on screen; below it, it is noise.
 */
export const OVERVIEW_MIN_TEXT_PT = 2;
/** Room kept on every map page for the section heading and the tile's caption, in points. */
export const TILE_CAPTION_PT = 64;

const L = MAP_LAYOUT;

/** A map with only some steps, lanes and cards, laid out without title, personas or legend. */
function partOf(
  map: JourneyMap,
  phases: Phase[],
  lanes: Lane[],
  cards: Card[],
  painNumbers: ReadonlyMap<string, number>,
): { map: JourneyMap; layout: MapLayout } {
  const cardIds = new Set(cards.map((c) => c.id));
  const part: JourneyMap = {
    ...map,
    title: map.title,
    service: '',
    journeyType: '',
    startDate: null,
    endDate: null,
    personas: [],
    settings: { ...map.settings, showPersonas: false, showLegend: false },
    phases,
    lanes,
    cards,
    links: map.links.filter((l) => cardIds.has(l.from) && cardIds.has(l.to)),
  };
  // The judgement is a section of its own in the report; each part of the map leaves it out.
  const layout = layoutMap(part, { judgement: false });
  // Pain point numbers are the whole map's (as on the canvas), not the part's.
  for (const box of layout.cards) box.painPointNumber = painNumbers.get(box.id) ?? null;
  return { map: part, layout };
}

/** The scene of a layout cropped to its grid (headers included), with the emotion scale. */
function gridScene(layout: MapLayout, title: string): Scene {
  const scene = buildScene(layout, { background: 'white', title });
  scene.primitives.push(...emotionScale(layout));
  const { grid } = layout;
  return cropScene(scene, { x: grid.x - 1, y: grid.y - 1, w: grid.w + 2, h: grid.h + 2 }, title);
}

/** The map on one page of a report: its scene, alt text and how small its card text prints. */
export interface Overview {
  scene: Scene;
  alt: string;
  /** Whether card text was left out because it would print too small to read. */
  cardTextDropped: boolean;
  /** The card text size the overview prints at, in points (null without cards). */
  cardTextPt: number | null;
}

/** Describes the map in words, for alt text. */
export function describeMap(map: JourneyMap): string {
  const steps = map.phases.reduce((n, p) => n + p.steps.length, 0);
  const scores: (number | null)[] = map.phases.flatMap((p) =>
    p.steps.map((s) => stepEmotion(s, map.cards).score),
  );
  const scored = scores.filter((s): s is number => s !== null);
  const curve =
    scored.length > 0
      ? ` The emotion curve runs from ${Math.min(...scored)} to ${Math.max(...scored)} on a scale of −2 to +2.`
      : '';
  const phaseNames = map.phases.map((p) => p.name.trim() || 'Untitled phase').join(', ');
  return (
    `Journey map “${map.title}”: ${map.phases.length} phases, ${steps} steps, ` +
    `${map.lanes.length} lanes and ${map.cards.length} cards.` +
    (phaseNames ? ` Phases: ${phaseNames}.` : '') +
    curve +
    (map.cards.length > 0 ? ' Every card is listed in journey order in “The map in words”.' : '')
  );
}

/**
 * The whole map as one figure fitted to a page (or `share` of its height), its card text
 * dropped below OVERVIEW_MIN_TEXT_PT. Wider columns are tried too (cards wrap into fewer lines, so the map gets
 * wider and shorter): the width that prints the map largest on this page wins.
 */
export function overviewFigure(map: JourneyMap, page: PageSpec, share = 1): Overview {
  const box = contentBox(page);
  const room = { width: box.width, height: (box.height - TILE_CAPTION_PT) * share };
  const fit = (layout: MapLayout) =>
    Math.min(room.width / layout.width, room.height / layout.height);
  let best = { map, layout: layoutMap(map) };
  let bestScale = fit(best.layout);
  // Each try is a whole layout, so big maps keep their widths.
  const tries = map.cards.length <= 600 ? [300, 380, 480, 600] : [];
  for (const width of tries) {
    const wider: JourneyMap = {
      ...map,
      phases: map.phases.map((p) => ({
        ...p,
        steps: p.steps.map((s) => ({ ...s, width: Math.max(s.width ?? 0, width) })),
      })),
    };
    const layout = layoutMap(wider);
    const scale = fit(layout);
    if (scale > bestScale * 1.02) {
      best = { map: wider, layout };
      bestScale = scale;
    }
  }
  const { layout } = best;
  const scene = buildScene(layout, { background: 'white', title: map.title });
  scene.primitives.push(...emotionScale(layout));
  const min = minCardText(layout);
  const trimmed = withoutTinyCardText(scene, layout, bestScale, OVERVIEW_MIN_TEXT_PT);
  return {
    scene: trimmed.scene,
    alt: describeMap(map),
    cardTextDropped: trimmed.dropped,
    cardTextPt: min === null ? null : Math.round(min * bestScale * 10) / 10,
  };
}

interface StepRef {
  phase: Phase;
  step: Step;
  width: number;
}

/**
 * Steps cut into page-wide groups. 'phase': cuts fall between phases (as many whole phases
 * as fit go on a page; a phase wider than a page is cut between its steps). 'tile': as many
 * steps as fit, wherever the phase ends.
 */
function columnGroups(map: JourneyMap, room: number, split: MapSplit): StepRef[][] {
  const groups: StepRef[][] = [];
  let group: StepRef[] = [];
  let used = 0;
  const widthOf = (step: Step) =>
    Math.min(room, Math.max(L.cell.minStepWidth, step.width ?? L.cell.defaultStepWidth));
  const close = () => {
    if (group.length > 0) groups.push(group);
    group = [];
    used = 0;
  };
  for (const phase of map.phases) {
    const phaseWidth = phase.steps.reduce((sum, step) => sum + widthOf(step), 0);
    if (split === 'phase' && used + phaseWidth > room) close();
    for (const step of phase.steps) {
      const width = widthOf(step);
      if (used + width > room) close();
      group.push({ phase, step, width });
      used += width;
    }
  }
  close();
  return groups;
}

/** The phases of a column group, each phase cut to the group's steps ("continued" if cut). */
function phasesOf(group: StepRef[]): Phase[] {
  const out: Phase[] = [];
  for (const ref of group) {
    const last = out.at(-1);
    const step = { ...ref.step, width: ref.width };
    if (last && last.id === ref.phase.id) last.steps.push(step);
    else {
      const continued = ref.phase.steps[0]?.id !== ref.step.id;
      const name = ref.phase.name.trim() || 'Untitled phase';
      out.push({ ...ref.phase, name: continued ? `${name} (continued)` : name, steps: [step] });
    }
  }
  return out;
}

/** A horizontal band of a page: one lane, or a slice of a lane too tall for a page. */
interface Band {
  lane: Lane;
  cards: Card[];
  height: number;
  slice: number;
}

/** Cuts a lane's cells between cards so each slice fits in `room` pixels. */
function sliceLane(lane: Lane, cards: Card[], heights: ReadonlyMap<string, number>, room: number) {
  const cells = new Map<string, Card[]>();
  for (const card of cards) {
    const cell = cells.get(card.stepId);
    if (cell) cell.push(card);
    else cells.set(card.stepId, [card]);
  }
  const slices: Card[][] = [];
  for (const cell of cells.values()) {
    cell.sort((a, b) => a.order - b.order);
    let index = 0;
    let used = 0;
    for (const card of cell) {
      const h = (heights.get(card.id) ?? 0) + L.cell.gap;
      if (used > 0 && used + h > room) {
        index += 1;
        used = 0;
      }
      (slices[index] ??= []).push(card);
      used += h;
    }
  }
  return slices.map((slice, i) => ({
    lane: { ...lane, name: i === 0 ? lane.name : `${lane.name.trim() || 'Lane'} (continued)` },
    cards: slice,
    slice: i,
  }));
}

/**
 * The map cut into tiles for pages of `page` size. Each tile repeats the lane headers on its
 * left and the phase and step headers on its top. Pacer ticks keep big maps responsive.
 */
export async function mapTiles(
  map: JourneyMap,
  page: PageSpec,
  split: MapSplit,
  pacer?: Pacer,
): Promise<{ tiles: MapTile[]; scale: number }> {
  const painNumbers = numberPainPoints(map);
  const full = layoutMap(map);
  const minText = minCardText(full) ?? L.card.kindSize;
  const scale = MIN_CARD_TEXT_PT / minText;
  const box = contentBox(page);
  const roomW = box.width / scale - L.laneHeader.width - 4;
  const roomH = (box.height - TILE_CAPTION_PT) / scale - 4;
  const cardsByStep = new Map<string, Card[]>();
  for (const card of map.cards) {
    const list = cardsByStep.get(card.stepId);
    if (list) list.push(card);
    else cardsByStep.set(card.stepId, [card]);
  }
  const groups = columnGroups(map, Math.max(L.cell.minStepWidth, roomW), split);
  const pages: { phases: Phase[]; bands: Band[]; group: StepRef[] }[] = [];
  // Lanes keep their size on paper unless a minimum height would not fit on a page.
  const lanes = map.lanes.map((lane) => ({
    ...lane,
    height: lane.height === null ? null : Math.min(lane.height, roomH / 2),
  }));
  const measure = (group: StepRef[]) => {
    const phases = phasesOf(group);
    const cards = group.flatMap((ref) => cardsByStep.get(ref.step.id) ?? []);
    const { layout } = partOf(map, phases, lanes, cards, painNumbers);
    const header = (layout.steps[0]?.y ?? layout.grid.y) + (layout.steps[0]?.h ?? 0);
    const laneRoom = Math.max(100, roomH - (header - layout.grid.y));
    // Does every card fit a page's lane room (with the emotion curve's band in its lane)?
    const bands = new Map(layout.lanes.map((lane) => [lane.id, lane.curveBand?.h ?? 0]));
    const laneOf = new Map(cards.map((card) => [card.id, card.laneId]));
    const fits = layout.cards.every(
      (c) => c.h + 2 * L.cell.padding + (bands.get(laneOf.get(c.id) ?? '') ?? 0) <= laneRoom,
    );
    return {
      phases,
      cards,
      layout,
      laneRoom,
      fits,
    };
  };
  const queue = [...groups];
  while (queue.length > 0) {
    let group = queue.shift() ?? [];
    await pacer?.tick();
    let measured = measure(group);
    // A card taller than a page (nothing is cut off): widen this group's columns, trying
    // wider and wider, until it fits; steps that no longer fit the page move to the next one.
    if (!measured.fits) {
      const widest = Math.max(...group.map((ref) => ref.width));
      for (const width of [320, 420, 540, roomW]) {
        if (width <= widest || width > roomW) continue;
        const wide = group.map((ref) => ({ ...ref, width: Math.max(ref.width, width) }));
        const perPage = Math.max(1, Math.floor(roomW / width));
        const trial = measure(wide.slice(0, perPage));
        if (!trial.fits && width < roomW) continue;
        const rest: StepRef[][] = [];
        for (let i = perPage; i < wide.length; i += perPage) rest.push(wide.slice(i, i + perPage));
        queue.unshift(...rest);
        group = wide.slice(0, perPage);
        measured = trial;
        break;
      }
    }
    const { phases, cards, layout, laneRoom } = measured;
    const heights = new Map(layout.cards.map((c) => [c.id, c.h]));
    const bands: Band[] = [];
    layout.lanes.forEach((box, i) => {
      const lane = lanes[i];
      if (!lane) return;
      const laneCards = cards.filter((c) => c.laneId === lane.id);
      if (box.h <= laneRoom) {
        bands.push({ lane, cards: laneCards, height: box.h, slice: 0 });
        return;
      }
      const inner = laneRoom - 2 * L.cell.padding - (box.curveBand?.h ?? 0);
      for (const slice of sliceLane(lane, laneCards, heights, inner)) {
        bands.push({ ...slice, height: laneRoom });
      }
    });
    let current: Band[] = [];
    let used = 0;
    for (const band of bands) {
      const sameLane = current.some((b) => b.lane.id === band.lane.id);
      if (current.length > 0 && (used + band.height > laneRoom || sameLane)) {
        pages.push({ phases, bands: current, group });
        current = [];
        used = 0;
      }
      current.push(band);
      used += band.height;
    }
    if (current.length > 0 || bands.length === 0) pages.push({ phases, bands: current, group });
  }

  const tiles: MapTile[] = [];
  for (const [index, part] of pages.entries()) {
    await pacer?.tick();
    const lanes = part.bands.map((b) => b.lane);
    const cards = part.bands.flatMap((b) => b.cards);
    const { layout } = partOf(map, part.phases, lanes, cards, painNumbers);
    const first = part.group[0];
    const last = part.group.at(-1);
    const phaseNames = [...new Set(part.phases.map((p) => p.name))].join(', ');
    const laneNames = lanes.map((l) => l.name.trim() || 'Untitled lane');
    const stepRange =
      first && last
        ? first === last
          ? `step “${first.step.title.trim() || 'Untitled step'}”`
          : `steps “${first.step.title.trim() || 'Untitled step'}” to “${last.step.title.trim() || 'Untitled step'}”`
        : 'no steps';
    const caption = `Part ${index + 1} of ${pages.length}: ${phaseNames || 'no phases'} · ${stepRange}`;
    tiles.push({
      scene: gridScene(layout, `${map.title} – part ${index + 1}`),
      scale,
      caption,
      alt:
        `Part ${index + 1} of the journey map: ${phaseNames || 'no phases'}, ${stepRange}; ` +
        `lanes ${laneNames.join(', ') || 'none'}; ${layout.cards.length} cards.`,
      cardIds: layout.cards.map((c) => c.id),
      minCardTextPx: minCardText(layout),
    });
  }
  return { tiles, scale };
}
