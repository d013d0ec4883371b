import { useState, type FormEvent } from 'react';
import { stepName, stepNameAt } from '../../domain/names';
import { newId } from '../../domain/ids';
import type { Card, JourneyMap } from '../../domain/schema';
import { useEditorApi } from '../../bindings/EditorProvider';
import { actionPlan } from '../../editor/operations';

/**
 * Adds a recommendation on a step, answering one of the map's pain points or findings (or
 * the step itself). Choosing what it answers moves the step to that card's step. "Action plan
 * only" adds one that is not about a journey step (seed 004): it is in no canvas cell (its step
 * is only where it would go if put on the map later).
 */
export function AddRecommendationForm({
  map,
  onAdded,
  onCancel,
}: {
  map: JourneyMap;
  onAdded: (cardId: string, title: string) => void;
  onCancel: () => void;
}) {
  const editor = useEditorApi();
  const steps = map.phases.flatMap((phase) => phase.steps.map((step) => ({ phase, step })));
  const [stepId, setStepId] = useState(steps[0]?.step.id ?? '');
  const [answers, setAnswers] = useState('');
  const [title, setTitle] = useState('');
  const [planOnly, setPlanOnly] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const painPoints = map.cards.filter((card) => card.kind === 'pain-point');
  const findings = map.cards.filter((card) => card.kind === 'evidence');
  const optionFor = (card: Card) => (
    <option key={card.id} value={card.id}>
      {card.title || 'Untitled card'} ({stepName(map.phases, card.stepId)})
    </option>
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === '') {
      setError('Give the action a title.');
      return;
    }
    if (stepId === '') {
      setError(planOnly ? 'Add a step to the map first.' : 'Choose the step it belongs to.');
      return;
    }
    const id = newId();
    const added = editor.run(actionPlan.addRecommendation, {
      id,
      stepId,
      title: title.trim(),
      answers: answers === '' || planOnly ? null : answers,
      ...(planOnly ? { fields: { onMap: false } } : {}),
    });
    if (added.ok && added.changed) editor.select([id]);
    if (!added.changed) {
      setError('The step or the card it answers is no longer on the map.');
      return;
    }
    setError(null);
    setTitle('');
    setAnswers('');
    setPlanOnly(false);
    onAdded(id, title.trim());
  };

  return (
    <form className="action-plan__add" aria-label="Add recommendation" onSubmit={submit} noValidate>
      <label className="action-plan__grow">
        Action
        <input
          type="text"
          value={title}
          maxLength={500}
          required
          placeholder="What will be done"
          onChange={(e) => setTitle(e.target.value)}
        />
      </label>
      <label className="action-plan__plan-only">
        <input type="checkbox" checked={planOnly} onChange={(e) => setPlanOnly(e.target.checked)} />
        Action plan only (not on a journey step)
      </label>
      <label>
        Answers
        <select
          value={answers}
          disabled={planOnly}
          onChange={(e) => {
            const value = e.target.value;
            setAnswers(value);
            const card = map.cards.find((c) => c.id === value);
            if (card) setStepId(card.stepId);
          }}
        >
          <option value="">The step itself</option>
          {painPoints.length > 0 && (
            <optgroup label="Pain points">{painPoints.map(optionFor)}</optgroup>
          )}
          {findings.length > 0 && <optgroup label="Findings">{findings.map(optionFor)}</optgroup>}
        </select>
      </label>
      <label>
        Step
        <select value={stepId} disabled={planOnly} onChange={(e) => setStepId(e.target.value)}>
          {map.phases.map((phase) => (
            <optgroup key={phase.id} label={phase.name || 'Untitled phase'}>
              {phase.steps.map((step, index) => (
                <option key={step.id} value={step.id}>
                  {stepNameAt(phase, index)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <button type="submit" className="button--primary">
        Add
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
      {error && (
        <p className="action-plan__error" role="alert">
          {error}
        </p>
      )}
      {steps.length === 0 && (
        <p className="action-plan__muted">
          Add a step to the map first: a recommendation sits on a step.
        </p>
      )}
    </form>
  );
}
