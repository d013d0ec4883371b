/**
 * The map editor: toolbar, card palette, canvas, legend and inspector around one open map.
 * It builds the action context (editor store, view state, canvas view API, clipboard) that
 * every command and panel uses.
 */
import { ReactFlowProvider } from '@xyflow/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { ActionsProvider, useUi } from '../../actions/ActionsProvider';
import { createClipboard } from '../../actions/clipboard';
import type { ActionContext } from '../../actions/context';
import { createEditorUiStore } from '../../actions/uiStore';
import type { MapLayout } from '../../canvas/layout';
import { MapCanvas } from '../../canvas/MapCanvas';
import { useViewApi } from '../../canvas/useViewApi';
import { useEditor, useEditorStoreApi } from '../../store/EditorStoreContext';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { Inspector } from './Inspector';
import { Legend } from './Legend';
import { Palette } from './Palette';
import { ShortcutsDialog } from './ShortcutsDialog';
import { Toolbar } from './Toolbar';
import { useEditorKeyboard } from './useEditorKeyboard';
import './editor.css';

export function MapEditor() {
  return (
    <ReactFlowProvider>
      <EditorShell />
    </ReactFlowProvider>
  );
}

function EditorShell() {
  const store = useEditorStoreApi();
  const [ui] = useState(() => createEditorUiStore());
  const [clipboard] = useState(createClipboard);
  const layoutRef = useRef<MapLayout | null>(null);
  const view = useViewApi(layoutRef, store);
  const ctx: ActionContext = useMemo(
    () => ({ store, ui, view, clipboard }),
    [store, ui, view, clipboard],
  );
  useEditorKeyboard(ctx);

  // Another tab took the map over: stop any typing in place.
  const readOnly = useEditor((s) => s.readOnly);
  useEffect(() => {
    if (readOnly) ui.getState().set({ editingCardId: null, renaming: null });
  }, [readOnly, ui]);

  return (
    <ActionsProvider value={ctx}>
      <div className="map-editor">
        <Toolbar />
        <div className="map-editor__body">
          <Palette />
          <div className="map-editor__canvas">
            <MapCanvas layoutRef={layoutRef} />
            <LegendSlot />
            <Announcer />
          </div>
          <InspectorSlot />
        </div>
        <ShortcutsDialog />
        <ConfirmHost />
      </div>
    </ActionsProvider>
  );
}

function LegendSlot() {
  const open = useUi((s) => s.legendOpen);
  return open ? <Legend /> : null;
}

function InspectorSlot() {
  const open = useUi((s) => s.inspectorOpen);
  return open ? <Inspector /> : null;
}

/** Says what a command did ("Copied 3 cards"), to everyone, for a few seconds. */
function Announcer() {
  const announcement = useUi((s) => s.announcement);
  const [visible, setVisible] = useState<string | null>(null);
  useEffect(() => {
    if (!announcement) return;
    setVisible(announcement.text);
    const timer = setTimeout(() => setVisible(null), 3500);
    return () => clearTimeout(timer);
  }, [announcement]);
  return (
    <div className="announcer" role="status" aria-live="polite">
      {visible ? <span className="announcer__text">{visible}</span> : null}
    </div>
  );
}

function ConfirmHost() {
  const confirm = useUi((s) => s.confirm);
  if (!confirm) return null;
  return (
    <ConfirmDialog
      title={confirm.title}
      message={confirm.message}
      confirmLabel={confirm.confirmLabel}
      danger={confirm.danger}
      onConfirm={() => confirm.resolve(true)}
      onCancel={() => confirm.resolve(false)}
    />
  );
}
