/**
 * The fflate wrapper that the build gives read-excel-file and write-excel-file
 * (src/export/vendor/fflateSync.ts): large workbooks zip and unzip without starting a Worker,
 * which Waymark's Content-Security-Policy would refuse.
 */
import { strFromU8, strToU8 } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { unzip, zip } from '../../src/export/vendor/fflateSync';

describe('fflate without workers', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("zips and unzips entries far over fflate's worker thresholds without a Worker", async () => {
    const Worker = vi.fn(() => {
      throw new Error('a Worker was started');
    });
    vi.stubGlobal('Worker', Worker);
    // 2 MB of sheet-like XML: over 160 KB (zip) and 512 KB (unzip), and well compressible.
    const xml = '<row><c t="s"><v>1</v></c></row>'.repeat(64_000);
    const archive = await new Promise<Uint8Array>((resolve, reject) =>
      zip({ 'xl/worksheets/sheet1.xml': strToU8(xml) }, (error, data) =>
        error ? reject(error) : resolve(data),
      ),
    );
    expect(archive.length).toBeLessThan(xml.length / 10);
    const files = await new Promise<Record<string, Uint8Array>>((resolve, reject) =>
      unzip(archive, {}, (error, data) => (error ? reject(error) : resolve(data))),
    );
    expect(strFromU8(files['xl/worksheets/sheet1.xml']!)).toBe(xml);
    expect(Worker).not.toHaveBeenCalled();
  });

  it('reports a damaged archive through the callback', async () => {
    const error = await new Promise((resolve) =>
      unzip(strToU8('PK\u0003\u0004 not really'), (e) => resolve(e)),
    );
    expect(error).toBeInstanceOf(Error);
  });
});
