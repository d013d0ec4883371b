/**
 * The minimap: every card as a small block in its kind's colour, and the part of the map in
 * view. It looks and works like React Flow's MiniMap (same panel, size, mask and colours; drag
 * it to pan, wheel on it to zoom) but costs nothing per frame: React Flow's draws one SVG
 * element per card, each subscribed to the canvas store, so every frame of a pan on a
 * 5,000-card map ran 5,000 selectors and re-rasterised 5,000 rectangles. Here the cards are
 * drawn once per change of the cards into a canvas, and a pan or zoom only moves the mask (a
 * store subscription that writes one SVG attribute, without a React render).
 */
import { useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { memo, useEffect, useMemo, useRef, useState, type PointerEvent } from 'react';
import { CARD_KIND_REGISTRY } from '../domain/kinds';
import { afterNextPaint } from '../bindings/afterPaint';
import type { CardNode } from './toNodes';

type Rect = { x: number; y: number; width: number; height: number };
type Size = { width: number; height: number };

/** React Flow's MiniMap size (px), and the margin around the map (× the view scale). */
const FULL_SIZE: Size = { width: 200, height: 150 };
const OFFSET_SCALE = 5;
/**
 * On a canvas narrower than NARROW_CANVAS_PX (a tablet held sideways with the inspector open:
 * about 470 px) the minimap is SMALL_SIZE, so it does not cover the middle of the cards; on one
 * narrower than MID_CANVAS_PX (a 1280 px laptop with the palette and inspector open: about
 * 800 px) it is MID_SIZE, a card's width or so less of the corner.
 */
const SMALL_SIZE: Size = { width: 120, height: 90 };
const NARROW_CANVAS_PX = 720;
const MID_SIZE: Size = { width: 160, height: 120 };
const MID_CANVAS_PX = 1100;

/** The minimap's size on a canvas `width` px wide (0: not measured yet). */
export function minimapSize(width: number): Size {
  if (width <= 0) return FULL_SIZE;
  if (width < NARROW_CANVAS_PX) return SMALL_SIZE;
  return width < MID_CANVAS_PX ? MID_SIZE : FULL_SIZE;
}

/** The box around all cards in canvas units, or null when there are none. */
function boundsOf(nodes: readonly CardNode[]): Rect | null {
  if (nodes.length === 0) return null;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const node of nodes) {
    const { x, y } = node.position;
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x + (node.width ?? 0));
    maxY = Math.max(maxY, y + (node.height ?? 0));
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/**
 * What the minimap shows for a viewport (React Flow's MiniMap arithmetic, canvas units): the
 * view, and the box around the cards and the view with a margin. Without a viewport: the box
 * around the cards alone.
 */
function frameOf(
  bounds: Rect | null,
  state: Pick<ReactFlowState, 'transform' | 'width' | 'height'> | null,
  size: Size,
) {
  const [tx, ty, zoom] = state?.transform ?? [0, 0, 1];
  const view = state
    ? { x: -tx / zoom, y: -ty / zoom, width: state.width / zoom, height: state.height / zoom }
    : (bounds ?? { x: 0, y: 0, width: size.width, height: size.height });
  const all = bounds
    ? {
        x: Math.min(bounds.x, view.x),
        y: Math.min(bounds.y, view.y),
        width: Math.max(bounds.x + bounds.width, view.x + view.width) - Math.min(bounds.x, view.x),
        height:
          Math.max(bounds.y + bounds.height, view.y + view.height) - Math.min(bounds.y, view.y),
      }
    : view;
  const viewScale = Math.max(all.width / size.width, all.height / size.height) || 1;
  const offset = OFFSET_SCALE * viewScale;
  const viewWidth = viewScale * size.width;
  const viewHeight = viewScale * size.height;
  const box = {
    x: all.x - (viewWidth - all.width) / 2 - offset,
    y: all.y - (viewHeight - all.height) / 2 - offset,
    width: viewWidth + offset * 2,
    height: viewHeight + offset * 2,
  };
  return { view, box, offset, viewScale };
}

/** Whether two node lists draw the same minimap: same places, sizes and kinds, in order. */
function sameBlocks(a: readonly CardNode[], b: readonly CardNode[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (
      !x ||
      !y ||
      x.position.x !== y.position.x ||
      x.position.y !== y.position.y ||
      x.width !== y.width ||
      x.height !== y.height ||
      x.data.card.kind !== y.data.card.kind
    )
      return false;
  }
  return true;
}

/** Scale and shift (px) that an SVG viewBox `box` gets in the minimap (xMidYMid meet). */
function fit(box: Rect, size: Size): [number, number, number] {
  const scale = Math.min(size.width / box.width, size.height / box.height);
  return [
    scale,
    (size.width - box.width * scale) / 2 - box.x * scale,
    (size.height - box.height * scale) / 2 - box.y * scale,
  ];
}

/** The cards into the canvas, scaled as an SVG viewBox `box` would be (xMidYMid meet). */
function drawCards(canvas: HTMLCanvasElement, nodes: readonly CardNode[], box: Rect, size: Size) {
  const ratio = window.devicePixelRatio || 1;
  if (canvas.width !== size.width * ratio) canvas.width = size.width * ratio;
  if (canvas.height !== size.height * ratio) canvas.height = size.height * ratio;
  const context = canvas.getContext('2d');
  if (!context) return;
  const [scale, dx, dy] = fit(box, size);
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, size.width, size.height);
  // One path per colour: a few fills instead of one per card.
  const byColour = new Map<string, CardNode[]>();
  for (const node of nodes) {
    const colour = CARD_KIND_REGISTRY[node.data.card.kind].colours.accent;
    const list = byColour.get(colour);
    if (list) list.push(node);
    else byColour.set(colour, [node]);
  }
  for (const [colour, list] of byColour) {
    context.fillStyle = colour;
    context.beginPath();
    for (const node of list) {
      context.rect(
        node.position.x * scale + dx,
        node.position.y * scale + dy,
        (node.width ?? 0) * scale,
        (node.height ?? 0) * scale,
      );
    }
    context.fill();
  }
}

