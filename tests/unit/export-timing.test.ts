/**
 * Timings of the exporters on a generated 2,000-card map. These log, they do not assert a
 * time (the machine is shared); they do check the work finishes and the output is sound.
 */
import { describe, expect, it } from 'vitest';
import { csvToMap, mapToCsv } from '../../src/export/csv';
import { readMapFile, serializeMap } from '../../src/persistence/format';
import { drawPrimitives, type DrawingContext } from '../../src/export/canvasDraw';
import { layoutMap } from '../../src/export/layout';
import { buildScene } from '../../src/export/scene';
import { renderMapSvg } from '../../src/export/svg';
import { bigMap } from '../builders';

function time<T>(label: string, run: () => T): T {
  const start = performance.now();
  const result = run();
  console.log(`${label}: ${(performance.now() - start).toFixed(0)} ms`);
  return result;
}

/** A context that only counts calls: measures our own drawing overhead, not the browser's. */
function countingContext(): DrawingContext & { calls: number } {
  const ctx = { calls: 0 } as DrawingContext & { calls: number };
  return new Proxy(ctx, {
    get(target, key) {
      if (key in target) return Reflect.get(target, key);
      return () => {
        target.calls++;
      };
    },
    set(target, key, value) {
      return Reflect.set(target, key, value);
    },
  });
}

describe('2,000-card map', () => {
  const map = bigMap(2_000, 100);

  it('lays out, renders SVG, builds the PNG drawing and the CSV', () => {
    layoutMap(map); // warm up the JIT so the timings below are steady-state
    const layout = time('layout of 2,000 cards', () => layoutMap(map));
    const scene = time('scene (primitives)', () =>
      buildScene(layout, { background: 'white', title: map.title }),
    );
    const { svg, width, height } = time('renderMapSvg (layout + scene + string)', () =>
      renderMapSvg(map, { background: 'white' }),
    );
    const ctx = countingContext();
    time('canvas draw calls (counting context)', () => drawPrimitives(ctx, scene.primitives));
    const csv = time('mapToCsv', () => mapToCsv(map));
    const back = time('csvToMap (new map)', () => csvToMap(csv));
    const json = time('serializeMap', () => serializeMap(map));
    const read = time('readMapFile', () => readMapFile(json));
    expect(back.ok && back.map.cards.length).toBe(2_000);
    expect(read.ok).toBe(true);
    console.log(
      `map ${width}×${height} px, ${scene.primitives.length} primitives, SVG ${(svg.length / 1e6).toFixed(1)} MB, CSV ${(csv.length / 1e6).toFixed(2)} MB`,
    );
    expect(layout.cards).toHaveLength(2_000);
    expect(ctx.calls).toBeGreaterThan(2_000);
  });
});
