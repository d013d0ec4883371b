/** Creating rooms, finding them by join code, and telling a token's role. */
import type { CreateRoomResponse, JoinResponse, LiveRole } from '../src/sync/protocol';
import type { RoomRecord, RoomStore } from './roomStore';
import {
  hashToken,
  joinCodeKeys,
  newJoinCode,
  newRoomId,
  newToken,
  sealToken,
  tokenMatches,
  unsealToken,
} from './tokens';

/**
 * Creates a room and returns its tokens (shown this once). Retries with a new code when the
 * code's lookup key is already taken (a collision among live rooms). Throws store errors.
 */
export async function createRoom(
  store: RoomStore,
  now: number,
  roomIdleMs: number,
): Promise<CreateRoomResponse> {
  const facilitatorToken = newToken();
  const editorToken = newToken();
  const participantToken = newToken();
  for (let attempt = 0; ; attempt++) {
    const roomId = newRoomId();
    const code = newJoinCode();
    const { lookup, key } = await joinCodeKeys(code, store.codeSalt);
    try {
      store.createRoom({
        roomId,
        codeLookup: lookup,
        sealedParticipantToken: sealToken(participantToken, key),
        facilitatorHash: hashToken(facilitatorToken),
        editorHash: hashToken(editorToken),
        participantHash: hashToken(participantToken),
        createdAt: now,
        lastActiveAt: now,
      });
    } catch (error) {
      if (attempt < 5 && (error as { code?: string }).code?.startsWith('SQLITE_CONSTRAINT')) {
        continue;
      }
      throw error;
    }
    return {
      roomId,
      code,
      facilitatorToken,
      editorToken,
      participantToken,
      expiresAt: new Date(now + roomIdleMs).toISOString(),
    };
  }
}

/** The participant link's parts for a canonical join code, or null when no room has it. */
export async function findRoomByCode(store: RoomStore, code: string): Promise<JoinResponse | null> {
  const { lookup, key } = await joinCodeKeys(code, store.codeSalt);
  const room = store.findRoomByCodeLookup(lookup);
  if (!room) return null;
  const participantToken = unsealToken(room.sealedParticipantToken, key);
  return participantToken ? { roomId: room.roomId, participantToken } : null;
}

/**
 * The role a token gives in a room, or null. Every stored hash is compared (in constant time)
 * whichever matches, so the time taken does not tell which role a guess came close to.
 */
export function roleForToken(
  room: RoomRecord,
  promotionHashes: Buffer[],
  token: string,
): LiveRole | null {
  const facilitator = tokenMatches(token, room.facilitatorHash);
  const editor = tokenMatches(token, room.editorHash);
  const participant = tokenMatches(token, room.participantHash);
  let promoted = false;
  for (const hash of promotionHashes) promoted = tokenMatches(token, hash) || promoted;
  if (facilitator) return 'facilitator';
  if (editor || promoted) return 'editor';
  if (participant) return 'participant';
  return null;
}
