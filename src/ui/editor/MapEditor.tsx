/**
 * The map editor: toolbar, card palette, canvas, legend and inspector around one open map.
 * It builds the command context (the editor, the canvas API, the clipboard) that every
 * command and panel uses.
 */
import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  CommandProvider,
  useCommandContext,
  useEditor,
  useEditorApi,
  useView,
} from '../../bindings/EditorProvider';
import { createClipboard } from '../../commands/clipboard';
import type { CommandContext } from '../../commands/context';
import { LiveLayout } from '../../canvas/liveLayout';
import { CardBadgesProvider } from '../../canvas/cardBadges';
import { CanvasSlotsContext, type CanvasSlots } from '../../canvas/CanvasContext';
import { MapCanvas } from '../../canvas/MapCanvas';
import { useViewApi } from '../../canvas/useViewApi';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { StepSentiment } from '../evidence/StepSentiment';
import { VoteButton } from '../workshop/CardAnnotations';
import { ActionPlanView } from '../actionPlan/ActionPlanView';
import { ReportSlot } from '../report/ReportSlot';
import { EvidencePanel, PersonaStrip, type RevealTarget } from '../evidence';
import { AnnotationToolbar, PresentationMode, WorkshopSidePanel } from '../workshop';
import { Inspector } from './Inspector';
import { Legend } from './Legend';
import { OutlineView } from './outline/OutlineView';
import { Palette } from './Palette';
import { usePanelsWaiting } from './panelsAfterFirstPaint';
import { rememberView } from './rememberedView';
import { ShortcutsDialog } from './ShortcutsDialog';
import { Toolbar } from './Toolbar';
import { useEditorKeyboard } from './useEditorKeyboard';
import './editor.css';

/** What the editor puts on the canvas's cards and step headers (module scope: stable). */
const CANVAS_SLOTS: CanvasSlots = { CardFooter: VoteButton, StepSummary: StepSentiment };

/**
 * The editor of the open map: toolbar, palette, canvas, inspector and panels, inside React Flow's
 * provider.
 */
export function MapEditor() {
  return (
    <ReactFlowProvider>
      <EditorShell />
    </ReactFlowProvider>
  );
}

