/**
 * A running estimate of a map's size as JSON (the library's size column), kept up to date from
 * each saved change: only the parts and cards that changed are measured, so a keystroke in a
 * card measures that card, never the map's persona pictures.
 *
 * Use in autosave: `const size = new MapSizeEstimate(map)` when the map opens, then
 * `repository.save(map, change, revision, size.apply(change))` for each change. The whole map
 * is measured once, by `measure()` (autosave calls it when the browser is idle after the map
 * opened) or else by the first `apply`: not while the map opens (issue 17: every card as JSON,
 * proportional to the map's size, was part of opening it).
 */
import type { JourneyMap } from '../domain/schema';
import type { MapChange } from './mapChange';
import { partsOf } from './mapParts';

/** Length of a value as JSON text, in UTF-16 code units (bytes for plain ASCII text). */
const lengthOf = (value: unknown) => JSON.stringify(value)?.length ?? 0;

/** The size of a map as JSON, in bytes (approximately), updated part by part. */
export class MapSizeEstimate {
  private readonly partBytes = new Map<string, number>();
  private readonly cardBytes = new Map<string, number>();
  private total = 0;
  /** The map as opened, until it is measured. */
  private opened: JourneyMap | null;

  /** An estimate starting from `map` (the map as stored when it was opened), not yet measured. */
  constructor(map: JourneyMap) {
    this.opened = map;
  }

  /** Measures the map as opened, once (later calls do nothing). */
  measure(): void {
    const map = this.opened;
    if (!map) return;
    this.opened = null;
    for (const part of partsOf(map)) this.set(this.partBytes, part.key, lengthOf(part.value));
    for (const card of map.cards) this.set(this.cardBytes, card.id, lengthOf(card));
  }

  /** Takes a change into account and returns the new estimate, in bytes. */
  apply(change: MapChange): number {
    this.measure();
    for (const part of change.putParts) this.set(this.partBytes, part.key, lengthOf(part.value));
    for (const key of change.deletedPartKeys) this.set(this.partBytes, key, 0);
    for (const card of change.putCards) this.set(this.cardBytes, card.id, lengthOf(card));
    for (const id of change.deletedCardIds) this.set(this.cardBytes, id, 0);
    return this.total;
  }

  /** The current estimate, in bytes. */
  get bytes(): number {
    this.measure();
    return this.total;
  }

  private set(sizes: Map<string, number>, key: string, bytes: number) {
    this.total += bytes - (sizes.get(key) ?? 0);
    if (bytes === 0) sizes.delete(key);
    else sizes.set(key, bytes);
  }
}
