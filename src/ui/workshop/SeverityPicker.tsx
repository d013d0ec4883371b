import { useId } from 'react';
import { SEVERITY_LABELS } from '../../domain/kinds';
import { SEVERITIES, type Severity } from '../../domain/vocabulary';
import { useEditorApi } from '../../bindings/EditorProvider';
import { workshop } from '../../editor/operations';
import { useCanAnnotate, useCard } from './hooks';
import './workshop.css';

/** Each severity in words (the kind registry's, domain/kinds/marks.ts). */
export { SEVERITY_LABELS };

/** The pain point whose severity is chosen. */
export interface SeverityPickerProps {
  cardId: string;
}

/**
 * Low / medium / high (or not set) for a pain point, as a radio group: arrow keys move between
 * the choices. Allowed in annotate mode (a focus group rates pain points); nothing is shown for
 * other kinds of card.
 */
export function SeverityPicker({ cardId }: SeverityPickerProps) {
  const card = useCard(cardId);
  const editor = useEditorApi();
  const canAnnotate = useCanAnnotate();
  const name = useId();
  if (!card || card.kind !== 'pain-point') return null;
  const choose = (severity: Severity | null) =>
    editor.run(workshop.setSeverity, { cardId, severity });
  const options: { value: Severity | null; label: string }[] = [
    { value: null, label: 'Not set' },
    ...SEVERITIES.map((value) => ({ value, label: SEVERITY_LABELS[value] })),
  ];
  return (
    <fieldset className="severity-picker" disabled={!canAnnotate}>
      <legend className="workshop-label">Severity</legend>
      <div className="severity-picker__options">
        {options.map((option) => (
          <label
            key={option.value ?? 'none'}
            className={`severity-picker__option severity--${option.value ?? 'none'}`}
          >
            <input
              type="radio"
              name={name}
              value={option.value ?? ''}
              checked={card.severity === option.value}
              onChange={() => choose(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
