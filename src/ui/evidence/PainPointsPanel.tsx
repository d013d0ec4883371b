import { useId, useMemo } from 'react';
import { findStep } from '../../domain/edits';
import { phaseDisplayName, stepName } from '../../domain/names';
import { numberPainPoints } from '../../domain/painPoints';
import type { PainPointCard } from '../../domain/schema';
import { SEVERITY_LABELS } from '../../domain/kinds';
import { SEVERITIES } from '../../domain/vocabulary';
import { useEditor } from '../../bindings/EditorProvider';
import type { OnReveal } from './types';
import './evidence.css';

/** What the pain points panel needs from the editor. */
export interface PainPointsPanelProps {
  /** Scrolls the canvas to the card, selects and highlights it. */
  onReveal: OnReveal;
}

/**
 * "Pain points explained": every pain point with its number on the map (journey order), its
 * title, its description as the explanation, its severity and where it happens.
 */
export function PainPointsPanel({ onReveal }: PainPointsPanelProps) {
  const map = useEditor((s) => s.map);
  const uid = useId();
  // The numbers shown on the canvas: one rule for both (src/domain/painPoints.ts).
  const { painPoints, numbers } = useMemo(() => {
    const numbers = numberPainPoints(map);
    const painPoints = map.cards
      .filter((card): card is PainPointCard => numbers.has(card.id))
      .sort((a, b) => (numbers.get(a.id) ?? 0) - (numbers.get(b.id) ?? 0));
    return { painPoints, numbers };
  }, [map]);

  const bySeverity = SEVERITIES.slice()
    .reverse()
    .map(
      (severity) => [severity, painPoints.filter((p) => p.severity === severity).length] as const,
    )
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${count} ${severity}`);

  return (
    <section className="ev-pains" aria-labelledby={`${uid}-heading`}>
      <h2 id={`${uid}-heading`}>Pain points explained</h2>
      {painPoints.length === 0 ? (
        <p className="ev-empty">No pain points on this map yet.</p>
      ) : (
        <p className="ev-hint">
          {painPoints.length} pain point{painPoints.length === 1 ? '' : 's'}, numbered as on the map
          {bySeverity.length > 0 ? ` (${bySeverity.join(', ')} severity)` : ''}.
        </p>
      )}
      <ol className="ev-pains__list" aria-label="Pain points in journey order">
        {painPoints.map((card) => {
          const number = numbers.get(card.id) ?? 0;
          const place = findStep(map, card.stepId);
          const title = card.title.trim() || 'Untitled pain point';
          return (
            <li key={card.id} className="ev-pains__item">
              <span className="ev-pains__number" aria-hidden="true">
                {number}
              </span>
              <div className="ev-pains__body">
                <h3 className="ev-pains__title">
                  <span className="visually-hidden">Pain point {number}: </span>
                  {title}
                </h3>
                <p className="ev-pains__meta">
                  {card.severity && (
                    <span className={`ev-severity ev-severity--${card.severity}`}>
                      {SEVERITY_LABELS[card.severity]} severity
                    </span>
                  )}
                  {place && (
                    <span>
                      {stepName(map.phases, place.step.id)} · {phaseDisplayName(place.phase)}
                    </span>
                  )}
                </p>
                <p className="ev-pains__explanation">
                  {card.description.trim() || (
                    <span className="ev-empty">No explanation yet: describe it on the card.</span>
                  )}
                </p>
                <button
                  type="button"
                  aria-label={`Show pain point ${number} “${title}” on map`}
                  onClick={() => onReveal({ kind: 'card', id: card.id })}
                >
                  Show on map
                </button>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
