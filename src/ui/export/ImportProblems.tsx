import type { ImportFailure } from './useMapImport';
import './export.css';

const SHOWN = 5;

/** What was wrong with an imported file: the message and up to five problems. */
export function ImportProblems({
  failure,
  onDismiss,
}: {
  failure: ImportFailure;
  onDismiss?: () => void;
}) {
  const rest = failure.problems.length - SHOWN;
  return (
    <div role="alert" className="wm-import-error">
      <p className="wm-import-error-message">{failure.message}</p>
      {failure.problems.length > 0 ? (
        <ul className="wm-import-problems">
          {failure.problems.slice(0, SHOWN).map((problem, i) => (
            <li key={i}>
              {problem.where ? `${problem.where}: ${problem.message}` : problem.message}
            </li>
          ))}
          {rest > 0 ? (
            <li>
              … and {rest} more {rest === 1 ? 'problem' : 'problems'}
            </li>
          ) : null}
        </ul>
      ) : null}
      {onDismiss ? (
        <button type="button" className="wm-import-dismiss" onClick={onDismiss}>
          Dismiss
        </button>
      ) : null}
    </div>
  );
}
