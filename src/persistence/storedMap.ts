/**
 * Reading a stored map back from its rows, by one of two roads:
 *
 * - trusted: every row was validated by this version of Waymark as it wrote it (the meta row
 *   says so) and still has the checksum it was written with. Then only the cheap checks run
 *   that no single row can vouch for: the ids, kinds and cross references the editor relies on.
 * - full: anything else (an older format or app version, a row written unchecked, a checksum
 *   that differs, a failed cheap check) goes the road of a file: envelope → migrate → validate,
 *   and a problem is named by the row that holds it.
 */
import { LIMITS, type JourneyMap } from '../domain/schema';
import { CARD_KINDS } from '../domain/vocabulary';
import { checksumOf } from './checksum';
import type { CardRow, MapMetaRow, PartRow } from './db';
import {
  APP_VERSION,
  CURRENT_FORMAT_VERSION,
  FORMAT_NAME,
  readEnvelope,
  type LoadResult,
} from './format';
import { REQUIRED_PARTS, assembleMap } from './mapParts';

/** The rows of one map as read from the database. */
export interface MapRows {
  meta: MapMetaRow;
  parts: PartRow[];
  cards: CardRow[];
}

const CARD_KIND_SET: ReadonlySet<string> = new Set(CARD_KINDS);

/**
 * The cross-reference checks of `journeyMapSchema` (domain/schema.ts), without the field
 * checks each row passed when it was written. Returns what is wrong, or null.
 */
