/**
 * Rooms and their Yjs documents in one SQLite file (better-sqlite3, synchronous).
 *
 * Several server instances on one host may open the same file (WAL mode, busy timeout): that is
 * how they share room metadata (tokens, join codes, promotions, last activity) and documents.
 * Tokens are stored as SHA-256 hashes; the participant token only sealed with its join code.
 */
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import * as Y from 'yjs';

/** A room as stored. Times are ms since the epoch; hashes are SHA-256 (32 bytes). */
export interface RoomRecord {
  roomId: string;
  codeLookup: Buffer;
  sealedParticipantToken: Buffer;
  facilitatorHash: Buffer;
  editorHash: Buffer;
  participantHash: Buffer;
  createdAt: number;
  lastActiveAt: number;
}

const SCHEMA_VERSION = 1;

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);
  CREATE TABLE IF NOT EXISTS rooms (
    room_id TEXT PRIMARY KEY,
    code_lookup BLOB NOT NULL UNIQUE,
    sealed_participant_token BLOB NOT NULL,
    facilitator_hash BLOB NOT NULL,
    editor_hash BLOB NOT NULL,
    participant_hash BLOB NOT NULL,
    created_at INTEGER NOT NULL,
    last_active_at INTEGER NOT NULL
  );
  CREATE INDEX IF NOT EXISTS rooms_last_active ON rooms (last_active_at);
  CREATE TABLE IF NOT EXISTS promotions (
    room_id TEXT NOT NULL REFERENCES rooms (room_id) ON DELETE CASCADE,
    participant_id TEXT NOT NULL,
    token_hash BLOB NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (room_id, participant_id)
  );
  CREATE TABLE IF NOT EXISTS documents (
    name TEXT PRIMARY KEY,
    room_id TEXT NOT NULL REFERENCES rooms (room_id) ON DELETE CASCADE,
    data BLOB NOT NULL,
    updated_at INTEGER NOT NULL
  );
  CREATE INDEX IF NOT EXISTS documents_room ON documents (room_id);
