/**
 * Reading and writing the system clipboard for copy and paste of cards (the payload itself:
 * domain/clipboard.ts).
 */
import { parsePayload } from '../domain/clipboard';

/** The system clipboard when the browser allows it, else a copy kept in this tab. */
export interface ClipboardApi {
  write: (text: string) => Promise<void>;
  read: () => Promise<string | null>;
  /** Keeps text in the in-tab clipboard only (used when a native copy event already wrote). */
  remember: (text: string) => void;
  recall: () => string | null;
}

/**
 * A clipboard for copy and paste: the system clipboard when the browser allows it, always backed by
 * a copy kept in this tab.
 */
export function createClipboard(): ClipboardApi {
  let memory: string | null = null;
  return {
    async write(text) {
      memory = text;
      try {
        await navigator.clipboard.writeText(text);
      } catch {
        // Permission denied or no clipboard API: the in-tab copy still works.
      }
    },
    async read() {
      try {
        const text = await navigator.clipboard.readText();
        if (parsePayload(text)) return text;
      } catch {
        // Fall back to the in-tab copy.
      }
      return memory;
    },
    remember(text) {
      memory = text;
    },
    recall: () => memory,
  };
}
