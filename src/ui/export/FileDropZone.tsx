import { useEffect, useRef, useState, type ReactNode } from 'react';
import './export.css';

/** What is done with a dropped file. */
export interface FileDropZoneProps {
  /** Called with the first file dropped anywhere on the page. */
  onFile(file: File): void;
  children?: ReactNode;
}

const carriesFiles = (event: DragEvent) =>
  Array.from(event.dataTransfer?.types ?? []).includes('Files');

/**
 * Lets a file be dropped anywhere on the window while the children are shown, with an
 * overlay saying what dropping does. Text and elements dragged inside the page are ignored.
 */
export function FileDropZone({ onFile, children }: FileDropZoneProps) {
  const [dragging, setDragging] = useState(false);
  const onFileRef = useRef(onFile);
  useEffect(() => {
    onFileRef.current = onFile;
  }, [onFile]);

  useEffect(() => {
    // dragenter and dragleave fire for every element crossed, so count them.
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth++;
      setDragging(true);
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Without this the browser opens the file itself instead of letting us drop it.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file) onFileRef.current(file);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  return (
    <>
      {children}
      {dragging ? (
        <div className="wm-drop-overlay" aria-hidden="true">
          <p className="wm-drop-message">Drop a Waymark file to import it</p>
        </div>
      ) : null}
    </>
  );
}
