/**
 * The report's sections: a checkbox to include each one, and buttons to move it up or down.
 * Included sections come first, in report order; the others follow, unticked.
 */
import {
  REPORT_SECTIONS,
  REPORT_SECTION_LABELS,
  type ReportSectionId,
} from '../../domain/reportSettings';

/** The sections chosen, in order, and what to do when they change. */
export interface ReportSectionsProps {
  /** The included sections, in order. */
  sections: readonly ReportSectionId[];
  disabled?: boolean;
  onChange: (sections: ReportSectionId[]) => void;
}

/** The list of sections with include and move controls. */
export function ReportSections({ sections, disabled, onChange }: ReportSectionsProps) {
  const left = REPORT_SECTIONS.filter((id) => !sections.includes(id));
  const move = (id: ReportSectionId, by: -1 | 1) => {
    const from = sections.indexOf(id);
    const to = from + by;
    if (from < 0 || to < 0 || to >= sections.length) return;
    const next = [...sections];
    next.splice(from, 1);
    next.splice(to, 0, id);
    onChange(next);
  };
  const toggle = (id: ReportSectionId, on: boolean) =>
    onChange(on ? [...sections, id] : sections.filter((s) => s !== id));
  return (
    <fieldset disabled={disabled}>
      <legend>Sections, in report order</legend>
      <ol className="wm-report-sections">
        {[...sections, ...left].map((id) => {
          const included = sections.includes(id);
          const index = sections.indexOf(id);
          const label = REPORT_SECTION_LABELS[id];
          return (
            <li key={id}>
              <label>
                <input
                  type="checkbox"
                  checked={included}
                  onChange={(event) => toggle(id, event.target.checked)}
                />{' '}
                {label}
              </label>
              {included && (
                <>
                  <button
                    type="button"
                    aria-label={`Move ${label} up`}
                    disabled={index === 0}
                    onClick={() => move(id, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    aria-label={`Move ${label} down`}
                    disabled={index === sections.length - 1}
                    onClick={() => move(id, 1)}
                  >
                    ↓
                  </button>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}
