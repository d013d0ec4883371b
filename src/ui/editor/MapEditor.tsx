/**
 * The map editor: toolbar, card palette, canvas, legend and inspector around one open map.
 * It builds the action context (editor store, view state, canvas view API, clipboard) that
 * every command and panel uses.
 */
import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ActionsProvider, useActionContext, useUi } from '../../actions/ActionsProvider';
import { createClipboard } from '../../actions/clipboard';
import type { ActionContext } from '../../actions/context';
import { createEditorUiStore } from '../../actions/uiStore';
import type { MapLayout } from '../../canvas/layout';
import { CardBadgesProvider } from '../../canvas/cardBadges';
import { MapCanvas } from '../../canvas/MapCanvas';
import { useViewApi } from '../../canvas/useViewApi';
import { useEditor, useEditorStoreApi } from '../../store/EditorStoreContext';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { ActionPlanView } from '../actionPlan/ActionPlanView';
import { EvidencePanel, PersonaStrip, type RevealTarget } from '../evidence';
import { AnnotationToolbar, PresentationMode, WorkshopSidePanel } from '../workshop';
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

  const mode = useEditor((s) => s.mode);
  const showPersonas = useEditor((s) => s.map.settings.showPersonas);
  const personaCount = useEditor((s) => s.map.personas.length);
  /** Shows a card or step on the map: selects it and brings it into view. */
  const reveal = useCallback(
    (target: RevealTarget) => {
      if (target.kind === 'card') {
        store.getState().select([target.id]);
        view.revealCard(target.id);
      } else {
        store.getState().select([]);
        ui.getState().set({
          inspectorTarget: { kind: 'step', id: target.id },
          inspectorOpen: true,
        });
        view.revealHeader({ kind: 'step', id: target.id });
      }
    },
    [store, ui, view],
  );
  const revealCard = useCallback((id: string) => reveal({ kind: 'card', id }), [reveal]);

  return (
    <ActionsProvider value={ctx}>
      <div
        className={`map-editor map-editor--${mode}`}
        aria-hidden={mode === 'present' || undefined}
      >
        <Toolbar />
        {mode === 'annotate' ? (
          <AnnotationToolbar showResults={false} onReveal={revealCard} />
        ) : null}
        {showPersonas ? (
          // Folded by default so the map keeps its room; one click shows who travels it.
          <details className="map-editor__personas">
            <summary>Personas ({personaCount})</summary>
            <PersonaStrip />
          </details>
        ) : null}
        <div className="map-editor__body">
          {mode === 'edit' ? <Palette /> : null}
          <div className="map-editor__canvas">
            <CardBadgesProvider>
              <MapCanvas layoutRef={layoutRef} />
            </CardBadgesProvider>
            <LegendSlot />
            <Announcer />
          </div>
          <EvidenceSlot onReveal={reveal} />
          {mode === 'annotate' ? (
            <div className="map-editor__side">
              <WorkshopSidePanel onReveal={revealCard} />
            </div>
          ) : (
            <InspectorSlot />
          )}
        </div>
        <ShortcutsDialog />
        <ConfirmHost />
      </div>
      <ActionPlanSlot onReveal={revealCard} />
      {/* Over the editor, which stays mounted: leaving returns to the same place. */}
      {mode === 'present' ? (
        <PresentationMode
          onExit={() => store.getState().setMode(ui.getState().modeBeforePresenting)}
        />
      ) : null}
    </ActionsProvider>
  );
}

function EvidenceSlot({ onReveal }: { onReveal: (target: RevealTarget) => void }) {
  const open = useUi((s) => s.evidenceOpen);
  return open ? (
    <aside className="map-editor__side" aria-label="Evidence">
      <EvidencePanel onReveal={onReveal} />
    </aside>
  ) : null;
}

/** The action plan, over the editor (outside the canvas, so its keys never reach the map). */
function ActionPlanSlot({ onReveal }: { onReveal: (cardId: string) => void }) {
  const open = useUi((s) => s.actionPlanOpen);
  const ctx = useActionContext();
  if (!open) return null;
  const close = () => ctx.ui.getState().set({ actionPlanOpen: false });
  return (
    <ActionPlanView
      onClose={close}
      onReveal={(cardId) => {
        close();
        onReveal(cardId);
      }}
    />
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
