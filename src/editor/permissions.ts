/**
 * Who may do what, decided in one place: every operation names the permission it needs and the
 * editor asks `can` before it runs (annotation mode is one check here, not a rule every
 * component remembers). A live session's server enforces the participant rule again.
 */
import type { Permission } from './operation';

/** How the map is being used: editing, annotating in a workshop, or presenting. */
export type EditorMode = 'edit' | 'annotate' | 'present';

/**
 * This person's role: "owner" works on their own map (or facilitates a live session),
 * "editor" changes everything in a live session, "participant" only annotates.
 */
export type Role = 'owner' | 'editor' | 'participant';

/** The part of the editor's state permissions depend on. */
export interface PermissionState {
  mode: EditorMode;
  role: Role;
  /** The map cannot be changed here at all (another tab holds it, or the session ended). */
  readOnly: boolean;
}

/** Whether an operation needing `permission` may run now. */
export function can(state: PermissionState, permission: Permission): boolean {
  if (permission === 'view') return true;
  if (state.readOnly) return false;
  switch (permission) {
    case 'annotate':
      return true;
    case 'facilitate':
      return state.role !== 'participant';
    case 'edit':
      return state.mode === 'edit' && state.role !== 'participant';
  }
}

/** Why `permission` is refused, in words for the user; null when it is allowed. */
export function refusal(state: PermissionState, permission: Permission): string | null {
  if (can(state, permission)) return null;
  if (state.readOnly) return 'This map cannot be changed here.';
  if (state.role === 'participant')
    return 'Participants can comment, vote and set severity, not change the map.';
  if (state.mode === 'annotate')
    return 'The map is locked while annotating: leave annotation mode to change it.';
  return 'The map cannot be changed while presenting.';
}
