/**
 * The map's rating scale, edited in the details panel (format 4): its words worst first, each
 * renamed, moved up or down, or removed; a word added at the best end. Ratings already given
 * (cards, steps, criteria) keep their words: a word renamed or removed leaves them off the
 * scale, and the panel says which and how many, so nothing changes behind the user's back.
 */
import { useMemo, useState } from 'react';
import { useEditor } from '../../bindings/EditorProvider';
import { moveScaleWord, ratingsOffScale } from '../../domain/ratings';
import { LIMITS } from '../../domain/schema';
import { plural } from '../../domain/words';

/** The scale holds 2 to 10 words (domain/schemaReview.ts). */
const MIN_WORDS = 2;
const MAX_WORDS = 10;

/** The scale editor (see the module comment); `onChange` saves a new scale. */
export function RatingScaleEditor({
  editable,
  onChange,
}: {
  editable: boolean;
  onChange: (scale: string[]) => void;
}) {
  const judgement = useEditor((s) => s.map.judgement);
  const scale = judgement.scale;
  const cards = useEditor((s) => s.map.cards);
  const phases = useEditor((s) => s.map.phases);
  // Counted again only when a rating could have changed: not on every change of the map.
  const offScale = useMemo(
    () => ratingsOffScale({ cards, phases, judgement }),
    [cards, phases, judgement],
  );
  const taken = new Set(scale.map((w) => w.trim().toLocaleLowerCase()));
  const freshWord = () => {
    for (let n = scale.length + 1; ; n++) if (!taken.has(`level ${n}`)) return `Level ${n}`;
  };
  return (
    <fieldset className="rating-scale">
      <legend>Rating scale (worst first)</legend>
      <ol className="rating-scale__words">
        {scale.map((word, i) => (
          <li key={`${i}:${scale.length}`}>
            <ScaleWordInput
              label={`Rating word ${i + 1} of ${scale.length}`}
              word={word}
              disabled={!editable}
              onChange={(next) => onChange(scale.map((w, j) => (j === i ? next : w)))}
            />
            {editable ? (
              <span className="rating-scale__buttons">
                <button
                  type="button"
                  aria-label={`Move “${word}” towards worst`}
                  disabled={i === 0}
                  onClick={() => onChange(moveScaleWord(scale, i, -1))}
                >
                  ↑
                </button>
                <button
                  type="button"
                  aria-label={`Move “${word}” towards best`}
                  disabled={i === scale.length - 1}
                  onClick={() => onChange(moveScaleWord(scale, i, 1))}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="button--danger"
                  aria-label={`Remove “${word}” from the scale`}
                  disabled={scale.length <= MIN_WORDS}
                  onClick={() => onChange(scale.filter((_, j) => j !== i))}
                >
                  Remove
                </button>
              </span>
            ) : null}
          </li>
        ))}
      </ol>
      {editable ? (
        <button
          type="button"
          disabled={scale.length >= MAX_WORDS}
          onClick={() => onChange([...scale, freshWord()])}
        >
          Add rating word
        </button>
      ) : null}
      <p className="field__hint">
        Renaming or removing a word does not change ratings already given: they keep their word.
      </p>
      {offScale.length > 0 ? (
        <p className="rating-scale__off" role="status">
          {`Not on the scale: ${offScale
            .map(({ word, count }) => `“${word}” (${plural(count, 'rating')})`)
            .join(', ')}. They are kept and shown as written; rate again or add the word back.`}
        </p>
      ) : null}
    </fieldset>
  );
}

/** One word of the scale: saved as typed, except blank (kept in the box until it has a word). */
function ScaleWordInput({
  label,
  word,
  disabled,
  onChange,
}: {
  label: string;
  word: string;
  disabled: boolean;
  onChange: (word: string) => void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const blank = draft !== null && draft.trim() === '';
  return (
    <span className="rating-scale__word">
      <input
        type="text"
        aria-label={label}
        value={draft ?? word}
        readOnly={disabled}
        maxLength={LIMITS.shortText}
        aria-invalid={blank || undefined}
        onChange={(event) => {
          const next = event.target.value;
          if (next.trim() === '') setDraft(next);
          else {
            setDraft(null);
            onChange(next);
          }
        }}
        onBlur={() => setDraft(null)}
      />
      {blank ? <span className="field__error">A rating word cannot be blank.</span> : null}
    </span>
  );
}
