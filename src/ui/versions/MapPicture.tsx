/**
 * A map drawn as a picture (the SVG export's drawing, so it is exactly what an export shows),
 * at the panel's width or at full size, with optional marks over cards: a comparison's added,
 * removed, changed and moved cards. A mark is never colour alone: each has its own outline
 * (solid, dashed, dotted, double) and a letter badge (+, −, ~, →), listed in the legend.
 */
import { useEffect, useMemo, useState } from 'react';
import type { CardChange } from '../../domain/compare';
import type { JourneyMap } from '../../domain/schema';
import type { CardBox } from '../../export/layout';
import { renderMapSvg } from '../../export/svg';

/** How each kind of change is marked: its badge, its words and its outline. */
export const CHANGE_MARKS: Record<CardChange, { badge: string; label: string; dash: string }> = {
  added: { badge: '+', label: 'Added', dash: '' },
  removed: { badge: '−', label: 'Removed', dash: '10 6' },
  changed: { badge: '~', label: 'Changed', dash: '3 4' },
  moved: { badge: '→', label: 'Moved', dash: '16 4 3 4' },
};

/** Card id → what happened to it (the first change names the mark). */
export type CardMarks = ReadonlyMap<string, readonly CardChange[]>;

/** One drawing in a picture: a map, the marks over its cards, and whether it is faded. */
export interface PictureLayer {
  map: JourneyMap;
  marks?: CardMarks;
  /** Drawn faint under the next layer (the earlier map of an overlay). */
  faded?: boolean;
}

type Drawing = { url: string; width: number; height: number; cards: CardBox[] } | null;
const drawings = new WeakMap<JourneyMap, Drawing>();

/** The map's drawing (kept per map object: maps are immutable). */
function drawingOf(map: JourneyMap): Drawing {
  const known = drawings.get(map);
  if (known !== undefined) return known;
  let drawing: Drawing;
  try {
    const { svg, width, height, layout } = renderMapSvg(map, { background: 'white' });
    const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    drawing = { url, width, height, cards: layout.cards };
  } catch {
    drawing = null;
  }
  drawings.set(map, drawing);
  return drawing;
}

/**
 * The picture of `map` (or of several layers drawn over each other), named `label` for screen
 * readers, with marks over the cards.
 */
export function MapPicture({
  map,
  label,
  marks,
  layers,
}: {
  map?: JourneyMap;
  label: string;
  marks?: CardMarks;
  layers?: readonly PictureLayer[];
}) {
  const [fit, setFit] = useState(true);
  const all = useMemo(() => layers ?? (map ? [{ map, marks }] : []), [layers, map, marks]);
  // Drawing a big map takes a while (about 0.3 s at 2,000 cards): each drawing is made in a
  // task of its own after the panel shows, so the panel and its lists come first.
  const missing = all.find((layer) => !drawings.has(layer.map));
  const [, drew] = useState(0);
  useEffect(() => {
    if (!missing) return;
    const timer = setTimeout(() => {
      drawingOf(missing.map);
      drew((n) => n + 1);
    }, 0);
    return () => clearTimeout(timer);
  }, [missing]);
  if (missing) return <p className="map-picture__drawing">Drawing “{missing.map.title}”…</p>;
  const drawn = all.map((layer) => ({ layer, drawing: drawingOf(layer.map) }));
  if (drawn.some((d) => d.drawing === null) || drawn.length === 0) {
    return <p className="notice notice--error">This map is too large to draw here.</p>;
  }
  const width = Math.max(...drawn.map((d) => d.drawing?.width ?? 0));
  const height = Math.max(...drawn.map((d) => d.drawing?.height ?? 0));
  return (
    <div className="map-picture">
      <button type="button" className="map-picture__zoom" onClick={() => setFit((f) => !f)}>
        {fit ? 'Show at full size' : 'Fit to the panel'}
      </button>
      {/* Scrolls at full size: focusable so the keyboard can scroll it too (WCAG 2.1.1). */}
      <div
        className="map-picture__frame"
        tabIndex={0}
        role="group"
        aria-label={`${label} (scrolls)`}
      >
        <svg
          role="img"
          aria-label={label}
          viewBox={`0 0 ${width} ${height}`}
          width={fit ? '100%' : width}
          height={fit ? undefined : height}
          preserveAspectRatio="xMinYMin meet"
        >
          {drawn.map(({ layer, drawing }, i) =>
            drawing ? (
              <image
                key={`image-${i}`}
                href={drawing.url}
                x={0}
                y={0}
                width={drawing.width}
                height={drawing.height}
                opacity={layer.faded ? 0.35 : 1}
              />
            ) : null,
          )}
          {drawn.map(({ layer, drawing }, i) =>
            drawing && layer.marks ? (
              <Marks key={`marks-${i}`} cards={drawing.cards} marks={layer.marks} />
            ) : null,
          )}
        </svg>
      </div>
    </div>
  );
}

/** The marks over the cards of one drawing. */
function Marks({ cards, marks }: { cards: readonly CardBox[]; marks: CardMarks }) {
  return (
    <>
      {cards.map((card) => {
        const changes = marks.get(card.id) ?? [];
        const first = changes[0];
        if (!first) return null;
        const look = CHANGE_MARKS[first];
        return (
          <g key={card.id} className={`map-picture__mark map-picture__mark--${first}`}>
            <rect
              x={card.x - 4}
              y={card.y - 4}
              width={card.w + 8}
              height={card.h + 8}
              rx={6}
              fill="none"
              strokeWidth={4}
              strokeDasharray={look.dash || undefined}
            />
            <circle cx={card.x + card.w} cy={card.y} r={13} />
            <text x={card.x + card.w} y={card.y + 6} textAnchor="middle" fontSize={18}>
              {changes.map((change) => CHANGE_MARKS[change].badge).join('')}
            </text>
          </g>
        );
      })}
    </>
  );
}
