/**
 * News between the tabs' repositories that a map went to the trash, came back from it or was
 * deleted for good. The write made as a page closes (`saveOnExit`) cannot read the stored map
 * first, so it writes from what its tab last knew: with this news it neither takes a map back
 * out of the trash nor writes a few rows of a map deleted for good (which would leave a broken
 * map in the library). A message that arrives after the tab has already closed is the window
 * left (milliseconds).
 */

/** A map's trash state changed (`deletedAt`), or the map was deleted for good (`purged`). */
export type TrashNews =
  { mapId: string; deletedAt: string | null } | { mapId: string; purged: true };

/** The channel of one database's repositories: tell the others, hear from them. */
export interface TrashNewsChannel {
  tell(news: TrashNews): void;
}

/** Whether `data` is news as `tell` sends it (messages come from any same-origin page). */
function isTrashNews(data: unknown): data is TrashNews {
  if (typeof data !== 'object' || data === null) return false;
  const news = data as Record<string, unknown>;
  if (typeof news.mapId !== 'string') return false;
  if ('purged' in news) return news.purged === true;
  return news.deletedAt === null || typeof news.deletedAt === 'string';
}

/**
 * Joins the news of database `databaseName`; `onNews` hears the other repositories' news (not
 * its own). Where the browser has no BroadcastChannel, nothing is told or heard.
 */
export function openTrashNews(
  databaseName: string,
  onNews: (news: TrashNews) => void,
): TrashNewsChannel {
  if (typeof BroadcastChannel === 'undefined') return { tell: () => undefined };
  const channel = new BroadcastChannel(`waymark-trash-${databaseName}`);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (isTrashNews(event.data)) onNews(event.data);
  };
  // In Node (the unit tests) an open channel would keep the process alive.
  (channel as { unref?: () => void }).unref?.();
  return { tell: (news) => channel.postMessage(news) };
}
