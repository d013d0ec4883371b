/**
 * A rating on the map's rating scale (domain/ratings.ts), for a card, a step or a criterion:
 * "Not rated", the scale's words worst first with their place ("Good (3 of 4)"), and a word
 * given before the scale changed, kept and said to be off the scale.
 */
import { useEditor } from '../../bindings/EditorProvider';
import { ratingOption, ratingWords, readRating } from '../../domain/ratings';
import { SelectField } from './fields';

/** The select of a rating (see the module comment); `onChange(null)` clears it. */
export function RatingField({
  label,
  value,
  disabled,
  onChange,
}: {
  label: string;
  value: string | null;
  disabled?: boolean;
  onChange: (rating: string | null) => void;
}) {
  const scale = useEditor((s) => s.map.judgement.scale);
  const reading = readRating(value, scale);
  const offScale = reading !== null && reading.place === null;
  const current = ratingOption(reading, scale);
  return (
    <SelectField
      label={label}
      value={current}
      options={[
        ['', 'Not rated'] as const,
        ...scale.map((word, i) => [word, `${word} (${i + 1} of ${scale.length})`] as const),
        ...(offScale && reading ? [[reading.word, ratingWords(reading)] as const] : []),
      ]}
      disabled={disabled}
      hint={
        offScale && reading
          ? `“${reading.word}” is no longer on the map’s rating scale (${scale.join(', ')}); it is kept as written until you choose another.`
          : undefined
      }
      onChange={(word) => onChange(word === '' ? null : word)}
    />
  );
}
