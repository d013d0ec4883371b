/**
 * The panel on the right: the selected card's fields, or the selected phase, step, lane or
 * link, or (with nothing selected) the map's display settings.
 */
import { useCan, useCommandContext, useEditor, useView } from '../../bindings/EditorProvider';
import { memo, useDeferredValue } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { StepEmotionSource } from '../evidence/StepEmotionSource';
import { StepSentiment } from '../evidence/StepSentiment';
import {
  deleteLaneCommand,
  deletePhaseCommand,
  deleteStepCommand,
} from '../../commands/gridCommands';
import { cardById } from '../../domain/cards';
import { findStep } from '../../domain/edits';
import { stepName } from '../../domain/names';
import { stepEmotion } from '../../domain/stepEmotion';
import { grid, links } from '../../editor/operations';
import type { Lane, Link, Phase, Step } from '../../domain/schema';
import { LIMITS } from '../../domain/schema';
import {
  CARD_KIND_LABELS,
  EMOTION_LABELS,
  EMOTION_SCORES,
  EXPERIENCE_SIDE_LABELS,
  EXPERIENCE_SIDES,
  LANE_KIND_LABELS,
  LANE_KINDS,
  type LaneKind,
} from '../../domain/vocabulary';
import { useHeldWhilePressed } from '../common/useHeldWhilePressed';
import { CardInspector } from './CardInspector';
import { MapDetailsPanel } from './MapDetailsPanel';
import { RatingField } from './RatingField';
import { ClosePanel, CommandButton } from './CommandButton';
import { CheckboxField, DateField, NumberField, SelectField, TextField } from './fields';

/**
 * The inspector panel: what is selected, with its fields (read only unless the map may be edited
 * here).
 */
export function Inspector() {
  const ctx = useCommandContext();
  const editable = useCan('edit');
  // Which card the panel shows follows the selection once no pointer is pressed, in a render
  // of its own that React can interrupt: pressing on a card to drag it selects it, and the
  // drag's frames should not wait for the panel to fill in (issue 17). The card's fields
  // themselves follow the map at once, so typing in the panel never lags.
  const { count: selectedCount, id: shownId } = useDeferredValue(
    useHeldWhilePressed(
      useEditor(
        useShallow((s) => ({
          count: s.selectedCardIds.length,
          id: s.selectedCardIds.length === 1 ? (s.selectedCardIds[0] ?? null) : null,
        })),
      ),
    ),
  );
  const card = useEditor((s) => (shownId === null ? null : cardById(s.map.cards, shownId)));
  const target = useView((s) => s.inspectorTarget);
  const linkId = useView((s) => s.selectedLinkId);
  const header = useEditor(
    useShallow((s) => {
      if (!target) return { phase: null, step: null, lane: null };
      if (target.kind === 'phase')
        return {
          phase: s.map.phases.find((p) => p.id === target.id) ?? null,
          step: null,
          lane: null,
        };
      if (target.kind === 'step')
        return { phase: null, step: findStep(s.map, target.id)?.step ?? null, lane: null };
      return { phase: null, step: null, lane: s.map.lanes.find((l) => l.id === target.id) ?? null };
    }),
  );
  const link = useEditor((s) =>
    linkId ? (s.map.links.find((l) => l.id === linkId) ?? null) : null,
  );

  let title = 'Map';
  let body: React.ReactNode = <MapSettings />;
  if (card) {
    title = `${CARD_KIND_LABELS[card.kind]} card`;
    body = <CardInspector key={card.id} card={card} editable={editable} />;
  } else if (selectedCount > 1) {
    title = `${selectedCount} cards selected`;
    body = <SelectionActions />;
  } else if (link) {
    title = 'Link';
    body = <LinkInspector link={link} editable={editable} />;
  } else if (header.phase) {
    title = 'Phase';
    body = <PhaseInspector key={header.phase.id} phase={header.phase} editable={editable} />;
  } else if (header.step) {
    title = 'Step';
    body = <StepInspector key={header.step.id} step={header.step} editable={editable} />;
  } else if (header.lane) {
    title = 'Lane';
    body = <LaneInspector key={header.lane.id} lane={header.lane} editable={editable} />;
  }

  return (
    <aside className="inspector" aria-labelledby="inspector-title">
      <div className="inspector__head">
        <h2 id="inspector-title">{title}</h2>
        <ClosePanel
          label="Close inspector"
          onClose={() => ctx.editor.view.getState().set({ inspectorOpen: false })}
        />
      </div>
      {!editable ? (
        <p className="notice notice--warning inspector__readonly">
          This map can only be viewed here, not changed.
        </p>
      ) : null}
      {body}
    </aside>
  );
}

