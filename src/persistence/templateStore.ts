/**
 * The user's own templates (Waymark's own are code: domain/templates). A template is a map
 * (domain/templates/apply.ts says what it keeps) with a name and a description, kept as its
 * file compressed (mapText.ts) in the `templates` table of db.ts. "Save as template" and
 * importing a template file add one; the gallery lists, uses and deletes them.
 */
import { newId } from '../domain/ids';
import type { JourneyMap } from '../domain/schema';
import type { TemplateInfo } from '../domain/templates/types';
import type { TemplateRow, WaymarkDatabase } from './db';
import { decodeMap, encodeMap } from './mapText';
import type { Guard } from './versionStore';

/** A template of the user's, as the gallery lists it (without its map). */
export type TemplateRecord = Omit<TemplateRow, 'encoding' | 'data'>;

/** A template read back, or why it could not be. */
export type LoadedTemplate =
  { ok: true; record: TemplateRecord; map: JourneyMap } | { ok: false; message: string };

/** Where the user's templates are kept. */
export interface TemplateStore {
  /** Every template, newest first. */
  list(): Promise<TemplateRecord[]>;
  /** Adds a template; throws a StorageError (a full disk) and then adds nothing. */
  save(map: JourneyMap, info: TemplateInfo): Promise<TemplateRecord>;
  load(id: string): Promise<LoadedTemplate>;
  remove(id: string): Promise<void>;
}

/** The longest name (characters) a template keeps. */
export const TEMPLATE_NAME_MAX = 200;

async function templateRow(map: JourneyMap, info: TemplateInfo): Promise<TemplateRow> {
  const encoded = await encodeMap(map);
  const name = info.name.trim().slice(0, TEMPLATE_NAME_MAX) || map.title || 'Untitled template';
  return {
    id: newId(),
    name,
    description: info.description.trim().slice(0, 2_000),
    createdAt: new Date().toISOString(),
    cardCount: map.cards.length,
    storedBytes: encoded.storedBytes,
    encoding: encoded.encoding,
    data: encoded.data,
  };
}

const recordOf = ({ encoding: _encoding, data: _data, ...record }: TemplateRow): TemplateRecord =>
  record;

const newestFirst = (a: TemplateRecord, b: TemplateRecord) =>
  b.createdAt.localeCompare(a.createdAt);

const NOT_FOUND: LoadedTemplate = { ok: false, message: 'This template is no longer here.' };

/** Templates in IndexedDB. */
export class DexieTemplateStore implements TemplateStore {
  constructor(
    private readonly db: WaymarkDatabase,
    private readonly guard: Guard,
  ) {}

  async list() {
    const rows = await this.guard(() => this.db.templates.toArray());
    return rows.map(recordOf).sort(newestFirst);
  }

  async save(map: JourneyMap, info: TemplateInfo) {
    const row = await templateRow(map, info);
    await this.guard(() => this.db.templates.add(row));
    return recordOf(row);
  }

  async load(id: string): Promise<LoadedTemplate> {
    const row = await this.guard(() => this.db.templates.get(id));
    if (!row) return NOT_FOUND;
    const read = await decodeMap(row);
    return read.ok
      ? { ok: true, record: recordOf(row), map: read.map }
      : { ok: false, message: read.error.message };
  }

  async remove(id: string) {
    await this.guard(() => this.db.templates.delete(id));
  }
}

/** Templates in memory: the stand-in when IndexedDB is blocked (gone with the tab). */
export class MemoryTemplateStore implements TemplateStore {
  private readonly rows = new Map<string, { record: TemplateRecord; map: JourneyMap }>();

  async list() {
    return [...this.rows.values()].map((row) => row.record).sort(newestFirst);
  }

  async save(map: JourneyMap, info: TemplateInfo) {
    const record = recordOf(await templateRow(map, info));
    this.rows.set(record.id, { record, map });
    return record;
  }

  async load(id: string): Promise<LoadedTemplate> {
    const row = this.rows.get(id);
    return row ? { ok: true, ...row } : NOT_FOUND;
  }

  async remove(id: string) {
    this.rows.delete(id);
  }
}
