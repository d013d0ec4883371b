import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { formatDateRange } from '../../domain/dates';
import { cardsInCell } from '../../domain/edits';
import { stepNameAt } from '../../domain/names';
import { stepEmotion } from '../../domain/stepEmotion';
import type { Card, JourneyMap, Phase, Step } from '../../domain/schema';
import { EMOTION_LABELS, type EmotionScore } from '../../domain/vocabulary';
import { plural } from '../../domain/words';
import { useEditor } from '../../bindings/EditorProvider';
import { SEVERITY_LABELS } from './SeverityPicker';
import './presentation.css';

/** Where the phase being drawn sits in the presentation. */
export interface PresentationPhaseContext {
  map: JourneyMap;
  /** 0-based position of the phase. */
  index: number;
  total: number;
}

/** How presentation mode starts, draws and ends. */
export interface PresentationModeProps {
  /** Leave the presentation (Esc, the Exit button, or leaving full screen). */
  onExit(): void;
  /** Draws a phase instead of the built-in view (the phase frame and navigation stay). */
  renderPhase?: (phase: Phase, context: PresentationPhaseContext) => ReactNode;
  /** The phase to start on (e.g. the one holding the selected card); the first by default. */
  startPhaseId?: string;
  /** Told the phase on screen, so the editor can come back to the same place. */
  onPhaseChange?: (phaseId: string) => void;
}

const NEXT_KEYS = new Set(['ArrowRight', 'PageDown', ' ', 'Spacebar']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'PageUp']);

/**
 * The map on one screen for a room: title, then the journey phase by phase, the current phase
 * large and framed (steps, emotion, moments of truth, the cards of every lane), the others as
 * a thin strip. No editing tools. Keys: → / PageDown / Space next, ← / PageUp previous (a
 * phase taller than the screen scrolls with PageDown / Space / PageUp first, and ↓ / ↑),
 * Home / End, Esc leaves (presentation clickers send PageDown / PageUp). Full screen when the
 * browser allows it, otherwise a fixed layer over the editor. Drawn from the map in the store,
 * not from the canvas.
 */
