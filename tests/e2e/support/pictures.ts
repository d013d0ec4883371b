/**
 * Pictures a test makes for itself (no binary fixtures): a tiny PNG encoder after the PNG
 * specification (W3C, 2003): signature, IHDR, one zlib IDAT, IEND, each chunk with its CRC-32.
 */
import { deflateSync } from 'node:zlib';
import type { Page } from '@playwright/test';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
/**
 * A `width` × `height` px RGB PNG file: a diagonal gradient, or all of `fill` ([red, green,
 * blue], 0–255) when given.
 */
export function png(
  width: number,
  height: number,
  fill?: readonly [number, number, number],
): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(2, 9); // colour type: RGB
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    rows[row] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      const at = row + 1 + x * 3;
      rows[at] = fill ? fill[0] : (x * 255) / Math.max(1, width - 1);
      rows[at + 1] = fill ? fill[1] : 80;
      rows[at + 2] = fill ? fill[2] : (y * 255) / Math.max(1, height - 1);
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A PNG file's size in px, from its IHDR chunk; throws when `file` is not a PNG. */
export function pngSize(file: Buffer): { width: number; height: number } {
  if (file.subarray(1, 4).toString() !== 'PNG') throw new Error('not a PNG file');
  return { width: file.readUInt32BE(16), height: file.readUInt32BE(20) };
}

/** An inclusive range of one colour channel, 0–255. */
type Channel = readonly [number, number];

/** Which pixels to count: not near-white (a channel below `below`), or of a colour. */
type PixelTest = { below: number } | { red: Channel; green: Channel; blue: Channel };

/**
 * How many pixels of a PNG pass `test`, from `fromFraction` of its width to the right edge,
 * over the whole height. Decoded in the page, since the browser has a PNG decoder and Node has
 * none.
 */
async function countPixels(
  page: Page,
  file: Buffer,
  fromFraction: number,
  test: PixelTest,
): Promise<number> {
  return page.evaluate(
    async ([base64, from, pass]) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d');
      if (!context) return 0;
      context.drawImage(image, 0, 0);
      const x = Math.floor(image.width * from);
      const data = context.getImageData(x, 0, image.width - x, image.height).data;
      const inside = (value: number, [low, high]: Channel) => value >= low && value <= high;
      let count = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i] ?? 255, data[i + 1] ?? 255, data[i + 2] ?? 255];
        const counted =
          'below' in pass
            ? r < pass.below || g < pass.below || b < pass.below
            : inside(r, pass.red) && inside(g, pass.green) && inside(b, pass.blue);
        if (counted) count++;
      }
      return count;
    },
    [file.toString('base64'), fromFraction, test] as const,
  );
}

/**
 * How many pixels of a PNG are not near-white (a channel below 200) in its right part, from
 * `fromFraction` of the width to the right edge, over the whole height.
 */
export function inkAtRight(page: Page, file: Buffer, fromFraction: number): Promise<number> {
  return countPixels(page, file, fromFraction, { below: 200 });
}

/**
 * How many pixels of a PNG have every channel inside its range (`red`, `green`, `blue`):
 * for finding a picture drawn into an exported image by its colours.
 */
export function pixelsLike(
  page: Page,
  file: Buffer,
  colour: { red: Channel; green: Channel; blue: Channel },
): Promise<number> {
  return countPixels(page, file, 0, colour);
}
