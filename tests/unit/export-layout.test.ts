import { describe, expect, it } from 'vitest';
import { addCard, addLane } from '../../src/domain/edits';
import type { JourneyMap } from '../../src/domain/schema';
import { layoutMap, MAP_LAYOUT, type Box, type MapLayout } from '../../src/export/layout';
import { estimateTextWidth, wrapText } from '../../src/export/text';
import { bigMap, richMap } from '../builders';

const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.w <= outer.x + outer.w &&
  inner.y + inner.h <= outer.y + outer.h;

function expectEveryCardInside(layout: MapLayout) {
  const page = { x: 0, y: 0, w: layout.width, h: layout.height };
  for (const card of layout.cards) {
    expect(inside(card, page), `card ${card.id} inside the image`).toBe(true);
    expect(inside(card, layout.grid), `card ${card.id} inside the grid`).toBe(true);
  }
}

describe('layoutMap', () => {
  it('places every card inside its cell, its lane and the image', () => {
    const map = richMap();
    const layout = layoutMap(map);
    expect(layout.cards).toHaveLength(map.cards.length);
    expectEveryCardInside(layout);
    for (const card of map.cards) {
      const box = layout.cards.find((c) => c.id === card.id)!;
      const lane = layout.lanes.find((l) => l.id === card.laneId)!;
      const step = layout.steps.find((s) => s.id === card.stepId)!;
      expect(box.y).toBeGreaterThanOrEqual(lane.y);
      expect(box.y + box.h).toBeLessThanOrEqual(lane.y + lane.h);
      expect(box.x).toBeGreaterThanOrEqual(step.x);
      expect(box.x + box.w).toBeLessThanOrEqual(step.x + step.w);
    }
  });

  it('keeps the far-right card inside the width', () => {
    const layout = layoutMap(bigMap(300, 30));
    const right = Math.max(...layout.cards.map((c) => c.x + c.w));
    expect(right).toBeLessThanOrEqual(layout.width - MAP_LAYOUT.margin);
    expectEveryCardInside(layout);
  });

  it('grows a cell to fit its cards and never overlaps them', () => {
    let map: JourneyMap = richMap();
    const before = layoutMap(map).lanes.find(
      (l) => l.id === 'l-ideas' || l.id === 'l-opportunities',
    )!;
    for (let i = 0; i < 8; i++) {
      map = addCard(map, {
        kind: 'idea',
        laneId: 'l-opportunities',
        stepId: 's-wait',
        title: `Idea ${i} with a title long enough to wrap onto more lines`,
        id: `idea-${i}`,
      });
    }
    const layout = layoutMap(map);
    const after = layout.lanes.find((l) => l.id === 'l-opportunities')!;
    expect(after.h).toBeGreaterThan(before.h);
    const cell = layout.cards
      .filter((c) => c.id.startsWith('idea-') || c.id === 'c-idea')
      .sort((a, b) => a.y - b.y);
    for (let i = 1; i < cell.length; i++) {
      expect(cell[i]!.y).toBeGreaterThanOrEqual(cell[i - 1]!.y + cell[i - 1]!.h);
    }
    expectEveryCardInside(layout);
  });

  it('stacks cards in their order within the cell', () => {
    const layout = layoutMap(richMap());
    const first = layout.cards.find((c) => c.id === 'c-touch')!;
    const second = layout.cards.find((c) => c.id === 'c-touch2')!;
    expect(second.y).toBeGreaterThan(first.y);
  });

  it('makes cards taller for longer text', () => {
    let map = richMap();
    map = addCard(map, {
      kind: 'note',
      laneId: 'l-custom',
      stepId: 's-call',
      title: 'Short',
      id: 'short',
    });
    map = addCard(map, {
      kind: 'note',
      laneId: 'l-custom',
      stepId: 's-wait',
      title: 'A much longer title '.repeat(6),
      id: 'long',
    });
    const layout = layoutMap(map);
    const short = layout.cards.find((c) => c.id === 'short')!;
    const long = layout.cards.find((c) => c.id === 'long')!;
    expect(long.h).toBeGreaterThan(short.h);
  });

  it('numbers pain points in journey order', () => {
    const layout = layoutMap(richMap());
    expect(layout.cards.find((c) => c.id === 'c-pain1')?.painPointNumber).toBe(1);
    expect(layout.cards.find((c) => c.id === 'c-pain2')?.painPointNumber).toBe(2);
    expect(layout.cards.find((c) => c.id === 'c-touch')?.painPointNumber).toBeNull();
  });

  it('draws the emotion curve through scored steps with a gap for null', () => {
    const map = richMap();
    map.phases[0]!.steps[1]!.emotionScore = null;
    // "Waits" has no score of its own: its emotion card ("Anxious", −2) gives its point.
    expect(layoutMap(map).emotionCurve.map((run) => run.map((p) => p.score))).toEqual([
      [-1, -2, 2],
    ]);
    // Without the card, nothing gives it one: a gap.
    map.cards = map.cards.filter((c) => c.id !== 'c-emotion');
    const layout = layoutMap(map);
    expect(layout.emotionCurve.map((run) => run.map((p) => p.score))).toEqual([[-1], [2]]);
    const band = layout.lanes.find((l) => l.kind === 'emotions')!.curveBand!;
    for (const point of layout.emotionCurve.flat())
      expect(inside({ x: point.x, y: point.y, w: 0, h: 0 }, band)).toBe(true);
    const all = layoutMap({ ...map, settings: { ...map.settings, showEmotionCurve: false } });
    expect(all.emotionCurve).toEqual([]);
  });

  it('puts higher scores higher on the curve', () => {
    const map = richMap();
    map.phases[0]!.steps[1]!.emotionScore = 1;
    const [run] = layoutMap(map).emotionCurve;
    expect(run!.map((p) => p.score)).toEqual([-1, 1, 2]);
    expect(run![0]!.y).toBeGreaterThan(run![1]!.y);
    expect(run![1]!.y).toBeGreaterThan(run![2]!.y);
  });

  it('draws the line of visibility where lanes turn backstage, when enabled', () => {
    const map = richMap();
    const layout = layoutMap(map);
    const teams = layout.lanes.find((l) => l.kind === 'teams')!;
    expect(layout.visibilityLines.map((line) => line.y)).toContain(teams.y);
    const off = layoutMap({ ...map, settings: { ...map.settings, showLineOfVisibility: false } });
    expect(off.visibilityLines).toEqual([]);
  });

  it('shows personas only when the map says so', () => {
    const map = richMap();
    expect(layoutMap(map).personas).toHaveLength(1);
    expect(
      layoutMap({ ...map, settings: { ...map.settings, showPersonas: false } }).personas,
    ).toEqual([]);
    const withPersona = layoutMap(map);
    const without = layoutMap({ ...map, personas: [] });
    expect(withPersona.grid.y).toBeGreaterThan(without.grid.y);
  });

  it('links the edges of the right cards and skips self links', () => {
    const map = richMap();
    map.links.push({ id: 'self', from: 'c-touch', to: 'c-touch', kind: 'flow', label: '' });
    const layout = layoutMap(map);
    expect(layout.links.map((l) => l.id)).toEqual(['k1', 'k2', 'k3']);
    const k2 = layout.links.find((l) => l.id === 'k2')!;
    const from = layout.cards.find((c) => c.id === 'c-action')!;
    const to = layout.cards.find((c) => c.id === 'c-love')!;
    expect(k2.points.slice(0, 2)).toEqual([from.x + from.w, from.y + from.h / 2]);
    expect(k2.points.slice(6)).toEqual([to.x, to.y + to.h / 2]);
    expect(layout.links.find((l) => l.id === 'k1')?.label?.text).toBe('leads to');
  });

  it('lists in the legend only the kinds the map uses', () => {
    let map = richMap();
    map = {
      ...map,
      cards: map.cards.filter((c) => c.kind === 'touchpoint' || c.kind === 'pain-point'),
      links: [],
      comments: [],
      voteRounds: [],
    };
    map = { ...map, cards: map.cards.map((c) => ({ ...c, momentOfTruth: null })) };
    map.phases[0]!.steps[0]!.momentOfTruth = null;
    const legend = layoutMap(map).legend!;
    expect(legend.items.map((i) => i.key)).toEqual([
      'touchpoint',
      'pain-point',
      'line-of-visibility',
    ]);
    expect(
      layoutMap({ ...map, settings: { ...map.settings, showLegend: false } }).legend,
    ).toBeNull();
  });

  it('gives wide step columns wider cards and honours lane minimum heights', () => {
    const map = richMap();
    map.phases[0]!.steps[0]!.width = 400;
    map.lanes[0]!.height = 500;
    const layout = layoutMap(map);
    expect(layout.cards.find((c) => c.id === 'c-touch')!.w).toBe(400 - 2 * MAP_LAYOUT.cell.padding);
    expect(layout.lanes[0]!.h).toBeGreaterThanOrEqual(500);
  });

  it('lays out an empty map and a map with no lanes', () => {
    const map = richMap();
    const empty = layoutMap({ ...map, cards: [], links: [], comments: [], voteRounds: [] });
    expect(empty.cards).toEqual([]);
    const noLanes = layoutMap({
      ...map,
      lanes: [],
      cards: [],
      links: [],
      comments: [],
      voteRounds: [],
    });
    expect(noLanes.width).toBeGreaterThan(0);
    const lanes = addLane(
      { ...map, cards: [], links: [], comments: [], voteRounds: [] },
      { name: '' },
    );
    expect(layoutMap(lanes).lanes.at(-1)!.lines[0]!.text).toBe('Untitled lane');
  });
});

