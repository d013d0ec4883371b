/**
 * Labelled form fields for the inspector. Text fields save on every keystroke (the caller
 * coalesces them into one undo step); number, link and tag fields keep a draft and save only
 * values the map's schema accepts, showing what is wrong otherwise.
 */
import { useEffect, useId, useState, type ReactNode } from 'react';
import { safeUrlSchema } from '../../domain/schema';

interface FieldProps {
  label: string;
  disabled?: boolean;
  hint?: ReactNode;
}

/**
 * A labelled text field, one line or several (`multiline`), at most `maxLength` characters (default
 * 500); saves every keystroke.
 */
export function TextField({
  label,
  value,
  onChange,
  multiline = false,
  maxLength = 500,
  disabled,
  hint,
  placeholder,
}: FieldProps & {
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  maxLength?: number;
  placeholder?: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea
          id={id}
          value={value}
          maxLength={maxLength}
          rows={3}
          readOnly={disabled}
          placeholder={placeholder}
          onChange={(event) => onChange(event.target.value)}
        />
      ) : (
        <input
          id={id}
          type="text"
          value={value}
          maxLength={maxLength}
          readOnly={disabled}
          placeholder={placeholder}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {hint ? <p className="field__hint">{hint}</p> : null}
    </div>
  );
}

/**
 * A labelled number field that saves only numbers from `min` to `max` (whole ones when `integer`),
 * saying what is wrong otherwise; blank is null unless `nullable` is false.
 */
export function NumberField({
  label,
  value,
  onChange,
  min,
  max,
  integer = false,
  nullable = true,
  disabled,
  hint,
}: FieldProps & {
  value: number | null;
  onChange: (value: number | null) => void;
  min: number;
  max: number;
  integer?: boolean;
  nullable?: boolean;
}) {
  const id = useId();
  const errorId = useId();
  const [draft, setDraft] = useState(value === null ? '' : String(value));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    // Follow outside changes (undo) unless the draft already means the same number.
    setDraft((d) =>
      d.trim() !== '' && Number(d) === value ? d : value === null ? '' : String(value),
    );
    setError(null);
  }, [value]);
  const commit = (text: string) => {
    setDraft(text);
    if (text.trim() === '') {
      if (nullable) {
        setError(null);
        if (value !== null) onChange(null);
      } else {
        setError('Enter a number.');
      }
      return;
    }
    const n = Number(text);
    if (!Number.isFinite(n) || (integer && !Number.isInteger(n))) {
      setError(integer ? 'Enter a whole number.' : 'Enter a number.');
    } else if (n < min || n > max) {
      setError(`Enter a number from ${min} to ${max}.`);
    } else {
      setError(null);
      if (n !== value) onChange(n);
    }
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode={integer ? 'numeric' : 'decimal'}
        value={draft}
        min={min}
        max={max}
        step={integer ? 1 : 'any'}
        readOnly={disabled}
        aria-invalid={error !== null}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => commit(event.target.value)}
        onBlur={() => {
          if (error) {
            setDraft(value === null ? '' : String(value));
            setError(null);
          }
        }}
      />
      {error ? (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      ) : hint ? (
        <p className="field__hint">{hint}</p>
      ) : null}
    </div>
  );
}

/** A labelled date field (`YYYY-MM-DD`); only whole dates are saved, blank is null. */
export function DateField({
  label,
  value,
  onChange,
  disabled,
}: FieldProps & { value: string | null; onChange: (value: string | null) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        value={value ?? ''}
        readOnly={disabled}
        onChange={(event) => {
          const next = event.target.value;
          // Only whole dates reach the map (a half-typed date reads as "").
          if (next === '') onChange(null);
          else if (/^\d{4}-\d{2}-\d{2}$/.test(next)) onChange(next);
        }}
      />
    </div>
  );
}

/** A labelled select of `[value, text]` options. */
export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  disabled,
  hint,
}: FieldProps & {
  value: T;
  options: readonly (readonly [T, string])[];
  onChange: (value: T) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value as T)}
      >
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
      {hint ? <p className="field__hint">{hint}</p> : null}
    </div>
  );
}

/** A labelled checkbox. */
export function CheckboxField({
  label,
  checked,
  onChange,
  disabled,
}: FieldProps & { checked: boolean; onChange: (checked: boolean) => void }) {
  const id = useId();
  return (
    <div className="field field--checkbox">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** Tags typed as a comma-separated list. */
export function TagsField({
  label,
  value,
  onChange,
  disabled,
}: FieldProps & { value: readonly string[]; onChange: (tags: string[]) => void }) {
  const id = useId();
  const hintId = useId();
  const [draft, setDraft] = useState(value.join(', '));
  useEffect(() => {
    setDraft((d) => (sameTags(parseTags(d), value) ? d : value.join(', ')));
  }, [value]);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={draft}
        readOnly={disabled}
        aria-describedby={hintId}
        onChange={(event) => {
          setDraft(event.target.value);
          const tags = parseTags(event.target.value);
          if (!sameTags(tags, value)) onChange(tags);
        }}
      />
      <p id={hintId} className="field__hint">
        Separate tags with commas.
      </p>
    </div>
  );
}

/**
 * Tags from comma-separated text: trimmed, at most 500 characters each, no blanks or repeats, at
 * most 100 (the schema's limits).
 */
export function parseTags(text: string): string[] {
  const tags = text
    .split(',')
    .map((t) => t.trim().slice(0, 500))
    .filter(Boolean);
  return [...new Set(tags)].slice(0, 100);
}

function sameTags(a: readonly string[], b: readonly string[]) {
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

/** A web link: saved only when it is http(s) or mailto (the schema's rule), empty is none. */
export function UrlField({
  label,
  value,
  onChange,
  disabled,
}: FieldProps & { value: string | null; onChange: (value: string | null) => void }) {
  const id = useId();
  const errorId = useId();
  const [draft, setDraft] = useState(value ?? '');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setDraft((d) => (d.trim() === (value ?? '') ? d : (value ?? '')));
  }, [value]);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="url"
        value={draft}
        readOnly={disabled}
        placeholder="https://…"
        aria-invalid={error !== null}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => {
          const text = event.target.value;
          setDraft(text);
          const trimmed = text.trim();
          if (trimmed === '') {
            setError(null);
            if (value !== null) onChange(null);
          } else if (safeUrlSchema.safeParse(trimmed).success) {
            setError(null);
            if (trimmed !== value) onChange(trimmed);
          } else {
            setError('Enter a link starting with http://, https:// or mailto:');
          }
        }}
        onBlur={() => {
          if (error) {
            setDraft(value ?? '');
            setError(null);
          }
        }}
      />
      {error ? (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A titled section of the inspector. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="inspector__section">
      <h3>{title}</h3>
      {children}
    </section>
  );
}