`;

interface RoomRow {
  room_id: string;
  code_lookup: Buffer;
  sealed_participant_token: Buffer;
  facilitator_hash: Buffer;
  editor_hash: Buffer;
  participant_hash: Buffer;
  created_at: number;
  last_active_at: number;
}

const toRecord = (row: RoomRow): RoomRecord => ({
  roomId: row.room_id,
  codeLookup: row.code_lookup,
  sealedParticipantToken: row.sealed_participant_token,
  facilitatorHash: row.facilitator_hash,
  editorHash: row.editor_hash,
  participantHash: row.participant_hash,
  createdAt: row.created_at,
  lastActiveAt: row.last_active_at,
});

/** The rooms database. Every method is synchronous; throws better-sqlite3's errors. */
export class RoomStore {
  private readonly db: Database.Database;
  /** Per-installation salt for join code key derivation (random, kept in `meta`). */
  readonly codeSalt: Buffer;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('synchronous = NORMAL');
    const version = this.db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) {
      throw new Error(`${file} was written by a newer Waymark server (schema ${version})`);
    }
    this.db.exec(SCHEMA);
    this.db.pragma(`user_version = ${SCHEMA_VERSION}`);
    this.db
      .prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)')
      .run('code_salt', randomBytes(16));
    const salt = this.db.prepare('SELECT value FROM meta WHERE key = ?').get('code_salt') as {
      value: Buffer;
    };
    this.codeSalt = salt.value;
  }

  /** Adds a room. Throws a SQLITE_CONSTRAINT error when the id or the code is taken. */
  createRoom(room: RoomRecord): void {
    this.db
      .prepare(
        `INSERT INTO rooms (room_id, code_lookup, sealed_participant_token, facilitator_hash,
           editor_hash, participant_hash, created_at, last_active_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        room.roomId,
        room.codeLookup,
        room.sealedParticipantToken,
        room.facilitatorHash,
        room.editorHash,
        room.participantHash,
        room.createdAt,
        room.lastActiveAt,
      );
  }

  /** The room with this id, if it exists. */
  findRoom(roomId: string): RoomRecord | undefined {
    const row = this.db.prepare('SELECT * FROM rooms WHERE room_id = ?').get(roomId) as
      RoomRow | undefined;
    return row && toRecord(row);
  }

  /** The room whose join code derives `lookup`, if it exists. */
  findRoomByCodeLookup(lookup: Buffer): RoomRecord | undefined {
    const row = this.db.prepare('SELECT * FROM rooms WHERE code_lookup = ?').get(lookup) as
      RoomRow | undefined;
    return row && toRecord(row);
  }

  /** Records (or replaces) the editor token hash given to a promoted participant. */
  addPromotion(roomId: string, participantId: string, tokenHash: Buffer, now: number): void {
    this.db
      .prepare(
        `INSERT INTO promotions (room_id, participant_id, token_hash, created_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (room_id, participant_id) DO UPDATE SET token_hash = excluded.token_hash,
           created_at = excluded.created_at`,
      )
      .run(roomId, participantId, tokenHash, now);
  }

  /** Editor token hashes of the room's promoted participants. */
  promotionHashes(roomId: string): Buffer[] {
    const rows = this.db
      .prepare('SELECT token_hash FROM promotions WHERE room_id = ?')
      .all(roomId) as { token_hash: Buffer }[];
    return rows.map((row) => row.token_hash);
  }

  /** Marks the room as used now (pushes its expiry on). */
  touchRoom(roomId: string, now: number): void {
    this.db
      .prepare('UPDATE rooms SET last_active_at = MAX(last_active_at, ?) WHERE room_id = ?')
      .run(now, roomId);
  }

  /** Deletes the room, its promotions and its documents. Returns whether it existed. */
  deleteRoom(roomId: string): boolean {
    return this.db.prepare('DELETE FROM rooms WHERE room_id = ?').run(roomId).changes > 0;
  }

  /** Ids of rooms last used before `before` (ms since the epoch). */
  idleRoomIds(before: number): string[] {
    const rows = this.db
      .prepare('SELECT room_id FROM rooms WHERE last_active_at < ?')
      .all(before) as { room_id: string }[];
    return rows.map((row) => row.room_id);
  }

  /** The stored Yjs update of a document, or null. */
  loadDocument(name: string): Uint8Array | null {
    const row = this.db.prepare('SELECT data FROM documents WHERE name = ?').get(name) as
      { data: Buffer } | undefined;
    return row ? new Uint8Array(row.data) : null;
  }

  /**
   * Writes a document's state, inside one IMMEDIATE transaction so that instances sharing the
   * file never interleave a read and a write. `merge(stored)` receives what is stored now and
   * returns what to write. Nothing is written when the room no longer exists (ended or expired),
   * so a late store cannot bring a deleted room's content back. Returns whether it wrote.
   */
  storeDocument(
    name: string,
    roomId: string,
    merge: (stored: Uint8Array | null) => Uint8Array,
    now: number,
  ): boolean {
    const write = this.db.transaction(() => {
      if (!this.db.prepare('SELECT 1 FROM rooms WHERE room_id = ?').get(roomId)) return false;
      const data = merge(this.loadDocument(name));
      this.db
        .prepare(
          `INSERT INTO documents (name, room_id, data, updated_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (name) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`,
        )
        .run(name, roomId, Buffer.from(data.buffer, data.byteOffset, data.byteLength), now);
      return true;
    });
    return write.immediate();
  }

  /** Number of stored rooms (health checks, tests). */
  roomCount(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM rooms').get() as { n: number }).n;
  }

  /** Closes the file. */
  close(): void {
    this.db.close();
  }
}

/**
 * What to store for `document`, given its full state (`state`) and what the file holds now.
 * Another instance sharing the file may have stored changes this one has not seen (yet): they are
 * kept by merging. Usually the stored state is contained in the document, and `state` is written.
 */
export function stateToStore(
  document: Y.Doc,
  state: Uint8Array,
  stored: Uint8Array | null,
): Uint8Array {
  if (!stored || Y.snapshotContainsUpdate(Y.snapshot(document), stored)) return state;
  return Y.mergeUpdates([stored, state]);
}