export function PresentationMode({
  onExit,
  renderPhase,
  startPhaseId,
  onPhaseChange,
}: PresentationModeProps) {
  const map = useEditor((s) => s.map);
  const total = map.phases.length;
  const [index, setIndex] = useState(() =>
    Math.max(
      0,
      map.phases.findIndex((phase) => phase.id === startPhaseId),
    ),
  );
  const current = Math.min(index, Math.max(0, total - 1));
  const phase = map.phases[current];
  const rootRef = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const phaseHeadingId = useId();

  // onExit once, however we leave (Esc, the button, the browser leaving full screen).
  const exitedRef = useRef(false);
  const onExitRef = useRef(onExit);
  useEffect(() => {
    onExitRef.current = onExit;
  }, [onExit]);
  const exit = useCallback(() => {
    if (exitedRef.current) return;
    exitedRef.current = true;
    onExitRef.current();
  }, []);

  const go = useCallback(
    (to: number) => setIndex(Math.max(0, Math.min(to, Math.max(0, total - 1)))),
    [total],
  );

  useEffect(() => {
    if (phase) onPhaseChange?.(phase.id);
  }, [phase, onPhaseChange]);

  // Keys are caught before the editor's own shortcuts (arrows would nudge cards).
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      const onControl = target?.closest('button, a, input, select, textarea, summary') != null;
      const isSpace = event.key === ' ' || event.key === 'Spacebar';
      // A phase taller than the screen scrolls first: ↓ / ↑ by a line, PageDown / Space /
      // PageUp by a screen until its end, then to the next or previous phase.
      const body = rootRef.current?.querySelector<HTMLElement>('.presentation__phase');
      const page = body ? Math.max(40, body.clientHeight - 60) : 0;
      const below = body ? body.scrollHeight - body.clientHeight - body.scrollTop > 1 : false;
      const above = body ? body.scrollTop > 1 : false;
      let handled = true;
      if (event.key === 'Escape') exit();
      else if (isSpace && onControl)
        handled = false; // Space presses the focused button
      else if (event.key === 'ArrowDown' || event.key === 'ArrowUp')
        body?.scrollBy({ top: event.key === 'ArrowDown' ? 40 : -40 });
      else if ((event.key === 'PageDown' || isSpace) && below) body?.scrollBy({ top: page });
      else if (event.key === 'PageUp' && above) body?.scrollBy({ top: -page });
      else if (NEXT_KEYS.has(event.key)) go(current + 1);
      else if (PREVIOUS_KEYS.has(event.key)) go(current - 1);
      else if (event.key === 'Home') go(0);
      else if (event.key === 'End') go(total - 1);
      else handled = false;
      if (handled) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [current, total, go, exit]);

  // Full screen when allowed; Esc in full screen is eaten by the browser, so leaving full
  // screen leaves the presentation.
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    // Back in the editor, focus returns to where it was (the "Present" button, a card).
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    root.focus({ preventScroll: true });
    let entered = false;
    const onChange = () => {
      if (document.fullscreenElement === root) entered = true;
      else if (entered && document.fullscreenElement === null) exit();
    };
    document.addEventListener('fullscreenchange', onChange);
    if (typeof root.requestFullscreen === 'function' && document.fullscreenEnabled) {
      root.requestFullscreen().catch(() => {
        // Refused (no user gesture, an iframe, a kiosk): the fixed layer is the fallback.
      });
    }
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement === root) document.exitFullscreen().catch(() => {});
      if (previous?.isConnected) previous.focus({ preventScroll: true });
    };
  }, [exit]);

  return (
    <div
      ref={rootRef}
      className="presentation"
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      tabIndex={-1}
    >
      <header className="presentation__header">
        <h1 id={titleId} className="presentation__title">
          {map.title.trim() || 'Untitled map'}
        </h1>
        <p className="presentation__position" aria-live="polite" aria-atomic="true">
          {total === 0 ? 'No phases' : `Phase ${current + 1} of ${total}`}
        </p>
        <button type="button" className="presentation__exit" onClick={exit}>
          Exit presentation <span className="presentation__key">Esc</span>
        </button>
      </header>

      {phase ? (
        // Focusable, so a phase taller than the screen scrolls by keyboard (WCAG 2.1.1).
        <section
          className="presentation__phase"
          aria-labelledby={phaseHeadingId}
          key={phase.id}
          tabIndex={0}
        >
          <h2 id={phaseHeadingId} className="presentation__phase-name">
            {phase.name.trim() || `Phase ${current + 1}`}
            {phaseDates(phase) && <span className="presentation__dates"> {phaseDates(phase)}</span>}
          </h2>
          {renderPhase ? (
            renderPhase(phase, { map, index: current, total })
          ) : (
            <PhaseView map={map} phase={phase} />
          )}
        </section>
      ) : (
        <p className="presentation__empty">This map has no phases yet.</p>
      )}

      <footer className="presentation__footer">
        <button
          type="button"
          className="presentation__step-button"
          onClick={() => go(current - 1)}
          disabled={current === 0}
        >
          ← Previous phase
        </button>
        <nav className="presentation__strip" aria-label="Phases">
          <ol>
            {map.phases.map((p, i) => (
              <li key={p.id}>
                <button
                  type="button"
                  className="presentation__strip-phase"
                  aria-current={i === current ? 'step' : undefined}
                  onClick={() => go(i)}
                >
                  <span className="presentation__strip-number">{i + 1}</span>
                  <span className="presentation__strip-name">
                    {p.name.trim() || `Phase ${i + 1}`}
                  </span>
                  <span className="visually-hidden">
                    , {plural(p.steps.length, 'step')}
                    {momentsIn(p) > 0 && `, ${plural(momentsIn(p), 'moment')} of truth`}
                  </span>
                  <span className="presentation__strip-steps" aria-hidden="true">
                    {p.steps.map((s) => (
                      <span
                        key={s.id}
                        className={`presentation__strip-step${s.momentOfTruth ? ' is-moment' : ''}`}
                      />
                    ))}
                  </span>
                </button>
              </li>
            ))}
          </ol>
        </nav>
        <button
          type="button"
          className="presentation__step-button"
          onClick={() => go(current + 1)}
          disabled={current >= total - 1}
        >
          Next phase →
        </button>
      </footer>
    </div>
  );
}

