import { nanoid } from 'nanoid';

/** A new unique id for any record of a map (URL-safe, 12 characters). */
export function newId(): string {
  return nanoid(12);
}
