/**
 * Every field of the selected card, by its kind. Text is saved as it is typed (one undo step
 * per field and burst of typing); choices are saved at once.
 */
import { useCommandContext, useEditor } from '../../bindings/EditorProvider';
import { useState } from 'react';
import { stepDisplayNames } from '../../domain/names';
import type { CardPatch } from '../../domain/edits';
import { cards } from '../../editor/operations';
import { newId } from '../../domain/ids';
import { numberPainPoints } from '../../domain/painPoints';
import type { Card, EvidenceCard, MetricCard, RecommendationCard } from '../../domain/schema';
import { LIMITS } from '../../domain/schema';
import {
  CARD_KIND_LABELS,
  CARD_KINDS,
  CHANNEL_LABELS,
  CHANNELS,
  EMOTION_LABELS,
  EMOTION_SCORES,
  RECOMMENDATION_STATUS_LABELS,
  RECOMMENDATION_STATUSES,
  type CardKind,
  type RecommendationStatus,
} from '../../domain/vocabulary';
import {
  CheckboxField,
  DateField,
  NumberField,
  Section,
  SelectField,
  TagsField,
  TextField,
  UrlField,
} from './fields';

type Patch = (patch: CardPatch) => void;

/** Every recommendation status with its label, for the status selects. */
const STATUS_OPTIONS = RECOMMENDATION_STATUSES.map(
  (s) => [s, RECOMMENDATION_STATUS_LABELS[s]] as const,
);
const BASIS_OPTIONS = [
  ['', 'Not said'],
  ['evidenced', 'Evidenced (from research)'],
  ['assumed', 'Assumed (to be checked)'],
] as const;
const SEVERITY_OPTIONS = [
  ['', 'Not set'],
  ['low', 'Low'],
  ['medium', 'Medium'],
  ['high', 'High'],
] as const;
const SCORE_OPTIONS = [
  ['', 'Not set'],
  ...EMOTION_SCORES.map(
    (s) => [String(s), `${s > 0 ? '+' : ''}${s} ${EMOTION_LABELS[s]}`] as const,
  ),
] as const;

export function CardInspector({ card, editable }: { card: Card; editable: boolean }) {
  const ctx = useCommandContext();
  const place = useEditor((s) => {
    const lane = s.map.lanes.find((l) => l.id === card.laneId);
    const step = stepDisplayNames(s.map.phases).get(card.stepId);
    return `${lane?.name || 'Untitled lane'} · ${step ?? 'Untitled step'}`;
  });
  const painNumber = useEditor((s) =>
    card.kind === 'pain-point' ? numberPainPoints(s.map).get(card.id) : undefined,
  );
  // Typing in one field is one undo step (the operation groups by field).
  const patch: Patch = (p) => void ctx.editor.run(cards.updateCard, { id: card.id, patch: p });
  const disabled = !editable;
  return (
    <div className="inspector__body">
      <p className="inspector__place">
        {painNumber ? <strong>Pain point {painNumber} · </strong> : null}
        In {place}
      </p>
      <SelectField<CardKind>
        label="Kind"
        value={card.kind}
        options={CARD_KINDS.map((k) => [k, CARD_KIND_LABELS[k]] as const)}
        disabled={disabled}
        onChange={(kind) => ctx.editor.run(cards.changeCardKind, { id: card.id, kind })}
        hint="Changing the kind keeps the title, description and marks."
      />
      <TextField
        label="Title"
        value={card.title}
        disabled={disabled}
        onChange={(title) => ctx.editor.run(cards.updateCard, { id: card.id, patch: { title } })}
      />
      <TextField
        label="Description"
        multiline
        maxLength={LIMITS.longText}
        value={card.description}
        disabled={disabled}
        onChange={(description) => patch({ description })}
      />
      <KindFields card={card} patch={patch} disabled={disabled} />
      <Section title="Marks">
        <SelectField
          label="Basis"
          value={card.basis ?? ''}
          options={BASIS_OPTIONS}
          disabled={disabled}
          onChange={(basis) => patch({ basis: basis === '' ? null : basis })}
        />
        <CheckboxField
          label="Moment of truth"
          checked={card.momentOfTruth !== null}
          disabled={disabled}
          onChange={(on) => patch({ momentOfTruth: on ? { reason: '' } : null })}
        />
        {card.momentOfTruth ? (
          <TextField
            label="Why it is a moment of truth"
            multiline
            maxLength={LIMITS.longText}
            value={card.momentOfTruth.reason}
            disabled={disabled}
            onChange={(reason) => patch({ momentOfTruth: { reason } })}
          />
        ) : null}
        <TagsField
          label="Tags"
          value={card.tags}
          disabled={disabled}
          onChange={(tags) => patch({ tags })}
        />
      </Section>
    </div>
  );
}

