/**
 * makeMapPng: the PNG is made in a worker (png.worker.ts) when the browser has one. jsdom has
 * none, so a fake worker stands in here: what the page posts, how progress, the image, an error
 * for the user and cancelling come back. The real worker draws in Chromium in the e2e tests.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeMapPng } from '../../src/export/makePng';
import { PngExportError, type PngResult } from '../../src/export/png';
import type { PngWorkerMessage, PngWorkerRequest } from '../../src/export/png.worker';
import { pictureBlob } from '../../src/export/scenePictures';
import { richMap } from '../builders';

/** A fake Worker: records what it was sent; `reply` posts messages as the worker would. */
class FakeWorker extends EventTarget {
  static last: FakeWorker | null = null;
  static failToStart = false;
  sent: PngWorkerRequest[] = [];
  terminated = false;
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    super();
    if (FakeWorker.failToStart) throw new Error('no workers here');
    FakeWorker.last = this;
  }
  postMessage(request: PngWorkerRequest) {
    this.sent.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  reply(message: PngWorkerMessage) {
    this.dispatchEvent(new MessageEvent('message', { data: message }));
  }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('makeMapPng', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeWorker.last = null;
    FakeWorker.failToStart = false;
  });

  it('sends the map to a module worker and passes its progress and image back', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const map = richMap();
    const progress: number[] = [];
    const made = makeMapPng(map, {
      scale: 2,
      background: 'white',
      onProgress: (f) => progress.push(f),
    });
    const worker = FakeWorker.last!;
    expect(worker.options).toEqual({ type: 'module' });
    expect(worker.url.pathname).toMatch(/png\.worker\.ts$/);
    expect(worker.sent).toEqual([{ map, scale: 2, background: 'white' }]);
    const result: PngResult = { blob: new Blob(['png']), width: 10, height: 20, scale: 2 };
    worker.reply({ type: 'progress', fraction: 0.5 });
    worker.reply({ type: 'done', result });
    await expect(made).resolves.toBe(result);
    expect(progress).toEqual([0.5]);
    expect(worker.terminated).toBe(true);
  });

  it('gives the user the worker’s advice as a PngExportError', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const made = makeMapPng(richMap(), { scale: 1, background: 'white' });
    FakeWorker.last!.reply({ type: 'error', message: 'Export it as SVG instead', forUser: true });
    await expect(made).rejects.toThrow(PngExportError);
    await expect(made).rejects.toThrow('Export it as SVG instead');
  });

  it('stops the worker when the export is cancelled', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const controller = new AbortController();
    const made = makeMapPng(richMap(), {
      scale: 1,
      background: 'white',
      signal: controller.signal,
    });
    await flush();
    controller.abort();
    await expect(made).rejects.toMatchObject({ name: 'AbortError' });
    expect(FakeWorker.last!.terminated).toBe(true);
  });

  it('draws on the page when no worker starts', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.failToStart = true;
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    // jsdom has no canvas: the page's attempt ends in the advice to export SVG.
    await expect(makeMapPng(richMap(), { scale: 1, background: 'white' })).rejects.toThrow(
      /Export it as SVG/,
    );
    vi.restoreAllMocks();
  });
});

describe('pictureBlob', () => {
  it('turns a base64 data URL into its bytes and type', async () => {
    const blob = pictureBlob(`data:image/png;base64,${btoa('\x89PNG')}`);
    expect(blob.type).toBe('image/png');
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });
});
