/**
 * A recommendation's rating in the action plan table (domain/ratings.ts): a select of the
 * map's scale when it can be edited, else its dots and words ("●●●○ Good").
 */
import { useEditor } from '../../bindings/EditorProvider';
import {
  ratingDots,
  ratingOption,
  ratingWords,
  readRating,
  type RatingReading,
} from '../../domain/ratings';

/** The rating as text: dots (hidden from screen readers, the place is said) and its words. */
export function RatingText({ reading }: { reading: RatingReading | null }) {
  if (reading === null) return <span className="action-plan__muted">Not rated</span>;
  const dots = ratingDots(reading);
  return (
    <span className="action-plan__rating">
      {dots ? <span aria-hidden="true">{`${dots} `}</span> : null}
      {ratingWords(reading)}
      {reading.place !== null ? (
        <span className="visually-hidden">{`, ${reading.place} of ${reading.of}`}</span>
      ) : null}
    </span>
  );
}

/** The rating edited in place: "Not rated", the scale's words, a word off it kept and said. */
export function RatingSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string | null;
  onChange: (rating: string | null) => void;
}) {
  const scale = useEditor((s) => s.map.judgement.scale);
  const reading = readRating(value, scale);
  const current = ratingOption(reading, scale);
  return (
    <select
      aria-label={label}
      value={current}
      onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
    >
      <option value="">Not rated</option>
      {scale.map((word) => (
        <option key={word} value={word}>
          {word}
        </option>
      ))}
      {reading !== null && reading.place === null ? (
        <option value={reading.word}>{ratingWords(reading)}</option>
      ) : null}
    </select>
  );
}
