/**
 * The name this device annotates as ("Your name"): typed once per device and kept in
 * localStorage, so every comment made here carries it. Until someone types a name the device
 * is "Participant N", with N picked once and kept, so its comments stay together.
 */
import { useCallback, useSyncExternalStore } from 'react';

export { DISPLAY_NAME_KEY as PARTICIPANT_NAME_KEY } from '../../sync/live/liveRecords';
import { DISPLAY_NAME_KEY as PARTICIPANT_NAME_KEY } from '../../sync/live/liveRecords';

const listeners = new Set<() => void>();
let memoryName: string | null = null; // when localStorage is blocked

function readStored(): string | null {
  try {
    return window.localStorage.getItem(PARTICIPANT_NAME_KEY);
  } catch {
    return memoryName;
  }
}

function writeStored(name: string): void {
  memoryName = name;
  try {
    window.localStorage.setItem(PARTICIPANT_NAME_KEY, name);
  } catch {
    // Private mode or blocked storage: the name lives for this page only.
  }
}

/** The stored name, creating the "Participant N" default on first use. */
export function getParticipantName(): string {
  const stored = readStored();
  if (stored !== null) return stored;
  const name = `Participant ${1 + Math.floor(Math.random() * 99)}`;
  writeStored(name);
  return name;
}

/**
 * Remembers this device's participant name (kept in memory when localStorage is blocked) and tells
 * every listener.
 */
export function setParticipantName(name: string): void {
  writeStored(name);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === PARTICIPANT_NAME_KEY || event.key === null) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/**
 * The name as typed (for the "Your name" field) and as used (trimmed, never empty: an emptied
 * field falls back to "Participant").
 */
export function useParticipantName(): {
  typed: string;
  name: string;
  setName: (name: string) => void;
} {
  const typed = useSyncExternalStore(subscribe, getParticipantName, () => '');
  const setName = useCallback((name: string) => setParticipantName(name), []);
  return { typed, name: typed.trim() || 'Participant', setName };
}
