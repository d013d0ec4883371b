/**
 * The service worker (vite-plugin-pwa, Workbox): after the first visit Waymark starts and opens
 * every map without a network. A newer version waits until the user chooses to reload (the
 * banner from `onUpdateReady`), so code is never swapped under someone at work.
 */
import { registerSW } from 'virtual:pwa-register';

type Listener = (reload: () => void) => void;
const listeners = new Set<Listener>();
let ready: (() => void) | null = null;

/** Registers the service worker (after the page has loaded); does nothing without support. */
export function installOffline(): void {
  if (!('serviceWorker' in navigator)) return;
  const update = registerSW({
    onNeedRefresh() {
      ready = () => void update(true);
      for (const listener of listeners) listener(ready);
    },
  });
}

/** Calls `listener` with a reload function when a newer version is ready; returns an unsubscribe. */
export function onUpdateReady(listener: Listener): () => void {
  listeners.add(listener);
  if (ready) listener(ready);
  return () => listeners.delete(listener);
}
