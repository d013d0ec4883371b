/**
 * The pictures of a scene (persona photos), decoded for drawing on a canvas: by the PNG export
 * and the Word report's figures, on the page or in a worker. A picture's `data:` URL is turned
 * into bytes here rather than fetched, so the page's Content-Security-Policy (`connect-src
 * 'self'`) never refuses it; a picture that is not a safe `data:` URL, or does not decode, is
 * left out rather than failing the export.
 */
import type { LoadedPicture } from './canvasDraw';
import type { Scene } from './scene';
import { SAFE_PICTURE } from './svg';

/** The bytes of a base64 `data:image/…` URL (one SAFE_PICTURE accepts) as a Blob. */
export function pictureBlob(href: string): Blob {
  const comma = href.indexOf(',');
  const type = href.slice('data:'.length, href.indexOf(';'));
  const text = atob(href.slice(comma + 1));
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return new Blob([bytes], { type });
}

async function decode(href: string): Promise<LoadedPicture> {
  const bitmap = await createImageBitmap(pictureBlob(href));
  return { source: bitmap, width: bitmap.width, height: bitmap.height };
}

/** Every distinct safe picture of `scene`, decoded, by its `href`. */
export async function loadScenePictures(scene: Scene): Promise<Map<string, LoadedPicture>> {
  const hrefs = new Set(
    scene.primitives.flatMap((p) =>
      p.type === 'image' && SAFE_PICTURE.test(p.href) ? [p.href] : [],
    ),
  );
  const pictures = new Map<string, LoadedPicture>();
  await Promise.all(
    [...hrefs].map(async (href) => {
      try {
        pictures.set(href, await decode(href));
      } catch {
        // Left out (see the module comment).
      }
    }),
  );
  return pictures;
}
