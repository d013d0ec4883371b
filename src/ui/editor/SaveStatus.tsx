import { useEffect, useRef, useState } from 'react';
import { serializeMap } from '../../persistence/format';
import { useEditor, useEditorApi } from '../../bindings/EditorProvider';
import type { SaveState } from '../../editor/editor';
import { isTriedAgain } from '../../session/autosave';
import { downloadBlob, fileNameFor } from '../common/download';

/** How long the map must stay saved before a screen reader is told "All changes saved" (ms). */
export const SAVED_ANNOUNCEMENT_MS = 2_000;

/**
 * What the save status's live region says: "All changes saved" once the map has stayed saved
 * for SAVED_ANNOUNCEMENT_MS after a change, otherwise nothing. Typing saves after every key, so
 * a live "Saving…" / "Saved" would be read out twice per keystroke (WCAG 4.1.3 asks that the
 * outcome can be heard, not every step of it).
 */
function useSavedAnnouncement(status: SaveState['status'], persistent: boolean): string {
  const [announcement, setAnnouncement] = useState('');
  const changedSinceTold = useRef(false);
  useEffect(() => {
    if (status !== 'saved') {
      changedSinceTold.current = true;
      setAnnouncement('');
      return;
    }
    if (!persistent || !changedSinceTold.current) return;
    const timer = setTimeout(() => {
      changedSinceTold.current = false;
      setAnnouncement('All changes saved');
    }, SAVED_ANNOUNCEMENT_MS);
    return () => clearTimeout(timer);
  }, [status, persistent]);
  return announcement;
}

/**
 * "Saving…" / "Saved", and a clear error with a way to keep the work when a save failed: in
 * the tab that saves, and in every other tab of the map with changes not stored (the message
 * of the tab that saves, session/peerSaves.ts). The download is this tab's map, so it holds
 * this tab's changes. A failure is an alert; that all is saved again, or saved at all after
 * typing, is said once the typing has paused (useSavedAnnouncement).
 */
export function SaveStatus({ persistent }: { persistent: boolean }) {
  const save = useEditor((s) => s.save);
  const announcement = useSavedAnnouncement(save.status, persistent);
  const liveRegion = (
    <span className="visually-hidden" role="status">
      {announcement}
    </span>
  );
  const editor = useEditorApi();
  const download = () => {
    const map = editor.map;
    downloadBlob(
      new Blob([serializeMap(map)], { type: 'application/json' }),
      fileNameFor(map.title, 'json'),
    );
  };
  if (save.status === 'error') {
    return (
      <>
        {liveRegion}
        <div className="save-error" role="alert">
          <p>
            {save.message}
            {isTriedAgain(save.kind) && ' Waymark keeps trying and says “Saved” once it can.'}
          </p>
          <button type="button" onClick={download}>
            Download a copy (JSON)
          </button>
        </div>
      </>
    );
  }
  const text =
    save.status === 'saving' || save.status === 'pending'
      ? 'Saving…'
      : persistent
        ? 'Saved'
        : 'Not saved: this browser blocks storage';
  return (
    <>
      {liveRegion}
      <span className="save-status" data-status={save.status}>
        {text}
      </span>
    </>
  );
}
