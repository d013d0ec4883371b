/**
 * Refuses malformed document updates before Hocuspocus applies them to a room's document.
 *
 * A Yjs update that fails half-way through `applyUpdate` can leave part of it applied (the
 * structs are integrated before the delete set is read). Decoding the whole update first, without
 * touching the document, refuses such a message whole; Hocuspocus then closes that one document
 * connection and the room carries on untouched.
 */
import * as decoding from 'lib0/decoding';
import { messageYjsSyncStep2, messageYjsUpdate } from 'y-protocols/sync';
import * as Y from 'yjs';
import { LIVE_CLOSE_CODES } from '../src/sync/protocol';

/** Hocuspocus message types that carry a Yjs sync message (Sync, SyncReply). */
const SYNC_MESSAGE_TYPES = new Set([0, 4]);

/** Thrown for a refused message; Hocuspocus closes the document connection with code/reason. */
export class UpdateRefused extends Error {
  readonly code = LIVE_CLOSE_CODES.updateRefused;
  readonly reason: string;
  constructor(reason: string) {
    // The message names the rule broken, never the update's content.
    super(`update refused: ${reason}`);
    this.reason = reason;
  }
}

/**
 * Checks one incoming Hocuspocus message (document name, type, payload). Throws UpdateRefused
 * when it is truncated, or when it carries a Yjs update (sync step 2 or update) that is larger
 * than `maxUpdateBytes` or does not decode completely.
 */
export function checkIncomingMessage(message: Uint8Array, maxUpdateBytes: number): void {
  try {
    const decoder = decoding.createDecoder(message);
    decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (!SYNC_MESSAGE_TYPES.has(type)) return;
    const syncType = decoding.readVarUint(decoder);
    if (syncType !== messageYjsSyncStep2 && syncType !== messageYjsUpdate) return;
    const update = decoding.readVarUint8Array(decoder);
    if (update.byteLength > maxUpdateBytes) throw new UpdateRefused('too-large');
    Y.decodeUpdate(update);
  } catch (error) {
    if (error instanceof UpdateRefused) throw error;
    throw new UpdateRefused('malformed');
  }
}
