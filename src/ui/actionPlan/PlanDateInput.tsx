import { useId, useState } from 'react';
import { formatPlanDate, normalizePlanDate, planDateNote } from '../../domain/planDates';

/** The example in an empty date field of the action plan table: short, so it is never cut. */
export const TABLE_DATE_EXAMPLE = 'e.g. Mar 2025';

/**
 * A plan date typed as text: an exact day ("30/06/2024", "30 Jun 2024"), a month, quarter,
 * season or year ("Mar 2025", "Q1 2025", "Spring 2023", "2025"), or words ("Awaiting
 * timescales"). Stored on Enter or when the field is left, in the canonical spelling of
 * domain/planDates.ts; nothing typed is ever dropped, and the note under the field says how
 * the date was read (a span, or words kept as written that never count as overdue).
 */
export function PlanDateInput({
  value,
  label,
  onChange,
  disabled = false,
  className = 'action-plan__date',
  id,
  placeholder = 'e.g. 30/06/2024, Mar 2025',
}: {
  value: string | null;
  /** The accessible name: "Revised date of “Improve My Account”". */
  label: string;
  onChange: (value: string | null) => void;
  disabled?: boolean;
  className?: string;
  id?: string;
  /** The example in the empty field; the table's narrow fields give a short one. */
  placeholder?: string;
}) {
  const noteId = useId();
  const shown = formatPlanDate(value);
  const [draft, setDraft] = useState<string | null>(null);
  const note = planDateNote(value);
  const commit = () => {
    if (draft === null) return;
    setDraft(null);
    if (draft.trim() === shown.trim()) return;
    onChange(normalizePlanDate(draft));
  };
  return (
    <span className="plan-date">
      <input
        id={id}
        type="text"
        className={className}
        aria-label={label}
        aria-describedby={note ? noteId : undefined}
        value={draft ?? shown}
        maxLength={500}
        readOnly={disabled}
        placeholder={placeholder}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.nativeEvent.isComposing) commit();
          if (e.key === 'Escape' && draft !== null) {
            e.preventDefault();
            e.stopPropagation();
            setDraft(null);
          }
        }}
      />
      {note && (
        <span id={noteId} className="plan-date__note">
          {note}
        </span>
      )}
    </span>
  );
}

/** A labelled plan date for the card inspector (see PlanDateInput). */
export function PlanDateField({
  label,
  value,
  onChange,
  disabled,
  hint,
}: {
  label: string;
  value: string | null;
  onChange: (value: string | null) => void;
  disabled?: boolean;
  hint?: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <PlanDateInput
        id={id}
        label={label}
        value={value}
        onChange={onChange}
        disabled={disabled}
        className=""
      />
      {hint ? <p className="field__hint">{hint}</p> : null}
    </div>
  );
}
