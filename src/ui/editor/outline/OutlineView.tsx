/**
 * The outline: the whole map as text a screen reader can learn, in journey order (the model is
 * domain/outline.ts, which the report's "The map in words" reads too). Phases are level-3
 * headings, steps level-4 headings, and each step's cards a table whose row header is the
 * card's title and whose columns are its lane, kind, what it shows (channel, severity,
 * tallies, metric, status, number, marks), comments and votes, links and commands. Every card
 * is there, not only the ones the canvas has drawn. When the map can be edited, everything is
 * edited here by keyboard through the same editor operations and commands as the canvas:
 * card titles, moving a card up, down or to another cell, adding and deleting cards, and
 * adding, renaming and deleting phases, steps and lanes (OutlineCardRow.tsx, OutlineGrid.tsx).
 */
import { useEffect, useId, useMemo, useRef } from 'react';
import { useCan, useCommandContext, useEditor } from '../../../bindings/EditorProvider';
import { formatDate } from '../../../domain/dates';
import { laneDisplayName, outlineOf, type OutlineStep } from '../../../domain/outline';
import type { Lane, Phase } from '../../../domain/schema';
import { plural } from '../../../domain/words';
import { ClosePanel } from '../CommandButton';
import { OutlineCardRow, type CellChoices } from './OutlineCardRow';
import {
  AddCardForm,
  AddPhaseForm,
  OutlineLanes,
  PhaseControls,
  StepControls,
} from './OutlineGrid';
import { outlineId } from './outlineFocus';

/** The map as headings and tables (see the file comment), in place of the canvas. */
export function OutlineView({ onReveal }: { onReveal: (cardId: string) => void }) {
  const ctx = useCommandContext();
  const editable = useCan('edit');
  const title = useEditor((s) => s.map.title);
  const phases = useEditor((s) => s.map.phases);
  const lanes = useEditor((s) => s.map.lanes);
  const cards = useEditor((s) => s.map.cards);
  const links = useEditor((s) => s.map.links);
  const comments = useEditor((s) => s.map.comments);
  const voteRounds = useEditor((s) => s.map.voteRounds);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useOutlineFocus(headingRef);
  const outline = useMemo(
    () => outlineOf({ phases, lanes, cards, links, comments, voteRounds }),
    [phases, lanes, cards, links, comments, voteRounds],
  );
  const choices = useMemo<CellChoices>(
    () => ({
      phases: outline.phases.map((p) => ({
        id: p.phase.id,
        name: p.name,
        steps: p.steps.map((s) => ({
          id: s.step.id,
          name: s.name,
          phaseId: p.phase.id,
          phaseName: p.name,
        })),
      })),
      lanes: lanes.map((lane) => ({ id: lane.id, name: laneDisplayName(lane) })),
    }),
    [outline, lanes],
  );
  const { counts } = outline;
  return (
    <section className="outline" aria-labelledby={headingId}>
      <div className="outline__head">
        <h2 id={headingId} ref={headingRef} tabIndex={-1}>
          Outline of {title.trim() || 'this map'}
        </h2>
        <p className="outline__summary">
          {plural(counts.phases, 'phase')}, {plural(counts.steps, 'step')},{' '}
          {plural(counts.lanes, 'lane')}, {plural(counts.cards, 'card')}.
        </p>
        <ClosePanel
          label="Close outline"
          onClose={() => ctx.editor.view.getState().set({ outlineOpen: false })}
        />
      </div>
      {outline.phases.map(({ phase, name, steps }) => (
        <section key={phase.id} id={outlineId('phase', phase.id)} className="outline__phase">
          <h3>
            Phase: {name}
            {phase.startDate ? (
              <span className="outline__dates">
                {' '}
                ({formatDate(phase.startDate)}
                {phase.endDate ? ` – ${formatDate(phase.endDate)}` : ''})
              </span>
            ) : null}
          </h3>
          {editable ? <PhaseControls phase={phase} name={name} /> : null}
          {steps.map((step) => (
            <OutlineStepPart
              key={step.step.id}
              item={step}
              phase={phase}
              lanes={lanes}
              choices={choices}
              editable={editable}
              onReveal={onReveal}
            />
          ))}
        </section>
      ))}
      {editable ? <AddPhaseForm /> : null}
      {editable ? <OutlineLanes lanes={lanes} /> : null}
    </section>
  );
}

/**
 * Focus never falls to the page when the outline opens or closes: opened while focus was on the
 * canvas (now inert) it goes to the outline's heading; closed with focus inside it, it goes back
 * to the selected card, else the canvas's focused cell.
 */
function useOutlineFocus(headingRef: React.RefObject<HTMLHeadingElement | null>) {
  const ctx = useCommandContext();
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body || active.closest('[inert]'))
      headingRef.current?.focus();
    return () => {
      requestAnimationFrame(() => {
        const now = document.activeElement;
        if (now && now !== document.body && now.isConnected) return;
        const selected = ctx.editor.selectedCardIds[0];
        const cell = ctx.editor.view.getState().focusedCell;
        if (selected) ctx.canvas.focusCard(selected);
        else if (cell) ctx.canvas.focusCell(cell);
      });
    };
  }, [ctx, headingRef]);
}

/** One step: its heading, its controls, its cards as a table and "Add a card". */
function OutlineStepPart({
  item,
  phase,
  lanes,
  choices,
  editable,
  onReveal,
}: {
  item: OutlineStep;
  phase: Phase;
  lanes: readonly Lane[];
  choices: CellChoices;
  editable: boolean;
  onReveal: (cardId: string) => void;
}) {
  const { step, name, marks, cards } = item;
  return (
    <section id={outlineId('step', step.id)} className="outline__step">
      <h4>
        Step: {name}
        {marks ? ` · ${marks}` : ''}
      </h4>
      {editable ? <StepControls step={step} name={name} phase={phase} /> : null}
      {cards.length === 0 ? (
        <p className="outline__empty">No cards in this step.</p>
      ) : (
        <table className="outline__table">
          <caption className="visually-hidden">Cards in step {name}</caption>
          <thead>
            <tr>
              <th scope="col">Card</th>
              <th scope="col">Lane</th>
              <th scope="col">Kind</th>
              <th scope="col">Details</th>
              <th scope="col">Comments and votes</th>
              <th scope="col">Links to</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {cards.map((card, index) => (
              <OutlineCardRow
                key={card.card.id}
                item={card}
                stepName={name}
                place={{
                  first: cards[index - 1]?.lane.id !== card.lane.id,
                  last: cards[index + 1]?.lane.id !== card.lane.id,
                }}
                choices={choices}
                onReveal={onReveal}
              />
            ))}
          </tbody>
        </table>
      )}
      {editable ? <AddCardForm stepId={step.id} stepName={name} lanes={lanes} /> : null}
    </section>
  );
}