function KindFields({ card, patch, disabled }: { card: Card; patch: Patch; disabled: boolean }) {
  switch (card.kind) {
    case 'touchpoint':
      return (
        <SelectField
          label="Channel"
          value={card.channel}
          options={CHANNELS.map((c) => [c, CHANNEL_LABELS[c]] as const)}
          disabled={disabled}
          onChange={(channel) => patch({ channel })}
        />
      );
    case 'emotion':
      return (
        <SelectField
          label="Emotion"
          value={card.score === null ? '' : String(card.score)}
          options={SCORE_OPTIONS}
          disabled={disabled}
          onChange={(v) => patch({ score: v === '' ? null : Number(v) })}
        />
      );
    case 'pain-point':
      return (
        <SelectField
          label="Severity"
          value={card.severity ?? ''}
          options={SEVERITY_OPTIONS}
          disabled={disabled}
          onChange={(v) => patch({ severity: v === '' ? null : v })}
        />
      );
    case 'metric':
      return <MetricFields card={card} patch={patch} disabled={disabled} />;
    case 'evidence':
      return <EvidenceFields card={card} patch={patch} disabled={disabled} />;
    case 'recommendation':
      return <RecommendationFields card={card} patch={patch} disabled={disabled} />;
    default:
      return null;
  }
}

function MetricFields({
  card,
  patch,
  disabled,
}: {
  card: MetricCard;
  patch: Patch;
  disabled: boolean;
}) {
  const limit = LIMITS.coordinate;
  return (
    <Section title="Measure">
      <div className="field-row">
        <NumberField
          label="Value"
          value={card.value}
          min={-limit}
          max={limit}
          disabled={disabled}
          onChange={(value) => patch({ value })}
        />
        <NumberField
          label="Target"
          value={card.target}
          min={-limit}
          max={limit}
          disabled={disabled}
          onChange={(target) => patch({ target })}
        />
      </div>
      <TextField
        label="Unit"
        value={card.unit}
        disabled={disabled}
        onChange={(unit) => patch({ unit })}
        placeholder="%, days, score out of 10"
      />
      <SelectField
        label="Better when"
        value={card.direction}
        options={[
          ['higher-is-better', 'Higher is better'],
          ['lower-is-better', 'Lower is better'],
        ]}
        disabled={disabled}
        onChange={(direction) => patch({ direction })}
      />
      <div className="field-row">
        <NumberField
          label="Sample size"
          value={card.sampleSize}
          min={0}
          max={100_000_000}
          integer
          disabled={disabled}
          onChange={(sampleSize) => patch({ sampleSize })}
        />
        <DateField
          label="Measured on"
          value={card.date}
          disabled={disabled}
          onChange={(date) => patch({ date })}
        />
      </div>
    </Section>
  );
}

/** The three counts of comments on an evidence card, in the order they are shown. */
const TALLY_FIELDS = [
  ['positive', 'Positive'],
  ['neutral', 'Neutral'],
  ['negative', 'Negative'],
] as const;

function EvidenceFields({
  card,
  patch,
  disabled,
}: {
  card: EvidenceCard;
  patch: Patch;
  disabled: boolean;
}) {
  const setTally = (key: 'positive' | 'neutral' | 'negative', n: number | null) =>
    patch({ tallies: { ...card.tallies, [key]: n ?? 0 } });
  const setQuote = (id: string, change: Partial<{ text: string; participant: string }>) =>
    patch({ quotes: card.quotes.map((q) => (q.id === id ? { ...q, ...change } : q)) });
  return (
    <>
      <Section title="Comments counted">
        <div className="field-row field-row--3">
          {TALLY_FIELDS.map(([key, label]) => (
            <NumberField
              key={key}
              label={label}
              value={card.tallies[key]}
              min={0}
              max={1_000_000}
              integer
              nullable={false}
              disabled={disabled}
              onChange={(n) => setTally(key, n)}
            />
          ))}
        </div>
        <div className="field-row">
          <NumberField
            label="Participants who said it"
            value={card.participants.count}
            min={0}
            max={1_000_000}
            integer
            disabled={disabled}
            onChange={(count) => patch({ participants: { ...card.participants, count } })}
          />
          <NumberField
            label="Participants asked"
            value={card.participants.of}
            min={0}
            max={1_000_000}
            integer
            disabled={disabled}
            onChange={(of) => patch({ participants: { ...card.participants, of } })}
          />
        </div>
      </Section>
      <Section title="Quotes">
        {card.quotes.length === 0 ? <p className="field__hint">No quotes yet.</p> : null}
        <ol className="inspector__list">
          {card.quotes.map((quote, i) => (
            <li key={quote.id}>
              <TextField
                label={`Quote ${i + 1}`}
                multiline
                maxLength={LIMITS.longText}
                value={quote.text}
                disabled={disabled}
                onChange={(text) => setQuote(quote.id, { text })}
              />
              <TextField
                label={`Participant of quote ${i + 1}`}
                value={quote.participant}
                disabled={disabled}
                placeholder="P07"
                onChange={(participant) => setQuote(quote.id, { participant })}
              />
              <button
                type="button"
                className="button--danger"
                disabled={disabled}
                onClick={() => patch({ quotes: card.quotes.filter((q) => q.id !== quote.id) })}
              >
                Remove quote {i + 1}
              </button>
            </li>
          ))}
        </ol>
        <button
          type="button"
          disabled={disabled || card.quotes.length >= 1000}
          onClick={() =>
            patch({ quotes: [...card.quotes, { id: newId(), text: '', participant: '' }] })
          }
        >
          Add quote
        </button>
      </Section>
      <Section title="Source">
        <TextField
          label="Source"
          value={card.source}
          disabled={disabled}
          placeholder="Customer interviews, Q2"
          onChange={(source) => patch({ source })}
        />
        <UrlField
          label="Source link"
          value={card.sourceUrl}
          disabled={disabled}
          onChange={(sourceUrl) => patch({ sourceUrl })}
        />
      </Section>
    </>
  );
}

