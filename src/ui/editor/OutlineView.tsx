/**
 * The outline: the whole map as text a screen reader can learn, in journey order. Phases are
 * level-3 headings, steps level-4 headings, and each step's cards a table whose row header is
 * the card's title and whose columns are its lane, kind, what it shows (channel, severity,
 * tallies, metric, status, number, marks), comments and votes, and links. Every card is there,
 * not only the ones the canvas has drawn. Titles are edited in place, cards added to a lane of a
 * step and deleted, all through the same editor operations and commands as the canvas.
 */
import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useCan, useCommandContext, useEditor } from '../../bindings/EditorProvider';
import { badgeText, useCardBadges } from '../../canvas/cardBadges';
import { CARD_KIND_REGISTRY, describeCard, emotionText } from '../../domain/kinds';
import { stepDisplayNames } from '../../domain/names';
import { numberPainPoints } from '../../domain/painPoints';
import type { Card, Lane } from '../../domain/schema';
import { formatDate } from '../../domain/dates';
import { plural } from '../../domain/words';
import { cards as cardOps } from '../../editor/operations';
import { ClosePanel } from './CommandButton';

/** Journey order: phase, step, then lane (top to bottom), then order in the cell. */
function cardsByStep(lanes: readonly Lane[], cards: readonly Card[]) {
  const laneIndex = new Map(lanes.map((lane, i) => [lane.id, i]));
  const byStep = new Map<string, Card[]>();
  for (const card of cards) {
    if (!laneIndex.has(card.laneId)) continue;
    const list = byStep.get(card.stepId);
    if (list) list.push(card);
    else byStep.set(card.stepId, [card]);
  }
  for (const list of byStep.values())
    list.sort(
      (a, b) =>
        (laneIndex.get(a.laneId) ?? 0) - (laneIndex.get(b.laneId) ?? 0) || a.order - b.order,
    );
  return byStep;
}

/** The map as headings and tables (see the file comment), in place of the canvas. */
export function OutlineView({ onReveal }: { onReveal: (cardId: string) => void }) {
  const ctx = useCommandContext();
  const title = useEditor((s) => s.map.title);
  const phases = useEditor((s) => s.map.phases);
  const lanes = useEditor((s) => s.map.lanes);
  const cards = useEditor((s) => s.map.cards);
  const links = useEditor((s) => s.map.links);
  const headingId = useId();
  const stepNames = useMemo(() => stepDisplayNames(phases), [phases]);
  const byStep = useMemo(() => cardsByStep(lanes, cards), [lanes, cards]);
  const painNumbers = useMemo(
    () => numberPainPoints({ ...ctx.editor.map, phases, lanes, cards }),
    [ctx.editor, phases, lanes, cards],
  );
  const titles = useMemo(() => new Map(cards.map((c) => [c.id, c.title.trim()])), [cards]);
  const linksFrom = useMemo(() => {
    const out = new Map<string, string[]>();
    for (const link of links) out.set(link.from, [...(out.get(link.from) ?? []), link.to]);
    return out;
  }, [links]);
  const laneName = (id: string) =>
    lanes.find((lane) => lane.id === id)?.name.trim() || 'Untitled lane';
  return (
    <section className="outline" aria-labelledby={headingId}>
      <div className="outline__head">
        <h2 id={headingId}>Outline of {title.trim() || 'this map'}</h2>
        <p className="outline__summary">
          {plural(phases.length, 'phase')}, {plural(stepNames.size, 'step')},{' '}
          {plural(lanes.length, 'lane')}, {plural(cards.length, 'card')}.
        </p>
        <ClosePanel
          label="Close outline"
          onClose={() => ctx.editor.view.getState().set({ outlineOpen: false })}
        />
      </div>
      {phases.map((phase) => (
        <section key={phase.id} className="outline__phase">
          <h3>
            Phase: {phase.name.trim() || 'Untitled phase'}
            {phase.startDate ? (
              <span className="outline__dates">
                {' '}
                ({formatDate(phase.startDate)}
                {phase.endDate ? ` – ${formatDate(phase.endDate)}` : ''})
              </span>
            ) : null}
          </h3>
          {phase.steps.map((step) => {
            const stepName = stepNames.get(step.id) ?? 'Untitled step';
            const list = byStep.get(step.id) ?? [];
            return (
              <section key={step.id} className="outline__step">
                <h4>
                  Step: {stepName}
                  {step.emotionScore !== null
                    ? ` · emotion ${emotionText(step.emotionScore).toLowerCase()} (${step.emotionScore > 0 ? '+' : ''}${step.emotionScore})`
                    : ''}
                  {step.momentOfTruth ? ' · moment of truth' : ''}
                </h4>
                {list.length === 0 ? (
                  <p className="outline__empty">No cards in this step.</p>
                ) : (
                  <table className="outline__table">
                    <caption className="visually-hidden">Cards in step {stepName}</caption>
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
                      {list.map((card) => (
                        <OutlineRow
                          key={card.id}
                          card={card}
                          stepName={stepName}
                          laneName={laneName(card.laneId)}
                          painNumber={painNumbers.get(card.id) ?? null}
                          linksTo={(linksFrom.get(card.id) ?? []).map((id) => ({
                            id,
                            title: titles.get(id) || 'Untitled',
                          }))}
                          onReveal={onReveal}
                        />
                      ))}
                    </tbody>
                  </table>
                )}
                <AddCardForm stepId={step.id} stepName={stepName} lanes={lanes} />
              </section>
            );
          })}
        </section>
      ))}
    </section>
  );
}