describe('wrapText', () => {
  const style = { size: 13 };
  it('keeps every line within the width and loses no words', () => {
    const text = 'The customer calls the contact centre and waits on hold for a very long time';
    const lines = wrapText(text, { maxWidth: 120, style });
    for (const line of lines) expect(estimateTextWidth(line, style)).toBeLessThanOrEqual(120);
    expect(lines.join(' ')).toBe(text);
  });

  it('breaks words longer than a line and keeps surrogate pairs whole', () => {
    const lines = wrapText('😀'.repeat(30), { maxWidth: 60, style });
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('😀'.repeat(30));
  });

  it('ends with an ellipsis when cut and keeps line breaks', () => {
    expect(
      wrapText('one two three four five six', { maxWidth: 30, style, maxLines: 2 }).at(-1),
    ).toMatch(/…$/);
    expect(wrapText('first\nsecond', { maxWidth: 300, style })).toEqual(['first', 'second']);
  });

  it('drops characters XML cannot hold', () => {
    expect(wrapText('a\u0000b\u0007c\uD800d\uFFFF', { maxWidth: 300, style })).toEqual(['abcd']);
  });
});

describe('a format 3 recommendation in PNG and SVG', () => {
  it('shows its number, response, approximate dates, actions and the rolled-up status', async () => {
    const { sampleMap } = await import('../builders');
    const { updateCard } = await import('../../src/domain/edits');
    const { addAction } = await import('../../src/domain/planEdits');
    let map = sampleMap();
    const id = 'card-rec-referral-form';
    map = updateCard(map, id, {
      number: '2',
      targetDate: 'Awaiting timescales',
      response: { answer: 'partly-accepted', text: '' },
    });
    map = addAction(map, id, { id: 'a1', status: 'complete' });
    map = addAction(map, id, { id: 'a2', status: 'off-track', revisedDate: 'Spring 2023' });
    const card = layoutMap(map).cards.find((c) => c.id === id)!;
    const words = card.items.flatMap((item) =>
      item.type === 'text'
        ? [item.text]
        : item.type === 'pill'
          ? item.labels.map((l) => l.text)
          : [],
    );
    const text = words.join(' ');
    expect(text).toContain('Recommendation 2');
    expect(text).toContain('Response: Partly accepted');
    expect(text).toContain('Target Awaiting timescales');
    expect(text).toContain('2 actions, 1 complete');
    expect(text).toContain('Off track (red)');
  });
});

describe('a plan kept in the action plan only', () => {
  it('is drawn nowhere on the map; the same plan on a step is', async () => {
    const { seed004Map } = await import('../builders');
    const map = seed004Map();
    expect(layoutMap(map).cards).toEqual([]);
    const onStep = {
      ...map,
      cards: map.cards.map((c) => (c.id === 'rec-2' ? { ...c, onMap: true } : c)),
    };
    expect(layoutMap(onStep).cards.map((c) => c.id)).toEqual(['rec-2']);
  });
});
