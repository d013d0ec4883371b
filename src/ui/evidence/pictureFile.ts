/**
 * Turning a picture file into a data URL that can live inside the map: only raster formats the
 * schema accepts, at most 2 MB on disk, scaled down to 512 pixels on its longest side.
 */
import { LIMITS, pictureSchema } from '../../domain/schema';

/** The picture types a persona may have (raster only: an SVG could carry script). */
export const PICTURE_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const;
/** The largest picture file read, in bytes (2 MB). */
export const MAX_PICTURE_FILE_BYTES = 2 * 1024 * 1024;
/** Longest side, in pixels, of a picture stored in a map. */
export const MAX_PICTURE_SIDE = 512;

/** A picture ready to store (a data URL), or why not, in plain words. */
export type PictureResult = { ok: true; dataUrl: string } | { ok: false; message: string };

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Why a file cannot be a persona's picture, or null when it can. */
export function pictureFileProblem(file: Pick<File, 'name' | 'type' | 'size'>): string | null {
  if (!(PICTURE_TYPES as readonly string[]).includes(file.type)) {
    return `“${file.name}” is not a PNG, JPEG, WebP or GIF picture. Choose one of those.`;
  }
  if (file.size > MAX_PICTURE_FILE_BYTES) {
    return `“${file.name}” is ${megabytes(file.size)}; a picture can be at most 2 MB. Choose a smaller one.`;
  }
  return null;
}

function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('could not read the file'));
    reader.readAsDataURL(file);
  });
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('not a picture'));
    image.src = src;
  });
}

/** Redraws a picture on a canvas at most `MAX_PICTURE_SIDE` wide and high. */
function downscale(image: HTMLImageElement, type: string): string | null {
  const scale = MAX_PICTURE_SIDE / Math.max(image.naturalWidth, image.naturalHeight);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(image.naturalWidth * scale));
  canvas.height = Math.max(1, Math.round(image.naturalHeight * scale));
  const context = canvas.getContext('2d');
  if (!context) return null;
  context.imageSmoothingQuality = 'high';
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  // Canvases cannot write GIF: a scaled GIF becomes a PNG (its first frame).
  const out = type === 'image/jpeg' || type === 'image/webp' ? type : 'image/png';
  return canvas.toDataURL(out, 0.88);
}

/**
 * Reads a picture file for a persona. Refuses other formats and files over 2 MB with a message
 * that says why; scales pictures larger than 512 px down.
 */
export async function readPictureFile(file: File): Promise<PictureResult> {
  const problem = pictureFileProblem(file);
  if (problem) return { ok: false, message: problem };
  const unreadable = {
    ok: false,
    message: `“${file.name}” could not be read as a picture. It may be damaged; try another file.`,
  } as const;
  try {
    let dataUrl = await readAsDataUrl(file);
    const image = await loadImage(dataUrl);
    if (Math.max(image.naturalWidth, image.naturalHeight) > MAX_PICTURE_SIDE) {
      dataUrl = downscale(image, file.type) ?? dataUrl;
    }
    if (dataUrl.length > LIMITS.pictureBytes) {
      return {
        ok: false,
        message: `“${file.name}” is too large to keep in the map, even scaled down.`,
      };
    }
    const valid = pictureSchema.safeParse({ kind: 'image', dataUrl, alt: '' });
    return valid.success ? { ok: true, dataUrl } : unreadable;
  } catch {
    return unreadable;
  }
}