function SelectionActions() {
  return (
    <div className="inspector__body">
      <p>
        Drag them to another cell, or use the toolbar: delete, duplicate, link two cards, zoom to
        them. Alt and an arrow key moves them to the next cell.
      </p>
    </div>
  );
}

const MapSettings = memo(function MapSettings() {
  const editable = useCan('edit');
  return (
    <div className="inspector__body">
      <p>Select a card, or a phase, step or lane header, to see and change its details here.</p>
      <p className="field__hint only-mouse">
        Double-click a cell to add a card; drag kinds from the palette; press ? for keyboard
        shortcuts.
      </p>
      <p className="field__hint only-touch">
        Tap a cell, then a kind in the palette, to add a card; tap a card, then drag it, to move it.
      </p>
      <div className="inspector__actions">
        <CommandButton id="toggleLineOfVisibility" text="Show line of visibility" />
        <CommandButton id="toggleEmotionCurve" text="Show emotion curve" />
      </div>
      <MapDetailsPanel editable={editable} />
    </div>
  );
});

function LinkInspector({ link, editable }: { link: Link; editable: boolean }) {
  const ctx = useCommandContext();
  const ends = useEditor(
    useShallow((s) => ({
      from: cardById(s.map.cards, link.from)?.title ?? '',
      to: cardById(s.map.cards, link.to)?.title ?? '',
    })),
  );
  const update = (patch: Partial<Pick<Link, 'kind' | 'label'>>) =>
    ctx.editor.run(links.updateLink, { id: link.id, patch });
  return (
    <div className="inspector__body">
      <p>
        From “{ends.from || 'Untitled'}” to “{ends.to || 'Untitled'}”.
      </p>
      <SelectField
        label="Kind of link"
        value={link.kind}
        options={[
          ['flow', 'Flow (what comes next)'],
          ['cause', 'Cause (what leads to it)'],
        ]}
        disabled={!editable}
        onChange={(kind) => update({ kind })}
      />
      <TextField
        label="Label"
        value={link.label}
        disabled={!editable}
        onChange={(label) => update({ label })}
      />
      <button
        type="button"
        className="button--danger"
        disabled={!editable}
        onClick={() => {
          ctx.editor.run(links.deleteLink, { id: link.id });
          ctx.editor.view.getState().set({ selectedLinkId: null });
        }}
      >
        Delete link
      </button>
    </div>
  );
}

function PhaseInspector({ phase, editable }: { phase: Phase; editable: boolean }) {
  const ctx = useCommandContext();
  const patch = (p: Partial<Omit<Phase, 'id' | 'steps'>>) =>
    ctx.editor.run(grid.updatePhase, { id: phase.id, patch: p });
  return (
    <div className="inspector__body">
      <TextField
        label="Phase name"
        value={phase.name}
        disabled={!editable}
        onChange={(name) => patch({ name })}
      />
      <TextField
        label="Description"
        multiline
        maxLength={LIMITS.longText}
        value={phase.description}
        disabled={!editable}
        onChange={(description) => patch({ description })}
      />
      <div className="field-row">
        <DateField
          label="Start date"
          value={phase.startDate}
          disabled={!editable}
          onChange={(startDate) => patch({ startDate })}
        />
        <DateField
          label="End date"
          value={phase.endDate}
          disabled={!editable}
          onChange={(endDate) => patch({ endDate })}
        />
      </div>
      <p className="field__hint">
        {phase.steps.length} {phase.steps.length === 1 ? 'step' : 'steps'}.
      </p>
      <button
        type="button"
        className="button--danger"
        disabled={!editable}
        onClick={() => void deletePhaseCommand(ctx, phase.id)}
      >
        Delete phase
      </button>
    </div>
  );
}

