import { useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { phaseDisplayName, stepNameAt } from '../../domain/names';
import { CARD_KIND_LABELS } from '../../domain/vocabulary';
import { useEditor } from '../../bindings/EditorProvider';
import { CommentThread } from './CommentThread';
import { useCard } from './hooks';
import { SeverityPicker } from './SeverityPicker';
import { VoteResultsPanel } from './VoteResults';
import './workshop.css';

/** What the workshop panel needs from the editor. */
export interface WorkshopSidePanelProps {
  /** "Show on map" in the vote results: select the card and bring it into view. */
  onReveal?: (cardId: string) => void;
}

/**
 * The side panel for annotate mode: the selected card's severity (pain points) and comments,
 * comments on any step, and the vote (progress while open, ranked results once revealed,
 * earlier rounds).
 */
export function WorkshopSidePanel({ onReveal }: WorkshopSidePanelProps) {
  const selectedId = useEditor((s) => s.selectedCardIds[0] ?? null);
  return (
    <aside className="workshop-panel" aria-label="Workshop">
      {selectedId !== null ? (
        <SelectedCard cardId={selectedId} />
      ) : (
        <p className="workshop-note">Select a card on the map to comment on it or rate it.</p>
      )}
      <StepComments />
      <VoteResultsPanel onReveal={onReveal} />
    </aside>
  );
}

function SelectedCard({ cardId }: { cardId: string }) {
  const card = useCard(cardId);
  const headingId = useId();
  if (!card) return null;
  return (
    <section className="workshop-panel__card" aria-labelledby={headingId}>
      <p className="workshop-label">{CARD_KIND_LABELS[card.kind]}</p>
      <h2 id={headingId} className="workshop-panel__title">
        {card.title.trim() || 'Untitled card'}
      </h2>
      <SeverityPicker cardId={cardId} />
      <CommentThread key={cardId} target={{ kind: 'card', id: cardId }} />
    </section>
  );
}

function StepComments() {
  const steps = useEditor(
    useShallow((s) =>
      s.map.phases.flatMap((phase) =>
        phase.steps.map(
          (step, i) => `${step.id}\u0000${phaseDisplayName(phase)} – ${stepNameAt(phase, i)}`,
        ),
      ),
    ),
  );
  const [stepId, setStepId] = useState('');
  const id = useId();
  const options = steps.map((entry) => {
    const [value = '', label = ''] = entry.split('\u0000');
    return { value, label };
  });
  const chosen = options.some((o) => o.value === stepId) ? stepId : '';
  return (
    <section className="workshop-panel__steps">
      <label htmlFor={id} className="workshop-label">
        Comments on a step
      </label>
      <select id={id} value={chosen} onChange={(event) => setStepId(event.target.value)}>
        <option value="">Choose a step…</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {chosen !== '' && <CommentThread key={chosen} target={{ kind: 'step', id: chosen }} />}
    </section>
  );
}
