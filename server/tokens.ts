/**
 * Room ids, tokens and join codes: random from node:crypto, stored only as hashes, compared in
 * constant time.
 */
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  randomBytes,
  randomInt,
  scrypt,
  timingSafeEqual,
} from 'node:crypto';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '../src/sync/protocol';

/** A new room id: 128 random bits as 22 base64url characters. */
export function newRoomId(): string {
  return randomBytes(16).toString('base64url');
}

/** A new bearer token: 256 random bits as 43 base64url characters. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** SHA-256 of a token (32 bytes): what the database keeps instead of the token. */
export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/** Whether `token` hashes to `hash`, in time independent of where they differ. */
export function tokenMatches(token: string, hash: Buffer): boolean {
  const candidate = hashToken(token);
  return hash.length === candidate.length && timingSafeEqual(candidate, hash);
}

/** A new join code: JOIN_CODE_LENGTH characters drawn uniformly from JOIN_CODE_ALPHABET. */
export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++)
    code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/**
 * Keys derived from a join code with scrypt (N=2^14, r=8: ~16 MiB and tens of ms per try):
 * `lookup` finds the room, `key` unseals its participant token. The database holds neither the
 * code nor the participant token in the clear, so reading a participant link out of a copied
 * database file means brute-forcing the code with scrypt. `salt` is per installation.
 */
export function joinCodeKeys(code: string, salt: Buffer): Promise<{ lookup: Buffer; key: Buffer }> {
  // Async scrypt runs on libuv's thread pool, so a look-up does not stall other rooms' traffic.
  return new Promise((resolve, reject) => {
    scrypt(code, salt, 48, { N: 2 ** 14, r: 8, p: 1 }, (error, derived) => {
      if (error) reject(error);
      else resolve({ lookup: derived.subarray(0, 16), key: derived.subarray(16, 48) });
    });
  });
}

/** Encrypts a token with AES-256-GCM: iv (12 bytes) ‖ tag (16) ‖ ciphertext. */
export function sealToken(token: string, key: Buffer): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

/** Decrypts sealToken's output; null when the key is wrong or the data was changed. */
export function unsealToken(sealed: Buffer, key: Buffer): string | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
    decipher.setAuthTag(sealed.subarray(12, 28));
    return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
