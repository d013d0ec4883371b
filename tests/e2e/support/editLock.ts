/**
 * A map's edit lock (the Web Lock the tab that saves holds, src/session/tabLock.ts), held from
 * a tab that is not an editor: it stands in for the moments a browser takes to hand the lock
 * of a closed tab to the next one, stretched so that a test can act within them.
 */
import type { Page } from '@playwright/test';

/** The name of the edit lock of the map open in `editorPage` (its address is `#/map/<id>`). */
export function editLockName(editorPage: Page): string {
  const id = /#\/map\/([^/?]+)/.exec(editorPage.url())?.[1];
  if (!id) throw new Error(`No map is open at ${editorPage.url()}`);
  return `waymark-edit-${decodeURIComponent(id)}`;
}

/** A place in the queue for an edit lock, taken from `page` (any Waymark page, same browser). */
export class QueuedEditLock {
  private constructor(
    readonly page: Page,
    readonly name: string,
  ) {}

  /** Queues `page` for the lock `name`; once granted, it is held until `release()`. */
  static async queue(page: Page, name: string): Promise<QueuedEditLock> {
    await page.evaluate((lockName) => {
      const state = window as unknown as { heldLock?: boolean; releaseLock?: () => void };
      state.heldLock = false;
      void navigator.locks.request(lockName, () => {
        state.heldLock = true;
        return new Promise<void>((resolve) => (state.releaseLock = resolve));
      });
    }, name);
    return new QueuedEditLock(page, name);
  }

  /** Whether the browser has granted the lock to this queue place (it holds it). */
  held(): Promise<boolean> {
    return this.page.evaluate(
      () => (window as unknown as { heldLock?: boolean }).heldLock === true,
    );
  }

  /** Lets the lock go: the next tab in the queue gets it. */
  async release(): Promise<void> {
    await this.page.evaluate(() =>
      (window as unknown as { releaseLock?: () => void }).releaseLock?.(),
    );
  }
}
