/**
 * One card of the outline as a table row: its title (the row header, a text field when the map
 * can be edited), lane, kind, what it shows, comments and votes, links, and its commands: show
 * on canvas, move up or down in its cell, move to another cell (step × lane), delete. Each
 * command is one editor operation, and focus lands on the same control of the moved row, or on
 * the next row after a delete.
 */
import { useId, useState, type FormEvent } from 'react';
import { useCan, useCommandContext } from '../../../bindings/EditorProvider';
import { tallyText, type OutlineCard } from '../../../domain/outline';
import { cards as cardOps } from '../../../editor/operations';
import { DraftField } from './DraftField';
import { control, focusSoon, outlineId } from './outlineFocus';

/** A step the move form offers, under its phase. */
export interface StepChoice {
  id: string;
  name: string;
  phaseId: string;
  phaseName: string;
}

/** A lane the move form offers. */
export interface LaneChoice {
  id: string;
  name: string;
}

/** Where a card can go: every step (by phase) and every lane of the map. */
export interface CellChoices {
  phases: { id: string; name: string; steps: StepChoice[] }[];
  lanes: LaneChoice[];
}

/** One card as a table row (see the file comment). */
export function OutlineCardRow({
  item,
  stepName,
  place,
  choices,
  onReveal,
}: {
  item: OutlineCard;
  stepName: string;
  /** Its place in its cell: first, last, both (alone) or neither. */
  place: { first: boolean; last: boolean };
  choices: CellChoices;
  onReveal: (cardId: string) => void;
}) {
  const ctx = useCommandContext();
  const editable = useCan('edit');
  const [moving, setMoving] = useState(false);
  const { card } = item;
  const where = `${item.kind}: ${item.title}, step ${stepName}, lane ${item.laneName}`;
  const rowId = outlineId('card', card.id);
  const announce = (text: string) => ctx.editor.view.getState().announce(text);

  const remove = (event: React.MouseEvent<HTMLButtonElement>) => {
    // Focus moves to the next row's title, else the previous one's, else the step's add form.
    const row = event.currentTarget.closest('tr');
    const next = row?.nextElementSibling?.id;
    const previous = row?.previousElementSibling?.id;
    const stepPart = outlineId('step', card.stepId);
    ctx.editor.run(cardOps.deleteCards, { ids: [card.id] });
    announce(`Deleted ${where}`);
    focusSoon(
      ...[next, previous].filter((id): id is string => !!id).map((id) => control(id, 'title')),
      ...[next, previous].filter((id): id is string => !!id).map((id) => control(id, 'reveal')),
      control(stepPart, 'add-lane'),
    );
  };

  const reorder = (delta: -1 | 1) => {
    const edge = delta < 0 ? place.first : place.last;
    if (edge) {
      announce(`${item.title} is already ${delta < 0 ? 'first' : 'last'} in its cell`);
      return;
    }
    ctx.editor.run(cardOps.reorderCards, { ids: [card.id], delta });
    announce(`Moved ${item.title} ${delta < 0 ? 'up' : 'down'}`);
    focusSoon(control(rowId, delta < 0 ? 'up' : 'down'));
  };

  return (
    <tr id={rowId}>
      <th scope="row">
        {editable ? (
          <DraftField
            multiline
            role="title"
            value={card.title}
            label={`Title of ${item.kind.toLowerCase()} card, step ${stepName}, lane ${item.laneName}`}
            onCommit={(title) =>
              ctx.editor.run(cardOps.updateCard, { id: card.id, patch: { title } })
            }
          />
        ) : (
          item.title
        )}
      </th>
      <td>{item.laneName}</td>
      <td>{item.kind}</td>
      <td>{item.details || '—'}</td>
      <td>{tallyText(item) || 'None'}</td>
      <td>
        {item.linksTo.length === 0 ? (
          '—'
        ) : (
          <ul className="outline__links">
            {item.linksTo.map((link) => (
              <li key={link.id}>
                <a href={`#${outlineId('card', link.id)}`} onClick={(e) => jumpTo(e, link.id)}>
                  {link.title}
                </a>
              </li>
            ))}
          </ul>
        )}
      </td>
      <td className="outline__actions">
        <button
          type="button"
          data-outline="reveal"
          aria-label={`Show on canvas: ${where}`}
          onClick={() => onReveal(card.id)}
        >
          Show on canvas
        </button>
        {editable ? (
          <>
            <button
              type="button"
              data-outline="up"
              aria-label={`Move up: ${where}`}
              onClick={() => reorder(-1)}
            >
              Move up
            </button>
            <button
              type="button"
              data-outline="down"
              aria-label={`Move down: ${where}`}
              onClick={() => reorder(1)}
            >
              Move down
            </button>
            <button
              type="button"
              data-outline="move"
              aria-label={`Move to…: ${where}`}
              aria-expanded={moving}
              onClick={() => setMoving((open) => !open)}
            >
              Move to…
            </button>
            <button type="button" aria-label={`Delete ${where}`} onClick={remove}>
              Delete
            </button>
            {moving ? (
              <MoveForm
                item={item}
                choices={choices}
                onDone={() => {
                  setMoving(false);
                  focusSoon(control(rowId, 'move'));
                }}
              />
            ) : null}
          </>
        ) : null}
      </td>
    </tr>
  );
}

/** "Move to": a step (by phase) and a lane, then Move; Esc or Cancel closes it. */
function MoveForm({
  item,
  choices,
  onDone,
}: {
  item: OutlineCard;
  choices: CellChoices;
  onDone: () => void;
}) {
  const ctx = useCommandContext();
  const id = useId();
  const [stepId, setStepId] = useState(item.card.stepId);
  const [laneId, setLaneId] = useState(item.card.laneId);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const step = choices.phases.flatMap((p) => p.steps).find((s) => s.id === stepId);
    const lane = choices.lanes.find((l) => l.id === laneId);
    if (!step || !lane) return;
    ctx.editor.run(cardOps.moveCards, { ids: [item.card.id], target: { stepId, laneId } });
    ctx.editor.view
      .getState()
      .announce(`Moved ${item.title} to step ${step.name}, lane ${lane.name}`);
    onDone();
  };
  return (
    <form
      className="outline__move"
      aria-label={`Move ${item.title} to`}
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onDone();
        }
      }}
    >
      <label htmlFor={`${id}-step`}>Step</label>
      <select
        id={`${id}-step`}
        value={stepId}
        autoFocus
        onChange={(e) => setStepId(e.target.value)}
      >
        {choices.phases.map((phase) => (
          <optgroup key={phase.id} label={phase.name}>
            {phase.steps.map((step) => (
              <option key={step.id} value={step.id}>
                {step.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <label htmlFor={`${id}-lane`}>Lane</label>
      <select id={`${id}-lane`} value={laneId} onChange={(e) => setLaneId(e.target.value)}>
        {choices.lanes.map((lane) => (
          <option key={lane.id} value={lane.id}>
            {lane.name}
          </option>
        ))}
      </select>
      <button type="submit">Move</button>
      <button type="button" onClick={onDone}>
        Cancel
      </button>
    </form>
  );
}

/** In-page links keep the hash router's route: focus the linked row's title instead. */
function jumpTo(event: React.MouseEvent, cardId: string) {
  event.preventDefault();
  const row = document.getElementById(outlineId('card', cardId));
  row?.querySelector<HTMLElement>('textarea, button')?.focus();
}
