/**
 * A labelled select that narrows the action plan to one value, or to all of them with its
 * first choice ("All statuses", "All themes", …).
 */
export function FilterSelect<T extends string>({
  label,
  allLabel,
  value,
  options,
  onChange,
}: {
  label: string;
  /** The first choice, meaning no filter (value ''). */
  allLabel: string;
  value: T | '';
  /** Each choice as [value, text shown]. */
  options: readonly (readonly [T, string])[];
  onChange: (value: T | '') => void;
}) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value as T | '')}>
        <option value="">{allLabel}</option>
        {options.map(([optionValue, text]) => (
          <option key={optionValue} value={optionValue}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
