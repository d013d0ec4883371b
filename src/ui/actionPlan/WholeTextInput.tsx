/**
 * A value edited in a table cell that always shows its whole text: the field grows with what
 * it holds (CSS `field-sizing: content`; a multiline one also wraps), instead of cutting a long
 * theme or owner after a dozen characters (issue 16).
 */
export function WholeTextInput({
  value,
  label,
  onChange,
  maxLength = 500,
  list,
  multiline = false,
}: {
  value: string;
  /** The accessible name: "Owner of “Improve My Account”". */
  label: string;
  onChange: (value: string) => void;
  maxLength?: number;
  /** The id of a datalist of suggestions (one-line fields only). */
  list?: string;
  /** Free text that may hold line breaks (why, a response). */
  multiline?: boolean;
}) {
  return multiline ? (
    <textarea
      className="action-plan__whole action-plan__whole--multiline"
      aria-label={label}
      value={value}
      rows={1}
      maxLength={maxLength}
      onChange={(e) => onChange(e.target.value)}
    />
  ) : (
    <input
      type="text"
      className="action-plan__whole"
      aria-label={label}
      value={value}
      maxLength={maxLength}
      list={list}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
