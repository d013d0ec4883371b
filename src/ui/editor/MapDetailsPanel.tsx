/**
 * The map's details, edited in the inspector when nothing is selected: description, service,
 * journey type, owner, status (draft / in review / final), review date (a plan date such as
 * "Spring 2025"), tags; and the review's judgement (seed 003): a rating per criterion on the
 * map's rating scale (poor / fair / good / excellent unless edited here, RatingScaleEditor) and
 * the overall judgement ("An improving service").
 */
import { useEditor, useEditorApi } from '../../bindings/EditorProvider';
import { newId } from '../../domain/ids';
import type { MapDetailsPatch } from '../../domain/edits';
import type { Criterion, Judgement } from '../../domain/schema';
import { MAP_STATUSES, type MapStatus } from '../../domain/vocabulary';
import { details } from '../../editor/operations';
import { PlanDateField } from '../actionPlan/PlanDateInput';
import { SelectField, TagsField, TextField } from './fields';
import { RatingField } from './RatingField';
import { RatingScaleEditor } from './RatingScaleEditor';
import { SurveyScoresPanel } from './SurveyScoresPanel';
import './mapDetails.css';

const STATUS_WORDS: Record<MapStatus, string> = {
  draft: 'Draft',
  'in-review': 'In review',
  final: 'Final',
};

/** The details panel (see the module comment); read only unless `editable`. */
export function MapDetailsPanel({ editable }: { editable: boolean }) {
  const editor = useEditorApi();
  const map = useEditor((s) => s.map);
  const set = (patch: Omit<MapDetailsPatch, 'settings'>) =>
    editor.run(details.updateDetails, { patch });
  const judgement = map.judgement;
  const judge = (patch: Partial<Judgement>) => set({ judgement: { ...judgement, ...patch } });
  const criterion = (id: string, patch: Partial<Criterion>) =>
    judge({ criteria: judgement.criteria.map((c) => (c.id === id ? { ...c, ...patch } : c)) });
  const disabled = !editable;

  return (
    <section className="map-details" aria-label="Map details">
      <h3>Map details</h3>
      <TextField
        label="Description"
        multiline
        maxLength={20_000}
        value={map.description}
        disabled={disabled}
        onChange={(description) => set({ description })}
      />
      <TextField
        label="Service"
        value={map.service}
        disabled={disabled}
        onChange={(service) => set({ service })}
      />
      <TextField
        label="Journey type or scenario"
        value={map.journeyType}
        disabled={disabled}
        onChange={(journeyType) => set({ journeyType })}
      />
      <TextField
        label="Owner"
        value={map.owner}
        disabled={disabled}
        onChange={(owner) => set({ owner })}
      />
      <SelectField
        label="Map status"
        value={map.status}
        options={MAP_STATUSES.map((s) => [s, STATUS_WORDS[s]] as const)}
        disabled={disabled}
        onChange={(status) => set({ status })}
      />
      <PlanDateField
        label="Review date"
        value={map.reviewDate}
        disabled={disabled}
        hint='When the service is looked at again: a day, "Mar 2025", "Spring 2025"…'
        onChange={(reviewDate) => set({ reviewDate })}
      />
      <TagsField
        label="Tags"
        value={map.tags}
        disabled={disabled}
        onChange={(tags) => set({ tags })}
      />

      <h3>Judgement</h3>
      <TextField
        label="Overall judgement"
        value={judgement.overall}
        disabled={disabled}
        onChange={(overall) => judge({ overall })}
      />
      <RatingScaleEditor editable={editable} onChange={(scale) => judge({ scale })} />
      <ul className="map-details__criteria" aria-label="Criteria">
        {judgement.criteria.map((c, i) => (
          <li key={c.id}>
            <TextField
              label={`Criterion ${i + 1}`}
              value={c.name}
              disabled={disabled}
              onChange={(name) => criterion(c.id, { name })}
            />
            <RatingField
              label={`Rating of criterion ${i + 1}`}
              value={c.rating}
              disabled={disabled}
              onChange={(rating) => criterion(c.id, { rating })}
            />
            {editable && (
              <button
                type="button"
                className="button--danger"
                aria-label={`Remove criterion ${i + 1}`}
                onClick={() => judge({ criteria: judgement.criteria.filter((x) => x.id !== c.id) })}
              >
                Remove
              </button>
            )}
          </li>
        ))}
      </ul>
      {editable && (
        <button
          type="button"
          onClick={() =>
            judge({
              criteria: [...judgement.criteria, { id: newId(), name: '', rating: null, note: '' }],
            })
          }
        >
          Add criterion
        </button>
      )}
      <SurveyScoresPanel editable={editable} />
    </section>
  );
}
