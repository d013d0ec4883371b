/**
 * A tiny hash router: `#/` is the library, `#/map/<id>` the editor, `#/join` the page where a
 * participant types a session code, `#/live/<roomId>?k=<token>` a live session link. Hash
 * routes work from any static host and from `file:`, with no server configuration; a token in
 * the hash is never sent to a server in a request line or a log.
 */
import { useSyncExternalStore } from 'react';

/** A page of the app. */
export type Route =
  | { page: 'library' }
  | { page: 'map'; mapId: string }
  | { page: 'join'; code: string }
  | {
      page: 'live';
      roomId: string;
      token: string;
      /** The live server, when it is not where the app came from. */
      server: string | null;
      role: 'editor' | 'participant';
    };

/** The route a location hash names (the library for anything unknown). */
export function parseRoute(hash: string): Route {
  const map = /^#\/map\/([A-Za-z0-9_-]+)/.exec(hash);
  if (map?.[1]) return { page: 'map', mapId: map[1] };
  const join = /^#\/join(?:\/([A-Za-z0-9-]*))?/.exec(hash);
  if (join) return { page: 'join', code: join[1] ?? '' };
  const live = /^#\/live\/([A-Za-z0-9_-]{22})(?:\?(.*))?$/.exec(hash);
  if (live?.[1]) {
    const params = new URLSearchParams(live[2] ?? '');
    const token = params.get('k') ?? '';
    if (token !== '') {
      return {
        page: 'live',
        roomId: live[1],
        token,
        server: params.get('s'),
        role: params.get('r') === 'editor' ? 'editor' : 'participant',
      };
    }
  }
  return { page: 'library' };
}

/** The hash of a route. */
export function hrefFor(route: Route): string {
  switch (route.page) {
    case 'map':
      return `#/map/${route.mapId}`;
    case 'join':
      return route.code ? `#/join/${route.code}` : '#/join';
    case 'live': {
      const params = new URLSearchParams({ k: route.token });
      if (route.role === 'editor') params.set('r', 'editor');
      if (route.server) params.set('s', route.server);
      return `#/live/${route.roomId}?${params.toString()}`;
    }
    default:
      return '#/';
  }
}

/** Goes to a route. */
export function navigate(route: Route): void {
  window.location.hash = hrefFor(route);
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/** The current route, kept up to date. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