function momentsIn(phase: Phase): number {
  return phase.steps.filter((step) => step.momentOfTruth !== null).length;
}

/** The phase's dates as the canvas writes them ("5 Nov 2018 – 10 Nov 2018"), or null. */
function phaseDates(phase: Phase): string | null {
  return formatDateRange(phase.startDate, phase.endDate) || null;
}

/** The built-in phase view: a grid of steps (columns) and lanes that have cards (rows). */
function PhaseView({ map, phase }: { map: JourneyMap; phase: Phase }) {
  const lanes = map.lanes
    .map((lane) => ({
      lane,
      cells: phase.steps.map((step) => cardsInCell(map, lane.id, step.id)),
    }))
    .filter((row) => row.cells.some((cell) => cell.length > 0));
  const columns = `minmax(8rem, 12rem) repeat(${phase.steps.length}, minmax(14rem, 1fr))`;
  return (
    <div className="presentation__grid" style={{ gridTemplateColumns: columns }}>
      <div className="presentation__corner" aria-hidden="true" />
      {phase.steps.map((step, index) => (
        <StepHeader
          key={step.id}
          step={step}
          name={stepNameAt(phase, index)}
          score={stepEmotion(step, map.cards).score}
        />
      ))}
      {lanes.map(({ lane, cells }) => (
        <LaneRow key={lane.id} name={lane.name} cells={cells} />
      ))}
    </div>
  );
}

function StepHeader({ step, name, score }: { step: Step; name: string; score: number | null }) {
  return (
    <div className="presentation__step">
      <h3 className="presentation__step-title">{name}</h3>
      <EmotionFace score={score} />
      {step.momentOfTruth && (
        <p className="presentation__moment">
          <span className="presentation__moment-mark">★ Moment of truth</span>
          {step.momentOfTruth.reason && (
            <span className="presentation__moment-reason">{step.momentOfTruth.reason}</span>
          )}
        </p>
      )}
    </div>
  );
}

function LaneRow({ name, cells }: { name: string; cells: Card[][] }) {
  return (
    <>
      <h4 className="presentation__lane">{name}</h4>
      {cells.map((cards, i) => (
        <ul key={i} className="presentation__cell" aria-label={`${name}, step ${i + 1}`}>
          {cards.map((card) => (
            <li key={card.id} className={`presentation__card presentation__card--${card.kind}`}>
              <span className="presentation__card-title">
                {card.title.trim() || 'Untitled card'}
              </span>
              {card.momentOfTruth && (
                <span className="presentation__moment-mark">★ Moment of truth</span>
              )}
              {card.kind === 'pain-point' && card.severity && (
                <span className={`presentation__severity severity--${card.severity}`}>
                  {SEVERITY_LABELS[card.severity]} severity
                </span>
              )}
              {card.kind === 'emotion' && <EmotionFace score={card.score} small />}
            </li>
          ))}
        </ul>
      ))}
    </>
  );
}

/** A drawn face and the emotion in words (never colour or shape alone). */
export function EmotionFace({ score, small }: { score: number | null; small?: boolean }) {
  if (score === null) {
    return <p className="emotion-face emotion-face--none">No emotion score</p>;
  }
  const clamped = Math.max(-2, Math.min(2, Math.round(score))) as EmotionScore;
  const mouthY = 16 + clamped * 2.5;
  return (
    <p
      className={`emotion-face emotion-face--${clamped < 0 ? 'negative' : clamped > 0 ? 'positive' : 'neutral'}${small ? ' emotion-face--small' : ''}`}
    >
      <svg viewBox="0 0 24 24" width="1.6em" height="1.6em" aria-hidden="true" focusable="false">
        <circle cx="12" cy="12" r="10.5" fill="none" stroke="currentColor" strokeWidth="2" />
        <circle cx="8.5" cy="9.5" r="1.4" fill="currentColor" />
        <circle cx="15.5" cy="9.5" r="1.4" fill="currentColor" />
        <path
          d={`M7.5 16 Q12 ${mouthY} 16.5 16`}
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
        />
      </svg>
      <span>
        <span className="visually-hidden">Emotion: </span>
        {EMOTION_LABELS[clamped]}
      </span>
    </p>
  );
}
