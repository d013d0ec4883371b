import { RECOMMENDATION_STATUSES, type RecommendationStatus } from '../../domain/vocabulary';
import { statusLabel } from './format';

/** A recommendation status as a coloured text badge (the colour is never the only cue). */
export function StatusBadge({ status }: { status: RecommendationStatus }) {
  return (
    <span className={`action-plan__status action-plan__status--${status}`}>
      {statusLabel(status)}
    </span>
  );
}

/** A status chosen from a list, coloured like its badge; `label` names what it is the status of. */
export function StatusSelect({
  label,
  status,
  onChange,
}: {
  label: string;
  status: RecommendationStatus;
  onChange: (status: RecommendationStatus) => void;
}) {
  return (
    <select
      aria-label={label}
      className={`action-plan__status-select action-plan__status--${status}`}
      value={status}
      onChange={(e) => onChange(e.target.value as RecommendationStatus)}
    >
      {RECOMMENDATION_STATUSES.map((s) => (
        <option key={s} value={s}>
          {statusLabel(s)}
        </option>
      ))}
    </select>
  );
}
