import { useId, useMemo, useState, type FormEvent } from 'react';
import {
  describeCoverage,
  evidenceCoverage,
  evidenceFromResearch,
  RESEARCH_METHOD_LABELS,
  type ResearchFields,
} from '../../domain/evidence';
import { newId } from '../../domain/ids';
import { LIMITS, type Research } from '../../domain/schema';
import { RESEARCH_METHODS, type ResearchMethod } from '../../domain/vocabulary';
import { useEditor, useEditorApi } from '../../bindings/EditorProvider';
import { evidence } from '../../editor/operations';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { formatDateRange } from '../../domain/dates';
import { useCanEdit } from './useCanEdit';
import { useFocusAfterRender } from './useFocusAfterRender';
import './evidence.css';

/** A research record's name in buttons and headings: "Interviews, 20 participants". */
export function researchName(research: Pick<Research, 'method' | 'participants'>): string {
  const method = RESEARCH_METHOD_LABELS[research.method];
  if (research.participants === null) return method;
  return `${method}, ${research.participants} participant${research.participants === 1 ? '' : 's'}`;
}

const citedBy = (count: number) =>
  count === 0 ? 'No evidence card yet' : `${count} evidence card${count === 1 ? '' : 's'}`;

/**
 * The research behind the map (method, participants, dates, who did it, notes) with add, edit
 * and delete, and the evidence coverage: how many cards rest on evidence, how many are
 * assumptions.
 */
export function ResearchPanel() {
  const research = useEditor((s) => s.map.research);
  const cards = useEditor((s) => s.map.cards);
  const editor = useEditorApi();
  const canEdit = useCanEdit();
  const uid = useId();
  const focusLater = useFocusAfterRender();
  const [editing, setEditing] = useState<{ id: string; isNew: boolean } | null>(null);
  const [deleting, setDeleting] = useState<Research | null>(null);

  const editButtonId = (id: string) => `${uid}-edit-${id}`;
  const addButtonId = `${uid}-add`;
  const firstFieldId = `${uid}-method`;

  const citing = useMemo(() => {
    const counts = new Map<string, number>();
    for (const card of cards) {
      if (card.kind === 'evidence' && card.researchId !== null) {
        counts.set(card.researchId, (counts.get(card.researchId) ?? 0) + 1);
      }
    }
    return counts;
  }, [cards]);

  const close = (focusId: string) => {
    setEditing(null);
    focusLater(focusId);
  };
  const form = (record: Research | null, id: string) => (
    <ResearchForm
      research={record}
      firstFieldId={firstFieldId}
      onCancel={() => close(record ? editButtonId(id) : addButtonId)}
      onSave={(fields) => {
        if (record) editor.run(evidence.updateResearch, { id, fields });
        else editor.run(evidence.addResearch, { id, fields });
        close(editButtonId(id));
      }}
    />
  );

  return (
    <section className="ev-research" aria-labelledby={`${uid}-heading`}>
      <div className="ev-section-header">
        <h2 id={`${uid}-heading`}>Research</h2>
        {canEdit && (
          <button
            type="button"
            id={addButtonId}
            disabled={editing?.isNew === true}
            onClick={() => {
              setEditing({ id: newId(), isNew: true });
              focusLater(firstFieldId);
            }}
          >
            Add research
          </button>
        )}
      </div>
      <EvidenceCoverageSummary />
      {research.length === 0 && !editing?.isNew && (
        <p className="ev-empty">
          No research recorded yet. Add the interviews, surveys or focus groups the map rests on.
        </p>
      )}
      <ul className="ev-research__list">
        {research.map((record) => (
          <li key={record.id}>
            {canEdit && editing?.id === record.id ? (
              form(record, record.id)
            ) : (
              <article className="ev-research__record" aria-labelledby={`${uid}-r-${record.id}`}>
                <h3 id={`${uid}-r-${record.id}`}>{researchName(record)}</h3>
                <dl className="ev-facts">
                  {(record.startDate || record.endDate) && (
                    <>
                      <dt>When</dt>
                      <dd>{formatDateRange(record.startDate, record.endDate)}</dd>
                    </>
                  )}
                  {record.conductedBy && (
                    <>
                      <dt>Conducted by</dt>
                      <dd>{record.conductedBy}</dd>
                    </>
                  )}
                  <dt>Cited by</dt>
                  <dd>{citedBy(citing.get(record.id) ?? 0)}</dd>
                </dl>
                {record.notes && (
                  <details className="ev-research__notes">
                    <summary>Notes</summary>
                    <p>{record.notes}</p>
                  </details>
                )}
                {canEdit && (
                  <div className="ev-card-buttons">
                    <button
                      type="button"
                      id={editButtonId(record.id)}
                      aria-label={`Edit research “${researchName(record)}”`}
                      onClick={() => {
                        setEditing({ id: record.id, isNew: false });
                        focusLater(firstFieldId);
                      }}
                    >
                      Edit research
                    </button>
                    <button
                      type="button"
                      className="button--danger"
                      aria-label={`Delete research “${researchName(record)}”`}
                      onClick={() => setDeleting(record)}
                    >
                      Delete research
                    </button>
                  </div>
                )}
              </article>
            )}
          </li>
        ))}
        {canEdit && editing?.isNew && <li>{form(null, editing.id)}</li>}
      </ul>
      {deleting && (
        <DeleteResearchDialog
          research={deleting}
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            editor.run(evidence.deleteResearch, { id: deleting.id });
            setDeleting(null);
            focusLater(addButtonId);
          }}
        />
      )}
    </section>
  );
}