/** Runs `task` when the browser is next idle (within 500 ms); returns a function that cancels it. */
function afterFirstPaint(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: 500 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 50);
  return () => clearTimeout(id);
}

/**
 * The minimap of the canvas's card nodes (inside `<ReactFlow>`, in MinimapCorner's panel);
 * pannable and zoomable.
 */
export const CanvasMinimap = memo(function CanvasMinimap({
  nodes,
  ariaLabel,
}: {
  nodes: readonly CardNode[];
  ariaLabel: string;
}) {
  const store = useStoreApi<CardNode>();
  const size = useStore((s) => minimapSize(s.width));
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const maskRef = useRef<SVGPathElement>(null);
  const viewScaleRef = useRef(1);
  // The cards drawn: new nodes are taken after the frame that shows them has painted, so
  // comparing and drawing every card is not part of that frame (issue 17: a drop's frame on a
  // big map under a busy CPU). Typing in a card gives new nodes in the same places: the ones
  // already drawn are kept.
  const [drawnNodes, setDrawnNodes] = useState(nodes);
  useEffect(() => {
    if (nodes === drawnNodes) return;
    return afterNextPaint(() => {
      if (!sameBlocks(drawnNodes, nodes)) setDrawnNodes(nodes);
    });
  }, [nodes, drawnNodes]);
  const bounds = useMemo(() => boundsOf(drawnNodes), [drawnNodes]);

  // Cards: drawn once per change of the cards, framed by their own bounds; a pan or zoom then
  // only moves the mask and, when the view reaches past the cards, scales the drawing down
  // with a CSS transform (the same picture as drawing it again in the larger frame).
  // The first drawing waits for the browser's first idle moment: opening a map paints its
  // cards first (issue 17); every later change is drawn once taken (above).
  const firstDrawn = useRef(false);
  useEffect(() => {
    const canvas = canvasRef.current;
    const drawn = frameOf(bounds, null, size);
    let cancelDraw = () => {};
    if (canvas && firstDrawn.current) drawCards(canvas, drawnNodes, drawn.box, size);
    else if (canvas) {
      cancelDraw = afterFirstPaint(() => {
        firstDrawn.current = true;
        drawCards(canvas, drawnNodes, drawn.box, size);
      });
    }
    const place = (state: ReactFlowState<CardNode>) => {
      const { view, box, offset, viewScale } = frameOf(bounds, state, size);
      viewScaleRef.current = viewScale;
      const [scale, dx, dy] = fit(box, size);
      const [scale0, dx0, dy0] = fit(drawn.box, size);
      const k = scale / scale0;
      if (canvas)
        canvas.style.transform = `translate(${dx - dx0 * k}px, ${dy - dy0 * k}px) scale(${k})`;
      svgRef.current?.setAttribute('viewBox', `${box.x} ${box.y} ${box.width} ${box.height}`);
      maskRef.current?.setAttribute(
        'd',
        `M${box.x - offset},${box.y - offset}h${box.width + offset * 2}v${box.height + offset * 2}` +
          `h${-box.width - offset * 2}z M${view.x},${view.y}h${view.width}v${view.height}h${-view.width}z`,
      );
    };
    place(store.getState());
    const unsubscribe = store.subscribe((state, previous) => {
      if (
        state.transform !== previous.transform ||
        state.width !== previous.width ||
        state.height !== previous.height
      )
        place(state);
    });
    return () => {
      cancelDraw();
      unsubscribe();
    };
  }, [store, drawnNodes, bounds, size]);

  // Drag on the minimap pans the map; the wheel zooms it (as React Flow's MiniMap does).
  const panFrom = useRef<{ x: number; y: number } | null>(null);
  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    panFrom.current = { x: event.clientX, y: event.clientY };
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const from = panFrom.current;
    const { panZoom, transform, width, height, translateExtent } = store.getState();
    if (!from || !panZoom) return;
    panFrom.current = { x: event.clientX, y: event.clientY };
    const scale = viewScaleRef.current * transform[2];
    void panZoom.setViewportConstrained(
      {
        x: transform[0] - (event.clientX - from.x) * scale,
        y: transform[1] - (event.clientY - from.y) * scale,
        zoom: transform[2],
      },
      [
        [0, 0],
        [width, height],
      ],
      translateExtent,
    );
  };
  const onPointerUp = () => {
    panFrom.current = null;
  };
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const { panZoom, transform } = store.getState();
      if (!panZoom) return;
      const step = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
      void panZoom.scaleTo(transform[2] * Math.pow(2, -event.deltaY * step));
    };
    svg.addEventListener('wheel', onWheel, { passive: false });
    return () => svg.removeEventListener('wheel', onWheel);
  }, [store]);

  return (
    <div className="react-flow__minimap minimap" data-testid="rf__minimap">
      <div className="minimap__frame" style={size}>
        <canvas ref={canvasRef} className="minimap__cards" style={size} />
        <svg
          ref={svgRef}
          width={size.width}
          height={size.height}
          className="react-flow__minimap-svg minimap__view"
          role="img"
          aria-label={ariaLabel}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={onPointerUp}
        >
          <title>{ariaLabel}</title>
          <path
            ref={maskRef}
            className="react-flow__minimap-mask"
            fillRule="evenodd"
            pointerEvents="none"
          />
        </svg>
      </div>
    </div>
  );
});
