/**
 * Making a map's Yjs documents from the plain map, in steps (MapDocument.buildFor runs each in a
 * transaction of its own): the details, then every collection a slice of BUILD_SLICE records at
 * a time, at the positions writeCollection gives a collection written from scratch. Together
 * the steps write what one transaction per document writing everything would.
 */
import * as Y from 'yjs';
import type { JourneyMap } from '../../domain/schema';
import { writeAnnotationFields, writeDetails } from './details';
import {
  ANNOTATIONS_ROOT,
  ANNOTATION_COLLECTIONS,
  CARD_FIELDS_KEY,
  CONTENT_COLLECTIONS,
  CONTENT_ROOT,
  type CollectionSpec,
} from './layout';
import { insertRecords, newPositions, type PlainRecord } from './write';

/** How many records one step of making the documents writes (see `buildFor`). */
const BUILD_SLICE = 200;

/** One write into a document, done in a transaction of its own. */
export interface BuildStep {
  doc: Y.Doc;
  write: () => void;
}

/** Documents being filled with a map, and the steps that fill them. */
export interface Building {
  docs: { content: Y.Doc; annotations: Y.Doc };
  steps: Iterator<BuildStep, void>;
}

/** New, empty documents for `map` and the steps that fill them with it. */
export function startBuilding(map: JourneyMap): Building {
  const docs = { content: new Y.Doc(), annotations: new Y.Doc() };
  return { docs, steps: buildSteps(docs, map) };
}

/**
 * The writes that fill empty documents with `map`, a slice at a time: together, what one
 * transaction per document writing every record from scratch gives (same records, same
 * positions).
 */
function* buildSteps(
  docs: { content: Y.Doc; annotations: Y.Doc },
  map: JourneyMap,
): Generator<BuildStep, void> {
  const { content, annotations } = docs;
  const contentRoot = () => content.getMap<unknown>(CONTENT_ROOT);
  const annotationsRoot = () => annotations.getMap<unknown>(ANNOTATIONS_ROOT);
  yield { doc: content, write: () => writeDetails(contentRoot(), map, null) };
  for (const [key, spec] of Object.entries(CONTENT_COLLECTIONS)) {
    yield* collectionSteps(content, contentRoot, key, recordsOf(map, key), spec);
  }
  for (const [key, spec] of Object.entries(ANNOTATION_COLLECTIONS)) {
    yield* collectionSteps(annotations, annotationsRoot, key, recordsOf(map, key), spec);
  }
  yield { doc: annotations, write: () => void collectionIn(annotationsRoot(), CARD_FIELDS_KEY) };
  for (let from = 0; from < map.cards.length; from += BUILD_SLICE) {
    const cards = map.cards.slice(from, from + BUILD_SLICE);
    yield {
      doc: annotations,
      write: () =>
        writeAnnotationFields(collectionIn(annotationsRoot(), CARD_FIELDS_KEY), cards, null),
    };
  }
}

/** The steps that write `records` into the empty collection `key` of `root()`. */
function* collectionSteps(
  doc: Y.Doc,
  root: () => Y.Map<unknown>,
  key: string,
  records: readonly PlainRecord[],
  spec: CollectionSpec,
): Generator<BuildStep, void> {
  const positions = newPositions(records.length);
  yield { doc, write: () => void collectionIn(root(), key) };
  for (let from = 0; from < records.length; from += BUILD_SLICE) {
    const to = Math.min(records.length, from + BUILD_SLICE);
    yield {
      doc,
      write: () => insertRecords(collectionIn(root(), key), records, positions, from, to, spec),
    };
  }
}

/** The records of the map's collection `key` (`cards`, `links`…): an empty list when it has none. */
export function recordsOf(map: JourneyMap, key: string): readonly PlainRecord[] {
  return ((map as unknown as Record<string, unknown>)[key] ?? []) as readonly PlainRecord[];
}

/** The collection `key` of a root, made when missing. */
export function collectionIn(root: Y.Map<unknown>, key: string): Y.Map<Y.Map<unknown>> {
  const existing = root.get(key);
  if (existing instanceof Y.Map) return existing as Y.Map<Y.Map<unknown>>;
  const made = new Y.Map<Y.Map<unknown>>();
  root.set(key, made);
  return made;
}