/** One card as a table row; its title is the row header and, when editable, a text field. */
function OutlineRow({
  card,
  stepName,
  laneName,
  painNumber,
  linksTo,
  onReveal,
}: {
  card: Card;
  stepName: string;
  laneName: string;
  painNumber: number | null;
  linksTo: { id: string; title: string }[];
  onReveal: (cardId: string) => void;
}) {
  const ctx = useCommandContext();
  const editable = useCan('edit');
  const badges = useCardBadges(card.id);
  const kind = CARD_KIND_REGISTRY[card.kind].label;
  const title = card.title.trim() || 'Untitled';
  const where = `${kind}: ${title}, step ${stepName}, lane ${laneName}`;
  const details = describeCard(card, { painNumber }).description;
  const rowRef = useRef<HTMLTableRowElement>(null);
  const remove = () => {
    // Focus moves to the next row's delete button, else the previous one, else the add form.
    const row = rowRef.current;
    const next = (row?.nextElementSibling ?? row?.previousElementSibling) as HTMLElement | null;
    const section = row?.closest('.outline__step');
    ctx.editor.run(cardOps.deleteCards, { ids: [card.id] });
    ctx.editor.view.getState().announce(`Deleted ${where}`);
    requestAnimationFrame(() => {
      const target =
        (next?.isConnected ? next.querySelector<HTMLElement>('input, button') : null) ??
        section?.querySelector<HTMLElement>('.outline__add select');
      target?.focus();
    });
  };
  return (
    <tr ref={rowRef} id={`outline-card-${card.id}`}>
      <th scope="row">
        {editable ? (
          <input
            type="text"
            className="outline__title"
            aria-label={`Title of ${kind.toLowerCase()} card, step ${stepName}, lane ${laneName}`}
            defaultValue={card.title}
            key={card.title}
            maxLength={500}
            onKeyDown={(event) => {
              if (event.key === 'Enter') event.currentTarget.blur();
            }}
            onBlur={(event) => {
              const value = event.currentTarget.value;
              if (value !== card.title)
                ctx.editor.run(cardOps.updateCard, { id: card.id, patch: { title: value } });
            }}
          />
        ) : (
          title
        )}
      </th>
      <td>{laneName}</td>
      <td>{kind}</td>
      <td>{details || '—'}</td>
      <td>{badgeText(badges) || 'None'}</td>
      <td>
        {linksTo.length === 0 ? (
          '—'
        ) : (
          <ul className="outline__links">
            {linksTo.map((link) => (
              <li key={link.id}>
                <a href={`#outline-card-${link.id}`} onClick={(e) => jumpTo(e, link.id)}>
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
          aria-label={`Show on canvas: ${where}`}
          onClick={() => onReveal(card.id)}
        >
          Show on canvas
        </button>
        {editable ? (
          <button type="button" aria-label={`Delete ${where}`} onClick={remove}>
            Delete
          </button>
        ) : null}
      </td>
    </tr>
  );
}

/** In-page links keep the hash router's route: focus the linked row's title instead. */
function jumpTo(event: React.MouseEvent, cardId: string) {
  event.preventDefault();
  const row = document.getElementById(`outline-card-${cardId}`);
  row?.querySelector<HTMLElement>('input, button')?.focus();
}

/** "Add a card" to one lane of a step, with a title: the canvas's addCard operation. */
function AddCardForm({
  stepId,
  stepName,
  lanes,
}: {
  stepId: string;
  stepName: string;
  lanes: readonly Lane[];
}) {
  const ctx = useCommandContext();
  const editable = useCan('edit');
  const id = useId();
  const [laneId, setLaneId] = useState(lanes[0]?.id ?? '');
  const [title, setTitle] = useState('');
  if (!editable || lanes.length === 0) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const lane = lanes.find((l) => l.id === laneId) ?? lanes[0];
    if (!lane) return;
    ctx.editor.run(cardOps.addCard, { cell: { laneId: lane.id, stepId }, title: title.trim() });
    ctx.editor.view.getState().announce(`Added a card to step ${stepName}, lane ${lane.name}`);
    setTitle('');
    // Focus stays in the form, ready for the next card.
    document.getElementById(`${id}-title`)?.focus();
  };
  return (
    <form className="outline__add" onSubmit={submit} aria-label={`Add a card to step ${stepName}`}>
      <label htmlFor={`${id}-lane`}>Lane</label>
      <select id={`${id}-lane`} value={laneId} onChange={(e) => setLaneId(e.target.value)}>
        {lanes.map((lane) => (
          <option key={lane.id} value={lane.id}>
            {lane.name.trim() || 'Untitled lane'}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-title`}>Title</label>
      <input
        id={`${id}-title`}
        type="text"
        value={title}
        maxLength={500}
        onChange={(e) => setTitle(e.target.value)}
      />
      <button type="submit">Add card</button>
    </form>
  );
}
