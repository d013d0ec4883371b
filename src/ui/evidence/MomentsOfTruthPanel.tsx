import { useId, useMemo, useState, type FormEvent } from 'react';
import {
  momentsOfTruthInOrder,
  USUAL_MOMENTS_OF_TRUTH,
  type MomentOfTruthEntry,
} from '../../domain/momentsOfTruth';
import { stepName } from '../../domain/names';
import { LIMITS } from '../../domain/schema';
import { CARD_KIND_LABELS } from '../../domain/vocabulary';
import { useEditor, useEditorApi } from '../../bindings/EditorProvider';
import { evidence } from '../../editor/operations';
import { StepSentiment } from './StepSentiment';
import type { OnReveal } from './types';
import { useCanEdit } from './useCanEdit';
import { useFocusAfterRender } from './useFocusAfterRender';
import './evidence.css';

/** What the moments of truth panel needs from the editor. */
export interface MomentsOfTruthPanelProps {
  /** Scrolls the canvas to the step or card, selects and highlights it. */
  onReveal: OnReveal;
}

const titleOf = (entry: Pick<MomentOfTruthEntry, 'title' | 'kind'>) =>
  entry.title.trim() || (entry.kind === 'step' ? 'Untitled step' : 'Untitled card');

/**
 * The map's moments of truth in journey order, each with why it was chosen and a "Show on
 * map" button; in edit mode a step can be marked, and a mark's reason changed or removed.
 */
