/**
 * A card looks the same on screen and on paper: the canvas card (rendered with Testing
 * Library) and the exported map (its scene, its SVG and its PNG drawing calls) use the same
 * colours for every kind, status, emotion and tally. This fails if someone gives the exports
 * (or the canvas) a colour table of their own again.
 */
import { ReactFlowProvider, type NodeProps } from '@xyflow/react';
import { render } from '@testing-library/react';
import type { ComponentType, ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { CommandProvider } from '../../src/bindings/EditorProvider';
import { createClipboard } from '../../src/commands/clipboard';
import { noCanvas, type CommandContext } from '../../src/commands/context';
import { Editor } from '../../src/editor/editor';
import { CardNode } from '../../src/canvas/CardNode';
import type { CardNode as CardNodeType } from '../../src/canvas/toNodes';
import {
  EMOTION_COLOURS,
  MOMENT_OF_TRUTH,
  STATUS_COLOURS,
  TALLY_COLOURS,
} from '../../src/domain/kinds';
import type { Card, JourneyMap } from '../../src/domain/schema';
import { CARD_KINDS, type EmotionScore } from '../../src/domain/vocabulary';
import { drawPrimitives, type DrawingContext } from '../../src/export/canvasDraw';
import { layoutMap } from '../../src/export/layout';
import { buildScene, type Primitive } from '../../src/export/scene';
import { sceneToSvg } from '../../src/export/svg';
import { richMap } from '../builders';

type Rect = Extract<Primitive, { type: 'rect' }>;

/** The canvas card of `card`, as the editor renders it. */
function renderCard(map: JourneyMap, card: Card): HTMLElement {
  const ctx: CommandContext = {
    editor: new Editor(map),
    canvas: noCanvas,
    clipboard: createClipboard(),
  };
  const Node = CardNode as unknown as ComponentType<Partial<NodeProps<CardNodeType>>>;
  const wrap = (children: ReactNode) => (
    <ReactFlowProvider>
      <CommandProvider value={ctx}>{children}</CommandProvider>
    </ReactFlowProvider>
  );
  const { container } = render(
    wrap(
      <Node
        id={card.id}
        selected={false}
        data={{ card, painNumber: null, dimmed: false, search: 'none', name: card.title }}
      />,
    ),
  );
  const element = container.querySelector<HTMLElement>('.card');
  if (!element) throw new Error('no card rendered');
  return element;
}

/** The exported map of `map`: its layout and its scene. */
function exportScene(map: JourneyMap) {
  const layout = layoutMap(map);
  return { layout, scene: buildScene(layout, { background: 'white', title: map.title }) };
}

/** The card's body and its stripe in the scene: the two rects drawn at its corner. */
function exportedCard(map: JourneyMap, cardId: string): { body: Rect; stripe: Rect } {
  const { layout, scene } = exportScene(map);
  const box = layout.cards.find((c) => c.id === cardId);
  if (!box) throw new Error(`card ${cardId} not exported`);
  const [body, stripe] = scene.primitives.filter(
    (p): p is Rect => p.type === 'rect' && p.x === box.x && p.y === box.y,
  );
  if (!body || !stripe) throw new Error(`card ${cardId} not drawn`);
  return { body, stripe };
}

describe('screen and export colours', () => {
  const map = richMap();

  it.each(CARD_KINDS)('are the same for %s cards', (kind) => {
    const card = map.cards.find((c) => c.kind === kind);
    if (!card) throw new Error(`richMap has no ${kind}`);
    const element = renderCard(map, card);
    const accent = element.style.getPropertyValue('--kind-accent');
    const background = element.style.getPropertyValue('--kind-bg');
    expect(accent).toMatch(/^#[0-9a-f]{6}$/);

    const { body, stripe } = exportedCard(map, card.id);
    expect(body.fill).toBe(background);
    expect(body.stroke).toBe(accent);
    expect(stripe.fill).toBe(accent);

    // The SVG file and the PNG drawing calls carry the same values.
    const svg = sceneToSvg({ ...exportScene(map).scene, primitives: [body, stripe] });
    expect(svg).toContain(`fill="${background}"`);
    expect(svg).toContain(`stroke="${accent}"`);
    const styles: unknown[] = [];
    const ctx = new Proxy({} as Record<string, unknown>, {
      get: (target, key: string) => (key in target ? target[key] : () => undefined),
      set: (target, key: string, value) => {
        if (key === 'fillStyle' || key === 'strokeStyle') styles.push(value);
        target[key] = value;
        return true;
      },
    });
    drawPrimitives(ctx as unknown as DrawingContext, [body, stripe]);
    expect(styles).toEqual(expect.arrayContaining([background, accent]));
  });

  it('are the same for a recommendation status, emotion faces and evidence tallies', () => {
    const evidence = map.cards.find((c) => c.kind === 'evidence');
    const emotion = map.cards.find((c) => c.kind === 'emotion');
    if (evidence?.kind !== 'evidence' || emotion?.kind !== 'emotion' || emotion.score === null)
      throw new Error('richMap lacks a scored emotion or an evidence card');

    // Status: one registry entry gives the canvas card's border and the exported pill.
    const recommendation = map.cards.find((c) => c.kind === 'recommendation');
    if (recommendation?.kind !== 'recommendation') throw new Error('richMap lacks one');
    const status = STATUS_COLOURS[recommendation.status];
    expect(renderCard(map, recommendation).style.getPropertyValue('--card-status')).toBe(
      status.colour,
    );
    const pills = exportScene(map).layout.cards.flatMap((c) =>
      c.items.filter((item) => item.type === 'pill').map((item) => item.colour),
    );
    expect(pills).toEqual([status.ink]);

    // Tallies: the canvas bar's gradient and the exported bar's segments.
    const bar = renderCard(map, evidence).querySelector<HTMLElement>('.card__bar');
    const gradient = bar?.style.background ?? '';
    const { scene } = exportScene(map);
    const fills = new Set(
      scene.primitives.filter((p): p is Rect => p.type === 'rect').map((p) => p.fill),
    );
    for (const colour of Object.values(TALLY_COLOURS)) {
      expect(
        [colour, hexToRgb(colour)].some((c) => gradient.includes(c)),
        colour,
      ).toBe(true);
      expect(fills).toContain(colour);
    }

    // Emotion: the face on the card and the dots of the exported curve.
    const face = renderCard(map, emotion).querySelector<HTMLElement>('.card__face');
    const faceColour = EMOTION_COLOURS[emotion.score as EmotionScore];
    expect([faceColour, hexToRgb(faceColour)]).toContain(face?.style.background);
    const dots = scene.primitives.filter((p) => p.type === 'circle').map((p) => p.fill);
    const scored = map.phases.flatMap((p) => p.steps).filter((s) => s.emotionScore !== null);
    for (const step of scored)
      expect(dots).toContain(EMOTION_COLOURS[step.emotionScore as EmotionScore]);

    // The moment of truth star.
    const stars = scene.primitives.filter((p) => p.type === 'polygon').map((p) => p.fill);
    expect(stars).toContain(MOMENT_OF_TRUTH.colour);
  });
});

/** `#079455` → `rgb(7, 148, 85)`: jsdom normalises colours in inline styles. */
function hexToRgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
}
