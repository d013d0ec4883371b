/**
 * One open journey map as shared Yjs documents (layout.ts) plus the plain, immutable map that
 * React, autosave and the exports read: its projection.
 *
 * A local change arrives as the next map (a pure edit of the current one); its difference is
 * written into the documents in one transaction per document with the origin LOCAL_ORIGIN. A
 * change from anywhere else (another tab, another device, undo) arrives as Yjs events. Either
 * way, only the records the change touched are read back and checked, then the repair rules
 * (domain/repair.ts) and derived values (step emotions from evidence) are applied: the
 * projection is always what a fresh read of the documents gives, on this client as on every
 * other, even where the repair hides records this client's edit did not know about (a vote past
 * a participant's limit, a step another client moved into a second phase). Records nobody
 * touched keep their identity, so rendering and saving stay proportional to the change, not to
 * the map.
 */
import * as Y from 'yjs';
import { applyDerivedEmotions } from '../../domain/evidence';
import { repairMap } from '../../domain/repair';
import type { JourneyMap } from '../../domain/schema';
import {
  ANNOTATIONS_ROOT,
  ANNOTATION_COLLECTIONS,
  CARD_FIELDS_KEY,
  CONTENT_COLLECTIONS,
  CONTENT_ROOT,
  POSITION_FIELD,
  type CollectionSpec,
} from './layout';
import { readCollection } from './read';
import { rebuild, type Dirty } from './rebuild';
import { readAnnotationFields, readDetails, writeAnnotationFields, writeDetails } from './details';
import { writeCollection } from './write';
import { collectionIn, recordsOf, startBuilding, type Building } from './build';

/** The origin of this client's own changes (one object, so Y.UndoManager can track it). */
export const LOCAL_ORIGIN = { name: 'waymark-local' } as const;
/** The origin of writing a whole map into empty documents (never undone). */
export const INIT_ORIGIN = { name: 'waymark-init' } as const;

/** Where a change of the projection came from. */
export type ChangeSource = 'local' | 'remote';

/** The map's shared documents and their projection. */
export class MapDocument {
  /** The documents; null until first needed when made by `deferred` (see `build`). */
  private docs: { content: Y.Doc; annotations: Y.Doc } | null;
  private raw: JourneyMap;
  private projected: JourneyMap;
  private readonly listeners = new Set<(map: JourneyMap, source: ChangeSource) => void>();
  private readonly dirty = new Map<string, Dirty>();
  private detailsDirty = false;
  /** While `commit` writes: events are collected, and read back once both documents are done. */
  private committing = false;
  /** Whether the repair left `raw` as it was last time (nothing hidden, moved or cut). */
  private clean = false;
  /** Documents being made in slices (`buildFor`), and the writes still to do. */
  private building: Building | null = null;

  private constructor(docs: { content: Y.Doc; annotations: Y.Doc } | null, raw: JourneyMap) {
    this.docs = docs;
    this.raw = raw;
    this.projected = this.projectRaw(true);
    if (docs) this.observe(docs);
  }

  /** New documents holding `map` (a map loaded from storage or a file: already valid). */
  static fromMap(map: JourneyMap): MapDocument {
    const document = new MapDocument(null, map);
    document.build();
    return document;
  }

  /**
   * `map` with its projection now and its documents made only when first needed (`content`,
   * `annotations`, `commit` or `build`): opening a map paints its cards without first writing
   * every record into Yjs (issue 17). Until then nothing can have changed the documents, so
   * building them later writes exactly what `fromMap` would have.
   */
  static deferred(map: JourneyMap): MapDocument {
    return new MapDocument(null, map);
  }

  /** Whether the documents exist yet (false only for a `deferred` one not yet needed). */
  get isBuilt(): boolean {
    return this.docs !== null;
  }

  /** Makes the documents now if they are not made yet (idempotent). */
  build(): void {
    this.buildFor(Infinity);
  }

  /**
   * Goes on making the documents for about `budgetMs` (ms of the main thread), a slice of
   * BUILD_SLICE records at a time; true once they are made. Opening a 10,000-card map, making
   * them in one go held the page for 150 to 230 ms (issue 17); in slices, each idle moment
   * does a part. Nothing reads them before the last slice, and whatever needs them first
   * (an edit, another tab) makes the rest at once (`build`), from the same map: until then
   * nothing can have changed it.
   */
  buildFor(budgetMs: number): boolean {
    if (this.docs) return true;
    const building = (this.building ??= startBuilding(this.raw));
    const end = performance.now() + budgetMs;
    do {
      const step = building.steps.next();
      if (step.done) {
        this.building = null;
        this.docs = building.docs;
        this.observe(this.docs);
        return true;
      }
      step.value.doc.transact(step.value.write, INIT_ORIGIN);
    } while (performance.now() < end);
    return false;
  }

  /** The map's content document (made now if it was deferred). */
  get content(): Y.Doc {
    this.build();
    return (this.docs as { content: Y.Doc }).content;
  }