export function MomentsOfTruthPanel({ onReveal }: MomentsOfTruthPanelProps) {
  const map = useEditor((s) => s.map);
  const editor = useEditorApi();
  const canEdit = useCanEdit();
  const uid = useId();
  const focusLater = useFocusAfterRender();
  const entries = useMemo(() => momentsOfTruthInOrder(map), [map]);
  const [editingId, setEditingId] = useState<string | null>(null);

  const revealId = (id: string) => `${uid}-reveal-${id}`;

  return (
    <section className="ev-mot" aria-labelledby={`${uid}-heading`}>
      <h2 id={`${uid}-heading`}>Moments of truth</h2>
      <p className="ev-hint">
        The points where the customer decides whether they are satisfied, in journey order.
      </p>
      {entries.length === 0 ? (
        <p className="ev-empty">No moments of truth marked yet.</p>
      ) : (
        <ol className="ev-mot__list" aria-label="Moments of truth in journey order">
          {entries.map((entry) => (
            <li key={`${entry.kind}-${entry.id}`} className="ev-mot__item">
              <h3 className="ev-mot__title">{titleOf(entry)}</h3>
              <p className="ev-mot__place">
                {entry.kind === 'step'
                  ? `Step in ${entry.phaseName || 'an untitled phase'}`
                  : `${entry.cardKind ? CARD_KIND_LABELS[entry.cardKind] : 'Card'} in “${entry.stepTitle}”, ${entry.phaseName}`}
              </p>
              <StepSentiment stepId={entry.stepId} />
              {canEdit && editingId === entry.id ? (
                <ReasonForm
                  initial={entry.reason}
                  label={`Why is “${titleOf(entry)}” a moment of truth?`}
                  submitLabel="Save reason"
                  onCancel={() => {
                    setEditingId(null);
                    focusLater(revealId(entry.id));
                  }}
                  onSave={(reason) => {
                    editor.run(evidence.setMomentOfTruth, { target: entry, reason });
                    setEditingId(null);
                    focusLater(revealId(entry.id));
                  }}
                />
              ) : (
                <p className="ev-mot__reason">
                  {entry.reason.trim() || <span className="ev-empty">No reason given yet.</span>}
                </p>
              )}
              <div className="ev-card-buttons">
                <button
                  type="button"
                  id={revealId(entry.id)}
                  aria-label={`Show “${titleOf(entry)}” on map`}
                  onClick={() => onReveal({ kind: entry.kind, id: entry.id })}
                >
                  Show on map
                </button>
                {canEdit && editingId !== entry.id && (
                  <>
                    <button
                      type="button"
                      className="ev-button--small"
                      aria-label={`Edit reason for “${titleOf(entry)}”`}
                      onClick={() => setEditingId(entry.id)}
                    >
                      Edit reason
                    </button>
                    <button
                      type="button"
                      className="ev-button--small button--danger"
                      aria-label={`Remove moment of truth “${titleOf(entry)}”`}
                      onClick={() => {
                        editor.run(evidence.setMomentOfTruth, { target: entry, reason: null });
                        focusLater(`${uid}-step`);
                      }}
                    >
                      Remove mark
                    </button>
                  </>
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
      {entries.length > USUAL_MOMENTS_OF_TRUTH && (
        <p className="ev-note" role="note">
          Most maps have one to {USUAL_MOMENTS_OF_TRUTH} moments of truth; this one has{' '}
          {entries.length}. Are they all points where customers decide?
        </p>
      )}
      {canEdit && <MarkStepForm selectId={`${uid}-step`} />}
    </section>
  );
}

/** "Mark a moment of truth": choose a step that is not marked yet and say why. */
function MarkStepForm({ selectId }: { selectId: string }) {
  const phases = useEditor((s) => s.map.phases);
  const editor = useEditorApi();
  const uid = useId();
  const [stepId, setStepId] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const unmarked = phases
    .map((phase) => ({ phase, steps: phase.steps.filter((s) => s.momentOfTruth === null) }))
    .filter((group) => group.steps.length > 0);
  if (unmarked.length === 0) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (stepId === '') {
      setError('Choose the step to mark.');
      document.getElementById(selectId)?.focus();
      return;
    }
    editor.run(evidence.setMomentOfTruth, {
      target: { kind: 'step', id: stepId },
      reason: reason.trim(),
    });
    setStepId('');
    setReason('');
  };

  return (
    <form
      className="ev-form ev-mot__mark"
      aria-labelledby={`${uid}-title`}
      onSubmit={submit}
      noValidate
    >
      <h3 id={`${uid}-title`}>Mark a moment of truth</h3>
      <label htmlFor={selectId}>Step</label>
      <select
        id={selectId}
        value={stepId}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${uid}-error` : undefined}
        onChange={(event) => {
          setStepId(event.target.value);
          setError(null);
        }}
      >
        <option value="">Choose a step…</option>
        {unmarked.map(({ phase, steps }) => (
          <optgroup key={phase.id} label={phase.name || 'Untitled phase'}>
            {steps.map((step) => (
              <option key={step.id} value={step.id}>
                {stepName(phases, step.id)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {error && (
        <p id={`${uid}-error`} className="ev-error" role="alert">
          {error}
        </p>
      )}
      <label htmlFor={`${uid}-reason`}>Why is it a moment of truth?</label>
      <textarea
        id={`${uid}-reason`}
        rows={2}
        value={reason}
        maxLength={LIMITS.longText}
        onChange={(event) => setReason(event.target.value)}
      />
      <div className="ev-form-buttons">
        <button type="submit" className="button--primary">
          Mark as moment of truth
        </button>
      </div>
    </form>
  );
}

function ReasonForm(props: {
  initial: string;
  label: string;
  submitLabel: string;
  onSave: (reason: string) => void;
  onCancel: () => void;
}) {
  const uid = useId();
  const [reason, setReason] = useState(props.initial);
  return (
    <form
      className="ev-form"
      aria-label={props.label}
      onSubmit={(event) => {
        event.preventDefault();
        props.onSave(reason.trim());
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          props.onCancel();
        }
      }}
    >
      <label htmlFor={`${uid}-reason`}>{props.label}</label>
      <textarea
        id={`${uid}-reason`}
        rows={3}
        value={reason}
        maxLength={LIMITS.longText}
        autoFocus
        onChange={(event) => setReason(event.target.value)}
      />
      <div className="ev-form-buttons">
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
        <button type="submit" className="button--primary">
          {props.submitLabel}
        </button>
      </div>
    </form>
  );
}
