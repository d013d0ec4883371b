/**
 * Who else is on the map in a live session, and what they are doing: each person's name,
 * role, colour, selected cards and (on desktop) pointer on the canvas. Kept outside the map:
 * never saved, never undone. The sync layer fills it from Yjs awareness; the canvas and the
 * people list read it; the canvas reports this person's pointer through `setPointer`.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';

/** A person's role in a live session (see sync/protocol.ts LiveRole). */
export type PeerRole = 'facilitator' | 'editor' | 'participant';

/** One person in the session, as the others see them. */
export interface Peer {
  /** Yjs awareness client id (one per device tab). */
  clientId: number;
  /** The person's device id (the same in all their tabs). */
  participantId: string;
  name: string;
  role: PeerRole;
  /** A colour for their pointer and selection outline (CSS colour). */
  colour: string;
  /** The cards they have selected. */
  selection: readonly string[];
  /** Their pointer on the canvas, in canvas pixels; null when not over it. */
  pointer: { x: number; y: number } | null;
}

/** Where the live connection stands. */
export type LiveStatus =
  /** Not in a live session: the map is only on this device. */
  | 'local'
  | 'connecting'
  | 'online'
  /** Lost the connection: changes are kept here and sent on reconnect. */
  | 'offline'
  /** The facilitator ended the session (or it expired). */
  | 'ended'
  /** The server refused this link (wrong or expired). */
  | 'denied';

/** The presence state of one open map. */
export interface PresenceState {
  status: LiveStatus;
  /** Everyone else here now, in the order they came. */
  peers: readonly Peer[];
  /** This person's pointer on the canvas (canvas pixels), to share with the others. */
  pointer: { x: number; y: number } | null;
  setStatus: (status: LiveStatus) => void;
  setPeers: (peers: readonly Peer[]) => void;
  setPointer: (pointer: { x: number; y: number } | null) => void;
}

/** The presence store of one open map (status "local" until a live session starts). */
export type PresenceStore = StoreApi<PresenceState>;

/** Creates an empty presence store. */
export function createPresenceStore(): PresenceStore {
  return createStore<PresenceState>()((set) => ({
    status: 'local',
    peers: [],
    pointer: null,
    setStatus: (status) => set({ status }),
    setPeers: (peers) => set({ peers }),
    setPointer: (pointer) => set({ pointer }),
  }));
}

/** Colours for people's pointers and outlines: distinct, 3:1 or more on white. */
export const PEER_COLOURS = [
  '#c2410c',
  '#7c3aed',
  '#0f766e',
  '#be185d',
  '#1d4ed8',
  '#4d7c0f',
  '#a16207',
  '#0e7490',
] as const;

/** The colour for a participant id (stable for a person across tabs and reloads). */
export function peerColour(participantId: string): string {
  let hash = 0;
  for (const char of participantId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return PEER_COLOURS[hash % PEER_COLOURS.length] as string;
}