export function checkReferences(map: JourneyMap): string | null {
  const ids = new Set<string>();
  const claim = (id: string) => {
    if (ids.has(id)) throw new Error(`duplicate id "${id}"`);
    ids.add(id);
  };
  try {
    const steps = new Set<string>();
    for (const phase of map.phases) {
      claim(phase.id);
      for (const step of phase.steps) {
        claim(step.id);
        steps.add(step.id);
      }
    }
    if (steps.size > LIMITS.steps) return `too many steps (${steps.size})`;
    const lanes = new Set<string>();
    for (const lane of map.lanes) {
      claim(lane.id);
      lanes.add(lane.id);
    }
    if (map.cards.length > LIMITS.cards) return `too many cards (${map.cards.length})`;
    const cards = new Set<string>();
    for (const card of map.cards) {
      if (!CARD_KIND_SET.has(card.kind)) return `card "${card.id}" has an unknown kind`;
      if (!lanes.has(card.laneId)) return `card "${card.id}" is in no lane`;
      if (!steps.has(card.stepId)) return `card "${card.id}" is in no step`;
      claim(card.id);
      cards.add(card.id);
    }
    for (const card of map.cards) {
      if (card.kind === 'recommendation' && card.answers !== null && !cards.has(card.answers))
        return `recommendation "${card.id}" answers a card that does not exist`;
      if (card.kind === 'evidence') for (const quote of card.quotes) claim(quote.id);
      if (card.kind === 'recommendation') for (const update of card.progress) claim(update.id);
    }
    for (const persona of map.personas) claim(persona.id);
    for (const research of map.research) claim(research.id);
    for (const link of map.links) {
      claim(link.id);
      if (link.from === link.to || !cards.has(link.from) || !cards.has(link.to))
        return `link "${link.id}" does not join two cards`;
    }
    const parents = new Map(map.comments.map((comment) => [comment.id, comment.parentId]));
    for (const comment of map.comments) {
      claim(comment.id);
      const targets = comment.target.kind === 'card' ? cards : steps;
      if (!targets.has(comment.target.id)) return `comment "${comment.id}" is on nothing`;
      if (comment.parentId !== null && !parents.has(comment.parentId))
        return `comment "${comment.id}" replies to nothing`;
      const seen = new Set([comment.id]);
      for (let p = comment.parentId; p !== null; p = parents.get(p) ?? null) {
        if (seen.has(p)) return `comment "${comment.id}" replies in a circle`;
        seen.add(p);
      }
    }
    for (const round of map.voteRounds) {
      claim(round.id);
      for (const vote of round.votes) {
        claim(vote.id);
        if (!cards.has(vote.cardId)) return `vote "${vote.id}" is for a card that does not exist`;
      }
    }
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  return null;
}

/** Parts by key, from their rows. */
function partsByKey(rows: readonly PartRow[]): Map<string, unknown> {
  return new Map(rows.map((row) => [row.key, row.value]));
}

/**
 * The map, when its rows can be trusted (see the module comment); otherwise why not, so that
 * the caller takes the full road.
 */
export function readTrustedRows(
  rows: MapRows,
): { ok: true; map: JourneyMap } | { ok: false; reason: string } {
  try {
    return trustRows(rows);
  } catch (error) {
    // A row of a shape no check foresaw: the full road names what is wrong with it.
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

function trustRows(rows: MapRows): { ok: true; map: JourneyMap } | { ok: false; reason: string } {
  const { meta, parts, cards } = rows;
  if (meta.formatVersion !== CURRENT_FORMAT_VERSION) return { ok: false, reason: 'older format' };
  if (meta.checkedBy !== APP_VERSION) return { ok: false, reason: 'not checked by this version' };
  for (const row of parts) {
    if (row.check !== checksumOf(row.value))
      return { ok: false, reason: `part ${row.key} changed` };
  }
  for (const row of cards) {
    if (row.check !== checksumOf(row.card) || row.card.id !== row.id)
      return { ok: false, reason: `card ${row.id} changed` };
  }
  const byKey = partsByKey(parts);
  const missing = REQUIRED_PARTS.find((key) => !byKey.has(key));
  if (missing !== undefined) return { ok: false, reason: `part ${missing} missing` };
  const map = assembleMap(
    meta.id,
    meta.updatedAt,
    byKey,
    cards.map((row) => row.card),
  ) as unknown as JourneyMap;
  if (map.personas.some((persona) => persona === undefined))
    return { ok: false, reason: 'a persona row is missing' };
  const problem = checkReferences(map);
  return problem === null ? { ok: true, map } : { ok: false, reason: problem };
}

/** The name of the row that holds a problem at `path` (`cards[3].title` → card "c-7"). */
function rowNameAt(path: string, map: Record<string, unknown>): string | null {
  const found = /^(cards|personas)\[(\d+)\]/.exec(path);
  if (!found) return null;
  const list = map[found[1]!];
  const item = Array.isArray(list) ? (list[Number(found[2])] as { id?: unknown }) : undefined;
  const id = typeof item?.id === 'string' ? item.id : `number ${Number(found[2]) + 1}`;
  return `${found[1] === 'cards' ? 'card' : 'persona'} "${id}"`;
}

/**
 * The full road: the rows as a file envelope, migrated and validated whole. A problem in a
 * card or persona names it, e.g. `cards[3].laneId (card "c-7")`.
 */
export function readRowsAsFile(rows: MapRows): LoadResult {
  const { meta, parts, cards } = rows;
  const map = assembleMap(
    meta.id,
    meta.updatedAt,
    partsByKey(parts),
    cards.map((row) => row.card),
  );
  const result = readEnvelope({
    format: FORMAT_NAME,
    formatVersion: meta.formatVersion,
    appVersion: meta.appVersion,
    map,
  });
  if (result.ok || result.error.kind !== 'invalid') return result;
  const problems = result.error.problems.map((problem) => {
    const row = rowNameAt(problem.path, map);
    return row ? { ...problem, path: `${problem.path} (${row})` } : problem;
  });
  const first = problems[0];
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  const message = first
    ? `The stored copy of this map has a problem at ${first.path}: ${first.message}${more}. Waymark left it as it is.`
    : result.error.message;
  return { ok: false, error: { ...result.error, message, problems } };
}