function EditorShell() {
  const editor = useEditorApi();
  const [clipboard] = useState(createClipboard);
  // The map's layout as it is now, for the canvas and the view API (canvas/liveLayout.ts).
  const layoutRef = useMemo(() => new LiveLayout(() => editor.store.getState()), [editor]);
  const canvas = useViewApi(layoutRef, editor);
  const ctx: CommandContext = useMemo(
    () => ({ editor, canvas, clipboard }),
    [editor, canvas, clipboard],
  );
  useEditorKeyboard(ctx);
  // The minimap as this browser last left it, before the canvas first paints.
  useLayoutEffect(() => rememberView(editor.view), [editor]);
  // While a map is open the page neither scrolls past its edge nor swipes back (palette.css).
  useEffect(() => {
    const root = document.documentElement;
    root.classList.add('map-editor-open');
    return () => root.classList.remove('map-editor-open');
  }, []);

  // Another tab took the map over: stop any typing in place.
  const readOnly = useEditor((s) => s.readOnly);
  useEffect(() => {
    if (readOnly) editor.view.getState().set({ editingCardId: null, renaming: null });
  }, [readOnly, editor]);

  const mode = useEditor((s) => s.mode);
  // Opening a map: focus lands on the editor, not on the page's body (WCAG 2.4.3).
  const mainRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (document.activeElement === document.body || document.activeElement === null)
      mainRef.current?.focus({ preventScroll: true });
    // On a narrow screen (320 CSS px, or 400 % zoom) the outline is the easier view: it opens
    // first. Up to a tablet held upright the inspector stays closed until asked for (a sheet
    // over the canvas's lower half there, styles/reflow.css).
    if (window.matchMedia?.('(max-width: 56rem)').matches)
      editor.view.getState().set({ inspectorOpen: false });
    if (window.matchMedia?.('(max-width: 40rem)').matches)
      editor.view.getState().set({ outlineOpen: true });
  }, [editor]);
  const showPersonas = useEditor((s) => s.map.settings.showPersonas);
  const personaCount = useEditor((s) => s.map.personas.length);
  /** Shows a card or step on the map: selects it and brings it into view. */
  const reveal = useCallback(
    (target: RevealTarget) => {
      if (target.kind === 'card') {
        editor.select([target.id]);
        canvas.revealCard(target.id);
      } else {
        editor.select([]);
        editor.view.getState().set({
          inspectorTarget: { kind: 'step', id: target.id },
          inspectorOpen: true,
        });
        canvas.revealHeader({ kind: 'step', id: target.id });
      }
    },
    [editor, canvas],
  );
  const revealCard = useCallback((id: string) => reveal({ kind: 'card', id }), [reveal]);

  return (
    <CommandProvider value={ctx}>
      <main
        ref={mainRef}
        tabIndex={-1}
        aria-label="Map editor"
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
            <CanvasSlotsContext.Provider value={CANVAS_SLOTS}>
              <CardBadgesProvider>
                <CanvasOrOutline layoutRef={layoutRef} onReveal={revealCard} />
              </CardBadgesProvider>
            </CanvasSlotsContext.Provider>
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
      </main>
      {/* Outside <main>: reachable while the action plan has made the editor inert. */}
      <ConfirmHost />
      <ActionPlanSlot onReveal={revealCard} />
      <ReportSlot />
      {/* Over the editor, which stays mounted: leaving returns to the same place. */}
      {mode === 'present' ? (
        <PresentationMode
          onExit={() => editor.setMode(editor.view.getState().modeBeforePresenting)}
        />
      ) : null}
    </CommandProvider>
  );
}

function EvidenceSlot({ onReveal }: { onReveal: (target: RevealTarget) => void }) {
  const open = useView((s) => s.evidenceOpen);
  return open ? (
    <aside className="map-editor__side" aria-label="Evidence">
      <EvidencePanel onReveal={onReveal} />
    </aside>
  ) : null;
}

/** The action plan, over the editor (outside the canvas, so its keys never reach the map). */
function ActionPlanSlot({ onReveal }: { onReveal: (cardId: string) => void }) {
  const open = useView((s) => s.actionPlanOpen);
  const ctx = useCommandContext();
  if (!open) return null;
  const close = () => ctx.editor.view.getState().set({ actionPlanOpen: false });
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

/**
 * The canvas, with the outline over it when open: the canvas stays mounted (its view is kept)
 * but inert, so the keyboard and screen readers meet only the outline.
 */
function CanvasOrOutline({
  layoutRef,
  onReveal,
}: {
  layoutRef: LiveLayout;
  onReveal: (cardId: string) => void;
}) {
  const outline = useView((s) => s.outlineOpen);
  const ctx = useCommandContext();
  return (
    <>
      <div className="map-editor__flow" inert={outline}>
        <MapCanvas layoutRef={layoutRef} />
      </div>
      {outline ? (
        <OutlineView
          onReveal={(cardId) => {
            ctx.editor.view.getState().set({ outlineOpen: false });
            onReveal(cardId);
            ctx.canvas.focusCard(cardId);
          }}
        />
      ) : null}
    </>
  );
}

function LegendSlot() {
  const open = useView((s) => s.legendOpen);
  return open ? <Legend /> : null;
}

function InspectorSlot() {
  const open = useView((s) => s.inspectorOpen);
  // Its place, until the map's cards have painted (panelsAfterFirstPaint.tsx).
  const waiting = usePanelsWaiting();
  if (!open) return null;
  return waiting ? <div className="inspector" /> : <Inspector />;
}

/** Says what a command did ("Copied 3 cards"), to everyone, for a few seconds. */
function Announcer() {
  const announcement = useView((s) => s.announcement);
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
  const confirm = useView((s) => s.confirm);
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