  /** The map's annotations document: comments, votes, severity (made now if it was deferred). */
  get annotations(): Y.Doc {
    this.build();
    return (this.docs as { annotations: Y.Doc }).annotations;
  }

  private observe(docs: { content: Y.Doc; annotations: Y.Doc }): void {
    docs.content
      .getMap<unknown>(CONTENT_ROOT)
      .observeDeep((events, tr) => this.onEvents(events, tr, CONTENT_COLLECTIONS));
    docs.annotations
      .getMap<unknown>(ANNOTATIONS_ROOT)
      .observeDeep((events, tr) => this.onEvents(events, tr, ANNOTATION_COLLECTIONS));
  }

  /**
   * The map held by documents that came from elsewhere (a peer, a server); null while they do
   * not hold a map yet. `updatedAt` is this copy's own (see layout.ts LOCAL_FIELDS).
   */
  static fromDocuments(content: Y.Doc, annotations: Y.Doc, updatedAt: string): MapDocument | null {
    const raw = readWholeMap(content, annotations, updatedAt);
    return raw ? new MapDocument({ content, annotations }, raw) : null;
  }

  /**
   * The map `content` and `annotations` hold, read whole and projected as `map` would be, with
   * no observers left behind; null when they hold no map. For checks and one-off reads.
   */
  static read(content: Y.Doc, annotations: Y.Doc, updatedAt: string): JourneyMap | null {
    const raw = readWholeMap(content, annotations, updatedAt);
    return raw ? project(raw) : null;
  }

  /** The map as everyone should see it now (repaired, with derived values). */
  get map(): JourneyMap {
    return this.projected;
  }