function StepInspector({ step, editable }: { step: Step; editable: boolean }) {
  const ctx = useCommandContext();
  const shownName = useEditor((s) => stepName(s.map.phases, step.id));
  const cards = useEditor((s) => s.map.cards);
  // The curve's point: the step's own score, else its emotion cards' (domain/stepEmotion.ts).
  const shown = stepEmotion(step, cards);
  const patch = (p: Partial<Omit<Step, 'id'>>) =>
    ctx.editor.run(grid.updateStep, { id: step.id, patch: p });
  return (
    <div className="inspector__body">
      <TextField
        label="Step title"
        value={step.title}
        placeholder={`None yet: called “${shownName}” after its phase`}
        disabled={!editable}
        onChange={(title) => patch({ title })}
      />
      <TextField
        label="Description"
        multiline
        maxLength={LIMITS.longText}
        value={step.description}
        disabled={!editable}
        onChange={(description) => patch({ description })}
      />
      <SelectField
        label="Emotion at this step"
        value={step.emotionScore === null ? '' : String(step.emotionScore)}
        options={[
          ['', 'Not set (its emotion cards decide, else a gap)'],
          ...EMOTION_SCORES.map(
            (s) => [String(s), `${s > 0 ? '+' : ''}${s} ${EMOTION_LABELS[s]}`] as const,
          ),
        ]}
        disabled={!editable}
        onChange={(v) =>
          patch({ emotionScore: v === '' ? null : Number(v), emotionSource: 'manual' })
        }
        hint={
          step.emotionSource === 'evidence' && step.emotionScore !== null
            ? 'Worked out from the evidence tallies.'
            : shown.origin === 'cards' && shown.score !== null
              ? `The curve shows ${shown.score > 0 ? '+' : ''}${shown.score} (${EMOTION_LABELS[shown.score].toLowerCase()}), from its emotion ${shown.cardScores.length === 1 ? 'card' : 'cards'}.`
              : undefined
        }
      />
      <StepEmotionSource stepId={step.id} />
      <StepSentiment stepId={step.id} showEmpty />
      <CheckboxField
        label="Moment of truth"
        checked={step.momentOfTruth !== null}
        disabled={!editable}
        onChange={(on) => patch({ momentOfTruth: on ? { reason: '' } : null })}
      />
      {step.momentOfTruth ? (
        <TextField
          label="Why it is a moment of truth"
          multiline
          maxLength={LIMITS.longText}
          value={step.momentOfTruth.reason}
          disabled={!editable}
          onChange={(reason) => patch({ momentOfTruth: { reason } })}
        />
      ) : null}
      <RatingField
        label="Rating of this step"
        value={step.rating}
        disabled={!editable}
        onChange={(rating) => patch({ rating })}
      />
      <NumberField
        label="Column width (pixels)"
        value={step.width}
        min={80}
        max={4000}
        integer
        disabled={!editable}
        hint="Empty for the default width."
        onChange={(width) => patch({ width })}
      />
      <button
        type="button"
        className="button--danger"
        disabled={!editable}
        onClick={() => void deleteStepCommand(ctx, step.id)}
      >
        Delete step
      </button>
    </div>
  );
}

function LaneInspector({ lane, editable }: { lane: Lane; editable: boolean }) {
  const ctx = useCommandContext();
  const patch = (p: Partial<Omit<Lane, 'id'>>) =>
    ctx.editor.run(grid.updateLane, { id: lane.id, patch: p });
  return (
    <div className="inspector__body">
      <TextField
        label="Lane name"
        value={lane.name}
        disabled={!editable}
        onChange={(name) => patch({ name })}
      />
      <SelectField<LaneKind>
        label="Lane kind"
        value={lane.kind}
        options={LANE_KINDS.map((k) => [k, LANE_KIND_LABELS[k]] as const)}
        disabled={!editable}
        onChange={(kind) => patch({ kind })}
        hint="The kind decides which card a double-click adds here."
      />
      <SelectField
        label="Side"
        value={lane.side}
        options={EXPERIENCE_SIDES.map((side) => [side, EXPERIENCE_SIDE_LABELS[side]] as const)}
        hint="A service blueprint draws the lines of interaction, visibility and internal interaction between these."

        disabled={!editable}
        onChange={(side) => patch({ side })}
      />
      <TextField
        label="Note"
        multiline
        maxLength={LIMITS.longText}
        value={lane.note}
        disabled={!editable}
        onChange={(note) => patch({ note })}
      />
      <NumberField
        label="Minimum height (pixels)"
        value={lane.height}
        min={40}
        max={4000}
        integer
        disabled={!editable}
        hint="Empty for the default; lanes grow to fit their cards."
        onChange={(height) => patch({ height })}
      />
      <button
        type="button"
        className="button--danger"
        disabled={!editable}
        onClick={() => void deleteLaneCommand(ctx, lane.id)}
      >
        Delete lane
      </button>
    </div>
  );
}
