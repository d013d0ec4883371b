/**
 * The benchmark's BASELINE: the fastest thing possible on Waymark's stack. React Flow (uncontrolled,
 * `defaultNodes`) with one plain memoised node per card, in the map's step × lane grid, read
 * straight from Waymark's IndexedDB rows with the raw IndexedDB API: no zustand, no zod, no
 * Dexie, no app logic. Served at /baseline/?map=<id> on the same origin as the app, so it reads
 * the very rows the app opens.
 *
 * URL parameters: `map` (map id), `vp=x,y,zoom` (start at this viewport, e.g. the one Waymark
 * opened at; otherwise fit the whole map), `virtual=1` (onlyRenderVisibleElements), `panOnScroll=1`
 * (the wheel pans, ctrl + wheel zooms: set when Waymark works that way, so both get the same input).
 */
import { memo, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import {
  ReactFlow,
  ReactFlowProvider,
  getNodesBounds,
  getViewportForBounds,
  useReactFlow,
  type Node,
  type NodeProps,
  type Viewport,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';

// Roughly Waymark's grid (src/canvas/layout.ts): 240 px step columns, 10 px cell padding.
const CARD_WIDTH = 220;
const CARD_HEIGHT = 72;
const CARD_GAP = 8;
const COLUMN_GAP = 20;
const LANE_GAP = 20;
const LANE_HEADER_WIDTH = 208;

interface StoredCard {
  id: string;
  laneId: string;
  stepId: string;
  order: number;
  title: string;
  kind: string;
}
/** The map's grid part (src/persistence/mapParts.ts): phases with their steps, and lanes. */
interface StoredGrid {
  phases: { steps: { id: string }[] }[];
  lanes: { id: string }[];
}

type CardData = { title: string; kind: string };
type CardNode = Node<CardData, 'card'>;

const CardView = memo(function CardView({ data }: NodeProps<CardNode>) {
  return (
    <div className="bcard">
      <div className="bcard__kind">{data.kind}</div>
      <div className="bcard__title">{data.title}</div>
    </div>
  );
});
const nodeTypes = { card: CardView };

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

async function loadRows(mapId: string): Promise<{ grid: StoredGrid; cards: StoredCard[] }> {
  const db = await request(indexedDB.open('waymark'));
  const tx = db.transaction(['parts', 'cards'], 'readonly');
  const [grid, rows] = await Promise.all([
    request(
      tx.objectStore('parts').get([mapId, 'grid']) as IDBRequest<{ value: StoredGrid } | undefined>,
    ),
    request(
      tx.objectStore('cards').index('mapId').getAll(mapId) as IDBRequest<{ card: StoredCard }[]>,
    ),
  ]);
  db.close();
  if (!grid) throw new Error(`no map ${mapId} in IndexedDB`);
  return { grid: grid.value, cards: rows.map((row) => row.card) };
}

/** Cards stacked by `order` in their cell; a lane is as tall as its fullest cell. */
function layout(grid: StoredGrid, cards: StoredCard[]): CardNode[] {
  const steps = grid.phases.flatMap((phase) => phase.steps);
  const stepX = new Map(
    steps.map((step, i) => [step.id, LANE_HEADER_WIDTH + i * (CARD_WIDTH + COLUMN_GAP)]),
  );
  const deepest = new Map<string, number>();
  for (const card of cards) {
    deepest.set(card.laneId, Math.max(deepest.get(card.laneId) ?? 0, card.order + 1));
  }
  const laneY = new Map<string, number>();
  let y = 0;
  for (const lane of grid.lanes) {
    laneY.set(lane.id, y);
    y += Math.max(1, deepest.get(lane.id) ?? 0) * (CARD_HEIGHT + CARD_GAP) + LANE_GAP;
  }
  return cards.map((card) => ({
    id: card.id,
    type: 'card',
    position: {
      x: stepX.get(card.stepId) ?? 0,
      y: (laneY.get(card.laneId) ?? 0) + card.order * (CARD_HEIGHT + CARD_GAP),
    },
    data: { title: card.title, kind: card.kind },
  }));
}

declare global {
  interface Window {
    /** Set by the baseline page for bench/run.mjs. */
    __baseline?: {
      cardCount: number;
      /** React Flow's "download image" example, whole map fitted into 1024 × 768. */
      exportPng: () => Promise<{ ms: number; length: number }>;
    };
  }
}

function ExportHook({ cardCount }: { cardCount: number }) {
  const flow = useReactFlow<CardNode>();
  useEffect(() => {
    window.__baseline = {
      cardCount,
      exportPng: async () => {
        const { toPng } = await import('html-to-image');
        const width = 1024;
        const height = 768;
        const start = performance.now();
        const bounds = getNodesBounds(flow.getNodes());
        const viewport = getViewportForBounds(bounds, width, height, 0.001, 2, 0.02);
        const element = document.querySelector<HTMLElement>('.react-flow__viewport');
        if (!element) throw new Error('no .react-flow__viewport');
        const url = await toPng(element, {
          backgroundColor: '#ffffff',
          width,
          height,
          pixelRatio: 1,
          style: {
            width: `${width}px`,
            height: `${height}px`,
            transform: `translate(${viewport.x}px, ${viewport.y}px) scale(${viewport.zoom})`,
          },
        });
        return { ms: performance.now() - start, length: url.length };
      },
    };
  }, [flow, cardCount]);
  return null;
}

function parseViewport(value: string | null): Viewport | null {
  if (!value) return null;
  const [x, y, zoom] = value.split(',').map(Number);
  if (x === undefined || y === undefined || zoom === undefined) return null;
  if (![x, y, zoom].every(Number.isFinite) || zoom <= 0) return null;
  return { x, y, zoom };
}

function Baseline({
  nodes,
  viewport,
  virtual,
  panOnScroll,
}: {
  nodes: CardNode[];
  viewport: Viewport | null;
  virtual: boolean;
  panOnScroll: boolean;
}) {
  return (
    <ReactFlowProvider>
      <div style={{ width: '100%', height: '100%' }}>
        <ReactFlow<CardNode>
          defaultNodes={nodes}
          nodeTypes={nodeTypes}
          minZoom={0.02}
          maxZoom={4}
          onlyRenderVisibleElements={virtual}
          panOnScroll={panOnScroll}
          {...(viewport ? { defaultViewport: viewport } : { fitView: true })}
          fitViewOptions={{ minZoom: 0.02 }}
          proOptions={{ hideAttribution: true }}
        />
      </div>
      <ExportHook cardCount={nodes.length} />
    </ReactFlowProvider>
  );
}

async function start() {
  const params = new URLSearchParams(location.search);
  const root = document.getElementById('root');
  if (!root) throw new Error('no #root');
  const mapId = params.get('map');
  if (!mapId) {
    root.textContent = 'Baseline: give ?map=<id>';
    return;
  }
  try {
    const { grid, cards } = await loadRows(mapId);
    createRoot(root).render(
      <Baseline
        nodes={layout(grid, cards)}
        viewport={parseViewport(params.get('vp'))}
        virtual={params.get('virtual') === '1'}
        panOnScroll={params.get('panOnScroll') === '1'}
      />,
    );
  } catch (error) {
    root.textContent = `Baseline failed: ${error instanceof Error ? error.message : String(error)}`;
    root.setAttribute('role', 'alert');
  }
}

void start();