function RecommendationFields({
  card,
  patch,
  disabled,
}: {
  card: RecommendationCard;
  patch: Patch;
  disabled: boolean;
}) {
  const answerable = useEditor((s) => s.map.cards);
  const options = [
    ['', 'The step itself'] as const,
    ...answerable
      .filter(
        (c) =>
          c.id !== card.id &&
          (c.kind === 'pain-point' || c.kind === 'evidence' || c.kind === 'need'),
      )
      .map((c) => [c.id, `${CARD_KIND_LABELS[c.kind]}: ${c.title || 'Untitled'}`] as const),
  ];
  return (
    <>
      <Section title="Recommendation">
        <TextField
          label="Why"
          multiline
          maxLength={LIMITS.longText}
          value={card.why}
          disabled={disabled}
          onChange={(why) => patch({ why })}
        />
        <SelectField
          label="Answers"
          value={card.answers ?? ''}
          options={options}
          disabled={disabled}
          onChange={(v) => patch({ answers: v === '' ? null : v })}
        />
        <TextField
          label="Theme"
          value={card.theme}
          disabled={disabled}
          onChange={(theme) => patch({ theme })}
        />
        <TextField
          label="Owner"
          value={card.owner}
          disabled={disabled}
          onChange={(owner) => patch({ owner })}
        />
        <SelectField<RecommendationStatus>
          label="Status"
          value={card.status}
          options={STATUS_OPTIONS}
          disabled={disabled}
          onChange={(status) => patch({ status })}
        />
        <div className="field-row field-row--3">
          <DateField
            label="Target date"
            value={card.targetDate}
            disabled={disabled}
            onChange={(targetDate) => patch({ targetDate })}
          />
          <DateField
            label="Revised date"
            value={card.revisedDate}
            disabled={disabled}
            onChange={(revisedDate) => patch({ revisedDate })}
          />
          <DateField
            label="Completed"
            value={card.completedDate}
            disabled={disabled}
            onChange={(completedDate) => patch({ completedDate })}
          />
        </div>
      </Section>
      <ProgressLog card={card} patch={patch} disabled={disabled} />
    </>
  );
}

const today = () => new Date().toISOString().slice(0, 10);

function ProgressLog({
  card,
  patch,
  disabled,
}: {
  card: RecommendationCard;
  patch: Patch;
  disabled: boolean;
}) {
  const [date, setDate] = useState<string | null>(today());
  const [text, setText] = useState('');
  const [status, setStatus] = useState<RecommendationStatus>(card.status);
  return (
    <Section title="Progress updates">
      {card.progress.length === 0 ? <p className="field__hint">No updates yet.</p> : null}
      <ol className="inspector__list">
        {card.progress.map((update) => (
          <li key={update.id} className="progress-update">
            <p>
              <strong>{update.date}</strong> · {RECOMMENDATION_STATUS_LABELS[update.status]}
            </p>
            <p>{update.text}</p>
            <button
              type="button"
              className="button--danger"
              disabled={disabled}
              onClick={() => patch({ progress: card.progress.filter((p) => p.id !== update.id) })}
            >
              Remove update of {update.date}
            </button>
          </li>
        ))}
      </ol>
      <fieldset className="inspector__add" disabled={disabled}>
        <legend>New update</legend>
        <DateField label="Date of update" value={date} onChange={setDate} />
        <SelectField<RecommendationStatus>
          label="Status at update"
          value={status}
          options={STATUS_OPTIONS}
          onChange={setStatus}
        />
        <TextField
          label="Update"
          multiline
          maxLength={LIMITS.longText}
          value={text}
          onChange={setText}
        />
        <button
          type="button"
          disabled={disabled || text.trim() === '' || date === null}
          onClick={() => {
            if (date === null) return;
            patch({
              progress: [...card.progress, { id: newId(), date, text: text.trim(), status }],
              status,
            });
            setText('');
          }}
        >
          Add update
        </button>
      </fieldset>
    </Section>
  );
}
