/** Operations that replace a map's content as a whole: restoring a saved version. */
import type { JourneyMap } from '../../domain/schema';
import { defineOperation } from '../operation';

/**
 * Puts a saved version's content in place of the map's, as one undo step. The map keeps its
 * own id, creation time and link to its current state; everything else (title, grid, cards,
 * personas, comments …) becomes the version's. Running it through the engine writes the change
 * into the map's shared documents, so other tabs and a live session see the restore at once,
 * and autosave stores it like any edit.
 */
export const restoreVersion = defineOperation<{ map: JourneyMap }>({
  name: 'map.restoreVersion',
  permission: 'edit',
  apply: (map, { map: version }) => ({
    ...version,
    id: map.id,
    createdAt: map.createdAt,
    currentStateMapId: map.currentStateMapId,
  }),
});