  /** Calls `listener` after every change of the projection; returns a function that stops. */
  subscribe(listener: (map: JourneyMap, source: ChangeSource) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Writes what `next` (a pure edit of `map`) changes into the documents as this client's
   * change; `map` becomes the documents' projection, which is `next` unless the repair rules
   * say otherwise. `next.updatedAt` becomes this copy's last-changed time.
   */
  commit(next: JourneyMap): void {
    const previous = this.projected;
    if (next === previous) return;
    this.build(); // a deferred map's documents, as they were before this change
    this.committing = true;
    try {
      this.write(next, previous);
    } finally {
      this.committing = false;
      this.raw = { ...this.raw, updatedAt: next.updatedAt };
      this.refresh('local');
    }
  }

  private write(next: JourneyMap, previous: JourneyMap): void {
    this.content.transact(() => {
      const root = this.contentRoot;
      writeDetails(root, next, previous);
      for (const [key, spec] of Object.entries(CONTENT_COLLECTIONS)) {
        const before = recordsOf(previous, key);
        const after = recordsOf(next, key);
        if (before !== after) writeCollection(collectionIn(root, key), after, before, spec);
      }
    }, LOCAL_ORIGIN);
    this.annotations.transact(() => {
      const root = this.annotationsRoot;
      for (const [key, spec] of Object.entries(ANNOTATION_COLLECTIONS)) {
        const before = recordsOf(previous, key);
        const after = recordsOf(next, key);
        if (before !== after) writeCollection(collectionIn(root, key), after, before, spec);
      }
      if (next.cards !== previous.cards) {
        writeAnnotationFields(collectionIn(root, CARD_FIELDS_KEY), next.cards, previous.cards);
      }
    }, LOCAL_ORIGIN);
  }

  /** The whole map with its derived values: what `commit` expects after a pure edit. */
  static project(map: JourneyMap): JourneyMap {
    return project(map);
  }

  /** Stops observing and frees the documents. */
  destroy(): void {
    this.listeners.clear();
    const docs = this.docs ?? this.building?.docs;
    this.building = null;
    docs?.content.destroy();
    docs?.annotations.destroy();
  }

  private get contentRoot(): Y.Map<unknown> {
    return this.content.getMap<unknown>(CONTENT_ROOT);
  }

  private get annotationsRoot(): Y.Map<unknown> {
    return this.annotations.getMap<unknown>(ANNOTATIONS_ROOT);
  }

  private onEvents(
    events: Y.YEvent<Y.AbstractType<unknown>>[],
    transaction: Y.Transaction,
    collections: Readonly<Record<string, CollectionSpec>>,
  ): void {
    if (transaction.origin === INIT_ORIGIN) return;
    for (const event of events) this.markDirty(event, collections);
    if (!this.committing) this.refresh('remote');
  }

  private markDirty(
    event: Y.YEvent<Y.AbstractType<unknown>>,
    collections: Readonly<Record<string, CollectionSpec>>,
  ): void {
    const path = event.path;
    const head = path[0];
    const keysChanged: ReadonlySet<string> =
      event instanceof Y.YMapEvent ? event.keysChanged : new Set<string>();
    const dirtyOf = (key: string): Dirty => {
      let entry = this.dirty.get(key);
      if (!entry) {
        entry = { ids: new Set(), all: false, order: false };
        this.dirty.set(key, entry);
      }
      return entry;
    };
    if (head === undefined) {
      for (const key of keysChanged) {
        if (key in collections || key === CARD_FIELDS_KEY) dirtyOf(key).all = true;
        else this.detailsDirty = true;
      }
      return;
    }
    const key = String(head);
    if (!(key in collections) && key !== CARD_FIELDS_KEY) {
      this.detailsDirty = true; // typing in the map's title or description (a Y.Text)
      return;
    }
    const entry = dirtyOf(key);
    if (path.length === 1) {
      // Records added or deleted: rebuild() puts them in place. One replaced: read all in order.
      const changes = (event as Y.YMapEvent<unknown>).changes.keys;
      for (const id of keysChanged) {
        entry.ids.add(id);
        const action = changes.get(id)?.action;
        if (action !== 'add' && action !== 'delete') entry.order = true;
      }
      return;
    }
    entry.ids.add(String(path[1]));
    if (path.length === 2 && keysChanged.has(POSITION_FIELD)) entry.order = true;
  }

  private refresh(source: ChangeSource): void {
    const raw: Record<string, unknown> = { ...this.raw };
    if (this.detailsDirty) Object.assign(raw, readDetails(this.contentRoot, this.raw));
    const sources: [Y.Map<unknown>, Readonly<Record<string, CollectionSpec>>][] = [
      [this.contentRoot, CONTENT_COLLECTIONS],
      [this.annotationsRoot, ANNOTATION_COLLECTIONS],
    ];
    let structural = false; // whether the change may need the repair (see repairFacts)
    for (const [root, collections] of sources) {
      for (const [key, spec] of Object.entries(collections)) {
        const dirty = this.dirty.get(key);
        if (!dirty) continue;
        const rebuilt = rebuild(
          key,
          existingCollection(root, key),
          recordsOf(this.raw, key),
          dirty,
          spec,
        );
        raw[key] = rebuilt.records;
        structural ||= rebuilt.structural;
      }
    }
    const fieldsDirty = this.dirty.get(CARD_FIELDS_KEY);
    const cardsDirty = this.dirty.get('cards');
    if (fieldsDirty || cardsDirty) {
      const touched =
        fieldsDirty?.all || cardsDirty?.all
          ? null
          : new Set([...(fieldsDirty?.ids ?? []), ...(cardsDirty?.ids ?? [])]);
      raw.cards = readAnnotationFields(
        existingCollection(this.annotationsRoot, CARD_FIELDS_KEY),
        raw.cards as JourneyMap['cards'],
        touched,
      );
    }
    this.dirty.clear();
    this.detailsDirty = false;
    this.raw = raw as JourneyMap;
    this.projected = this.projectRaw(structural);
    for (const listener of this.listeners) listener(this.projected, source);
  }

  /**
   * The projection of `raw`. The repair is skipped when the last one changed nothing and this
   * change is not structural: it would change nothing again (repair.ts repairFacts).
   */
  private projectRaw(structural: boolean): JourneyMap {
    const repaired = this.clean && !structural ? this.raw : repairMap(this.raw);
    this.clean = repaired === this.raw;
    return applyDerivedEmotions(repaired);
  }
}

/** The projection of merged records: repaired, then with derived values. */
function project(raw: JourneyMap): JourneyMap {
  return applyDerivedEmotions(repairMap(raw));
}

/**
 * The collection `key` of a root for reading, or an empty stand-in when it is not there. Readers
 * never create a collection: two clients creating the same key at once would each set their
 * own Y.Map, and one of them, with whatever was written into it, would lose.
 */
function existingCollection(root: Y.Map<unknown>, key: string): Y.Map<Y.Map<unknown>> {
  const existing = root.get(key);
  return existing instanceof Y.Map ? (existing as Y.Map<Y.Map<unknown>>) : EMPTY_COLLECTION;
}
const EMPTY_COLLECTION = new Y.Map<Y.Map<unknown>>();

/** The whole map read out of documents; null when they hold no map yet. */
function readWholeMap(content: Y.Doc, annotations: Y.Doc, updatedAt: string): JourneyMap | null {
  const root = content.getMap<unknown>(CONTENT_ROOT);
  if (typeof root.get('id') !== 'string') return null;
  const details = readDetails(root, null);
  if (details === null) return null;
  const map: Record<string, unknown> = { ...details, updatedAt };
  for (const [key, spec] of Object.entries(CONTENT_COLLECTIONS)) {
    map[key] = readCollection(existingCollection(root, key), spec);
  }
  const annotationRoot = annotations.getMap<unknown>(ANNOTATIONS_ROOT);
  for (const [key, spec] of Object.entries(ANNOTATION_COLLECTIONS)) {
    map[key] = readCollection(existingCollection(annotationRoot, key), spec);
  }
  map.cards = readAnnotationFields(
    existingCollection(annotationRoot, CARD_FIELDS_KEY),
    map.cards as JourneyMap['cards'],
    null,
  );
  return map as unknown as JourneyMap;
}
