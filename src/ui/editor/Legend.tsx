/**
 * The legend: what each card's colour, icon and shape mean, the markers, and a highlight
 * filter (tick kinds to highlight them; the others are dimmed). Focus moves to it when it
 * opens; Escape closes it and focus goes back to what opened it (usePanelFocus).
 */
import { useId, useRef, type CSSProperties } from 'react';
import { useCommandContext, useEditor, useView } from '../../bindings/EditorProvider';
import {
  CARD_KIND_REGISTRY,
  EMOTION_COLOURS,
  emotionText,
  kindStyleProperties,
  MOMENT_OF_TRUTH,
  STATUS_COLOURS,
} from '../../domain/kinds';
import {
  CARD_KINDS,
  EMOTION_SCORES,
  RECOMMENDATION_STATUS_LABELS,
  RECOMMENDATION_STATUSES,
  type CardKind,
} from '../../domain/vocabulary';
import { usePanelFocus } from '../common/usePanelFocus';
import { ClosePanel, commandButtonOf } from './CommandButton';

/**
 * The legend of card kinds, from the kind registry; a kind clicked in it dims the cards of other
 * kinds.
 */
export function Legend() {
  const ctx = useCommandContext();
  const filter = useView((s) => s.kindFilter);
  const scale = useEditor((s) => s.map.judgement.scale);
  const titleId = useId();
  const panelRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const close = () => ctx.editor.view.getState().set({ legendOpen: false });
  const onKeyDown = usePanelFocus({
    panelRef,
    headingRef,
    onClose: close,
    // Opened from the Menu, whose item is gone: back to the toolbar's "Legend".
    fallback: () => commandButtonOf('toggleLegend'),
  });
  const toggle = (kind: CardKind) => {
    const current = ctx.editor.view.getState().kindFilter;
    ctx.editor.view.getState().set({
      kindFilter: current.includes(kind) ? current.filter((k) => k !== kind) : [...current, kind],
    });
  };
  return (
    <section ref={panelRef} className="legend" aria-labelledby={titleId} onKeyDown={onKeyDown}>
      <div className="legend__head">
        <h2 id={titleId} ref={headingRef} tabIndex={-1}>
          Legend
        </h2>
        <ClosePanel label="Close legend" onClose={close} />
      </div>
      <fieldset className="legend__kinds">
        <legend>Tick kinds to highlight them</legend>
        <ul>
          {CARD_KINDS.map((kind) => {
            const look = CARD_KIND_REGISTRY[kind];
            return (
              <li key={kind} style={kindStyleProperties(kind) as CSSProperties}>
                <input
                  id={`${titleId}-${kind}`}
                  type="checkbox"
                  checked={filter.includes(kind)}
                  onChange={() => toggle(kind)}
                  aria-describedby={`${titleId}-${kind}-meaning`}
                />
                <span className={`legend__swatch legend__swatch--${look.shape}`} aria-hidden="true">
                  {look.icon}
                </span>
                <label htmlFor={`${titleId}-${kind}`}>{look.label}</label>
                <span id={`${titleId}-${kind}-meaning`} className="legend__meaning">
                  {look.meaning}
                </span>
              </li>
            );
          })}
        </ul>
      </fieldset>
      {filter.length > 0 ? (
        <button type="button" onClick={() => ctx.editor.view.getState().set({ kindFilter: [] })}>
          Show all kinds
        </button>
      ) : null}
      <ul className="legend__marks">
        <li>
          <span
            className="legend__mark"
            style={{ color: MOMENT_OF_TRUTH.colour }}
            aria-hidden="true"
          >
            {MOMENT_OF_TRUTH.icon}
          </span>
          <strong>{MOMENT_OF_TRUTH.label}</strong>: {MOMENT_OF_TRUTH.meaning.toLowerCase()}
        </li>
        <li>
          <span className="legend__line" aria-hidden="true" />
          <strong>Line of visibility</strong>: above it the customer sees; below it is backstage.
        </li>
        <li>
          <strong>Emotion</strong>:{' '}
          {EMOTION_SCORES.map((score) => (
            <span key={score} className="legend__dot-label">
              <span
                className="legend__dot"
                style={{ background: EMOTION_COLOURS[score] }}
                aria-hidden="true"
              />
              {emotionText(score)}
            </span>
          ))}
        </li>
        <li>
          <strong>Recommendation status</strong>:{' '}
          {RECOMMENDATION_STATUSES.map((status) => (
            <span key={status} className="legend__dot-label">
              <span
                className="legend__dot"
                style={{ background: STATUS_COLOURS[status].colour }}
                aria-hidden="true"
              />
              {RECOMMENDATION_STATUS_LABELS[status]}
            </span>
          ))}
        </li>
        <li>
          <strong>Rating</strong>: filled dots for its place on the map’s scale, {scale.join(' → ')}{' '}
          (worst first)
        </li>
      </ul>
    </section>
  );
}
