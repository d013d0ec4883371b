/**
 * The report in the editor: the report builder when it is open, and printing. Ctrl+P (⌘P)
 * anywhere in the editor prints the report with the map's report settings, never the app;
 * the browser's own Print menu prints a note saying how to print the report (printReport.ts).
 */
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useCan, useCommandContext, useEditor, useView } from '../../bindings/EditorProvider';
import { details } from '../../editor/operations';
import { printNow, resetPrintRoot, showReportForPrint } from './printReport';
import { makeReportFile } from './useReportJob';
import './report.css';

const ReportDialog = lazy(() =>
  import('./ReportDialog').then((m) => ({ default: m.ReportDialog })),
);

/** Whether a key event is Ctrl+P or ⌘P (not with Alt or Shift). */
function isPrintKey(event: KeyboardEvent): boolean {
  return (
    (event.ctrlKey || event.metaKey) &&
    !event.altKey &&
    !event.shiftKey &&
    event.key.toLowerCase() === 'p'
  );
}

/** Mounted once in the editor page. */
export function ReportSlot() {
  const ctx = useCommandContext();
  const open = useView((s) => s.reportOpen);
  const printRequest = useView((s) => s.printRequest);
  const map = useEditor((s) => s.map);
  const canSave = useCan('edit');
  const mapRef = useRef(map);
  mapRef.current = map;

  useEffect(() => {
    resetPrintRoot();
    // Capture: before the editor's shortcuts, and in text fields and dialogs too.
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isPrintKey(event)) return;
      event.preventDefault();
      const view = ctx.editor.view.getState();
      view.set({ printRequest: view.printRequest + 1 });
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [ctx]);

  useEffect(() => {
    if (printRequest === 0) return;
    const view = ctx.editor.view.getState();
    view.announce('Preparing the report for print…');
    const controller = new AbortController();
    makeReportFile({ map: mapRef.current, format: 'html' }, { signal: controller.signal }).then(
      (file) => {
        showReportForPrint(new TextDecoder().decode(file.bytes));
        view.announce('Report ready to print');
        printNow();
      },
      (error: unknown) => {
        if (!controller.signal.aborted)
          view.announce(error instanceof Error ? error.message : 'The report could not be made');
      },
    );
    return () => controller.abort();
  }, [printRequest, ctx]);

  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <ReportDialog
        map={map}
        canSave={canSave}
        onSave={(report) => void ctx.editor.run(details.setReportSettings, { report })}
        onClose={() => ctx.editor.view.getState().set({ reportOpen: false })}
      />
    </Suspense>
  );
}
