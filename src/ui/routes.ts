/**
 * A tiny hash router: `#/` is the library, `#/map/<id>` the editor. Hash routes work from any
 * static host and from `file:`, with no server configuration.
 */
import { useSyncExternalStore } from 'react';

export type Route = { page: 'library' } | { page: 'map'; mapId: string };

export function parseRoute(hash: string): Route {
  const match = /^#\/map\/([A-Za-z0-9_-]+)/.exec(hash);
  return match?.[1] ? { page: 'map', mapId: match[1] } : { page: 'library' };
}

export function hrefFor(route: Route): string {
  return route.page === 'map' ? `#/map/${route.mapId}` : '#/';
}

export function navigate(route: Route): void {
  window.location.hash = hrefFor(route);
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
