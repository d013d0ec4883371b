import { newId } from '../../../domain/ids';
import { COLLECTION_LIMITS, type Quote } from '../../../domain/schema';
import { TextField } from '../fields';

/**
 * The `quotes` input of a descriptor: an evidence card's quotes, each with its participant
 * ("Quote 2", "Participant of quote 2"), removed one by one and added at the end.
 */
export function QuotesEditor({
  quotes,
  label,
  detailLabel,
  placeholder,
  maxLength,
  disabled,
  onChange,
}: {
  quotes: readonly Quote[];
  /** "Quote": numbered for each quote. */
  label: string;
  /** "Participant": "Participant of quote 2". */
  detailLabel: string;
  placeholder?: string;
  maxLength?: number;
  disabled: boolean;
  onChange: (quotes: Quote[]) => void;
}) {
  const setQuote = (id: string, change: Partial<Pick<Quote, 'text' | 'participant'>>) =>
    onChange(quotes.map((q) => (q.id === id ? { ...q, ...change } : q)));
  const noun = label.toLowerCase();
  return (
    <>
      {quotes.length === 0 ? <p className="field__hint">No {noun}s yet.</p> : null}
      <ol className="inspector__list">
        {quotes.map((quote, i) => (
          <li key={quote.id}>
            <TextField
              label={`${label} ${i + 1}`}
              multiline
              maxLength={maxLength}
              value={quote.text}
              disabled={disabled}
              onChange={(text) => setQuote(quote.id, { text })}
            />
            <TextField
              label={`${detailLabel} of ${noun} ${i + 1}`}
              value={quote.participant}
              disabled={disabled}
              placeholder={placeholder}
              onChange={(participant) => setQuote(quote.id, { participant })}
            />
            <button
              type="button"
              className="button--danger"
              disabled={disabled}
              onClick={() => onChange(quotes.filter((q) => q.id !== quote.id))}
            >
              Remove {noun} {i + 1}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        disabled={disabled || quotes.length >= COLLECTION_LIMITS.quotesPerCard}
        onClick={() => onChange([...quotes, { id: newId(), text: '', participant: '' }])}
      >
        Add {noun}
      </button>
    </>
  );
}
