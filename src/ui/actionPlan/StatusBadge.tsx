import type { RecommendationStatus } from '../../domain/vocabulary';
import { statusLabel } from './format';

/** A recommendation status as a coloured text badge (the colour is never the only cue). */
export function StatusBadge({ status }: { status: RecommendationStatus }) {
  return (
    <span className={`action-plan__status action-plan__status--${status}`}>
      {statusLabel(status)}
    </span>
  );
}
