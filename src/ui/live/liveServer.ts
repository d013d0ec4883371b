/**
 * Finding the live server and making session links. A live server is optional: the app works
 * fully without one. The address comes from, in order: the one used last on this device, the
 * build's VITE_LIVE_SERVER_URL, and the app's own origin (when `npm run server` serves it).
 */
import { createLiveApi } from '../../sync/liveApi';
import { lastServerUrl } from '../../sync/live/liveRecords';
import { hrefFor } from '../routes';

/** How long a server has to answer the health check (ms). */
const HEALTH_TIMEOUT_MS = 2500;

/** Whether a live server answers at `url` (within a short time). */
export async function liveServerAnswers(url: string): Promise<boolean> {
  const timeout = new Promise<false>((resolve) =>
    setTimeout(() => resolve(false), HEALTH_TIMEOUT_MS),
  );
  const check = createLiveApi(url)
    .health()
    .then((health) => health.ok === true)
    .catch(() => false);
  return Promise.race([check, timeout]);
}

/** The addresses to try, without duplicates. */
export function candidateServers(): string[] {
  const fromBuild = (import.meta.env.VITE_LIVE_SERVER_URL as string | undefined) ?? null;
  const origin = typeof location === 'undefined' ? null : location.origin;
  return [...new Set([lastServerUrl(), fromBuild, origin].filter((url): url is string => !!url))];
}

/** The first candidate address where a live server answers, or null. */
export async function findLiveServer(): Promise<string | null> {
  for (const url of candidateServers()) if (await liveServerAnswers(url)) return url;
  return null;
}

/** The app's own address without its hash (where links point). */
function appBase(): string {
  return `${location.origin}${location.pathname}`;
}

/** A link that joins room `roomId` with `token`, as an editor or a participant. */
export function sessionLink(
  serverUrl: string,
  roomId: string,
  token: string,
  role: 'editor' | 'participant',
): string {
  const server = serverUrl === location.origin ? null : serverUrl;
  return `${appBase()}${hrefFor({ page: 'live', roomId, token, server, role })}`;
}

/** The page where a participant types the session code. */
export function joinPageLink(): string {
  return `${appBase()}${hrefFor({ page: 'join', code: '' })}`;
}