function DeleteResearchDialog(props: {
  research: Research;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const count = useEditor((s) => evidenceFromResearch(s.map, props.research.id).length);
  const cited =
    count === 0
      ? ''
      : ` ${count} evidence card${count === 1 ? ' cites' : 's cite'} it; ${count === 1 ? 'it keeps its' : 'they keep their'} tallies and quotes.`;
  return (
    <ConfirmDialog
      title="Delete research?"
      message={`“${researchName(props.research)}” will be deleted from this map.${cited} You can undo this.`}
      confirmLabel="Delete research"
      danger
      onCancel={props.onCancel}
      onConfirm={props.onConfirm}
    />
  );
}

/** "62% of cards rest on evidence, 20% are assumptions and 18% say neither", with a bar. */
export function EvidenceCoverageSummary() {
  const cards = useEditor((s) => s.map.cards);
  const coverage = useMemo(() => evidenceCoverage({ cards }), [cards]);
  const pct = (share: number) => `${(share * 100).toFixed(1)}%`;
  return (
    <div className="ev-coverage">
      <h3 className="ev-coverage__title">Evidence coverage</h3>
      {coverage.total > 0 && (
        <div className="ev-coverage__bar" aria-hidden="true">
          <span
            className="ev-coverage__evidenced"
            style={{ width: pct(coverage.evidencedShare) }}
          />
          <span className="ev-coverage__assumed" style={{ width: pct(coverage.assumedShare) }} />
          <span className="ev-coverage__unset" style={{ width: pct(coverage.unsetShare) }} />
        </div>
      )}
      <p className="ev-coverage__text">{describeCoverage(coverage)}</p>
      {coverage.total > 0 && (
        <p className="ev-hint">
          Of {coverage.total} cards: {coverage.evidenced} evidenced, {coverage.assumed} assumed,{' '}
          {coverage.unset} not said. Evidence, metric and note cards are not counted.
        </p>
      )}
    </div>
  );
}

interface ResearchDraft {
  method: ResearchMethod;
  participants: string;
  startDate: string;
  endDate: string;
  conductedBy: string;
  notes: string;
}

function ResearchForm({
  research,
  firstFieldId,
  onSave,
  onCancel,
}: {
  research: Research | null;
  firstFieldId: string;
  onSave: (fields: ResearchFields) => void;
  onCancel: () => void;
}) {
  const ids = useId();
  const [draft, setDraft] = useState<ResearchDraft>(() => ({
    method: research?.method ?? 'interviews',
    participants: research?.participants === null || !research ? '' : String(research.participants),
    startDate: research?.startDate ?? '',
    endDate: research?.endDate ?? '',
    conductedBy: research?.conductedBy ?? '',
    notes: research?.notes ?? '',
  }));
  const [error, setError] = useState<{ field: keyof ResearchDraft; message: string } | null>(null);
  const set = <K extends keyof ResearchDraft>(key: K, value: ResearchDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    if (error?.field === key) setError(null);
  };
  const title = research ? `Edit research “${researchName(research)}”` : 'Add research';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const participants = draft.participants.trim() === '' ? null : Number(draft.participants);
    if (participants !== null && (!Number.isInteger(participants) || participants < 0)) {
      setError({
        field: 'participants',
        message: 'Participants must be a whole number, 0 or more.',
      });
      document.getElementById(`${ids}-participants`)?.focus();
      return;
    }
    if (draft.startDate && draft.endDate && draft.endDate < draft.startDate) {
      setError({ field: 'endDate', message: 'The end date is before the start date.' });
      document.getElementById(`${ids}-endDate`)?.focus();
      return;
    }
    onSave({
      method: draft.method,
      participants,
      startDate: draft.startDate || null,
      endDate: draft.endDate || null,
      conductedBy: draft.conductedBy.trim(),
      notes: draft.notes.trim(),
    });
  };

  const errorFor = (field: keyof ResearchDraft) =>
    error?.field === field ? (
      <p id={`${ids}-${field}-error`} className="ev-error" role="alert">
        {error.message}
      </p>
    ) : null;
  const invalid = (field: keyof ResearchDraft) =>
    error?.field === field
      ? { 'aria-invalid': true, 'aria-describedby': `${ids}-${field}-error` }
      : {};

  return (
    <form
      className="ev-form"
      aria-labelledby={`${ids}-title`}
      onSubmit={submit}
      noValidate
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <h3 id={`${ids}-title`}>{title}</h3>
      <label htmlFor={firstFieldId}>Method</label>
      <select
        id={firstFieldId}
        value={draft.method}
        onChange={(event) => set('method', event.target.value as ResearchMethod)}
      >
        {RESEARCH_METHODS.map((method) => (
          <option key={method} value={method}>
            {RESEARCH_METHOD_LABELS[method]}
          </option>
        ))}
      </select>
      <label htmlFor={`${ids}-participants`}>Participants</label>
      <input
        id={`${ids}-participants`}
        type="number"
        inputMode="numeric"
        min={0}
        step={1}
        value={draft.participants}
        onChange={(event) => set('participants', event.target.value)}
        {...invalid('participants')}
      />
      {errorFor('participants')}
      <div className="ev-form-row">
        <div className="ev-form-field">
          <label htmlFor={`${ids}-startDate`}>Start date</label>
          <input
            id={`${ids}-startDate`}
            type="date"
            value={draft.startDate}
            onChange={(event) => set('startDate', event.target.value)}
          />
        </div>
        <div className="ev-form-field">
          <label htmlFor={`${ids}-endDate`}>End date</label>
          <input
            id={`${ids}-endDate`}
            type="date"
            value={draft.endDate}
            onChange={(event) => set('endDate', event.target.value)}
            {...invalid('endDate')}
          />
        </div>
      </div>
      {errorFor('endDate')}
      <label htmlFor={`${ids}-conductedBy`}>Conducted by</label>
      <input
        id={`${ids}-conductedBy`}
        type="text"
        value={draft.conductedBy}
        maxLength={LIMITS.shortText}
        onChange={(event) => set('conductedBy', event.target.value)}
      />
      <label htmlFor={`${ids}-notes`}>Notes</label>
      <textarea
        id={`${ids}-notes`}
        rows={4}
        value={draft.notes}
        maxLength={LIMITS.longText}
        onChange={(event) => set('notes', event.target.value)}
      />
      <div className="ev-form-buttons">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button--primary">
          Save research
        </button>
      </div>
    </form>
  );
}
