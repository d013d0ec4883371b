/**
 * The outline's controls for the grid: rename, add and delete phases, steps and lanes, and add
 * a card to a lane of a step. Each runs the editor's grid or card operation (deleting goes
 * through the same commands as the canvas, which ask first when cards would go too), then
 * puts focus on the new or the neighbouring part, scrolled into view.
 */
import { useId, useState, type FormEvent } from 'react';
import { useCommandContext } from '../../../bindings/EditorProvider';
import {
  deleteLaneCommand,
  deletePhaseCommand,
  deleteStepCommand,
} from '../../../commands/gridCommands';
import { newId } from '../../../domain/ids';
import { laneDisplayName } from '../../../domain/outline';
import type { Lane, Phase, Step } from '../../../domain/schema';
import { LANE_KIND_LABELS, LANE_KINDS, type LaneKind } from '../../../domain/vocabulary';
import { cards as cardOps, grid } from '../../../editor/operations';
import { DraftField } from './DraftField';
import { byId, control, focusSoon, outlineId, selectSoon } from './outlineFocus';

/** The id of the "Add phase" name field and of the "Add lane" one (focus falls back to them). */
export const ADD_PHASE_FIELD = 'outline-add-phase-name';
const ADD_LANE_FIELD = 'outline-add-lane-name';

/** The ids of the parts before and after `id` in `list`, nearest first. */
function neighbours(list: readonly { id: string }[], id: string, kind: 'phase' | 'step' | 'lane') {
  const at = list.findIndex((item) => item.id === id);
  return [list[at + 1], list[at - 1]]
    .filter((item): item is { id: string } => item !== undefined)
    .map((item) => control(outlineId(kind, item.id), 'name'));
}

/** A phase's name, "Add step" and "Delete phase". */
export function PhaseControls({ phase, name }: { phase: Phase; name: string }) {
  const ctx = useCommandContext();
  const addStep = () => {
    const id = newId();
    ctx.editor.run(grid.addStep, { phaseId: phase.id, id, title: 'New step' });
    ctx.editor.view.getState().announce(`Added a step to phase ${name}`);
    selectSoon(control(outlineId('step', id), 'name'));
  };
  const remove = async () => {
    const phases = ctx.editor.map.phases;
    const next = neighbours(phases, phase.id, 'phase');
    if (!(await deletePhaseCommand(ctx, phase.id))) return;
    ctx.editor.view.getState().announce(`Deleted phase ${name}`);
    focusSoon(...next, byId(ADD_PHASE_FIELD));
  };
  return (
    <div className="outline__controls" role="group" aria-label={`Phase ${name}`}>
      <DraftField
        role="name"
        value={phase.name}
        label={`Name of phase ${name}`}
        onCommit={(value) =>
          ctx.editor.run(grid.updatePhase, { id: phase.id, patch: { name: value } })
        }
      />
      <button type="button" aria-label={`Add step to phase ${name}`} onClick={addStep}>
        Add step
      </button>
      <button type="button" aria-label={`Delete phase ${name}`} onClick={() => void remove()}>
        Delete phase
      </button>
    </div>
  );
}

/** A step's title and "Delete step". */
export function StepControls({ step, name, phase }: { step: Step; name: string; phase: Phase }) {
  const ctx = useCommandContext();
  const remove = async () => {
    const phases = ctx.editor.map.phases;
    const next = [
      ...neighbours(phase.steps, step.id, 'step'),
      ...neighbours(phases, phase.id, 'phase'),
    ];
    if (!(await deleteStepCommand(ctx, step.id))) return;
    ctx.editor.view.getState().announce(`Deleted step ${name}`);
    focusSoon(...next, byId(ADD_PHASE_FIELD));
  };
  return (
    <div className="outline__controls" role="group" aria-label={`Step ${name}`}>
      <DraftField
        role="name"
        value={step.title}
        label={`Title of step ${name}`}
        onCommit={(value) =>
          ctx.editor.run(grid.updateStep, { id: step.id, patch: { title: value } })
        }
      />
      <button type="button" aria-label={`Delete step ${name}`} onClick={() => void remove()}>
        Delete step
      </button>
    </div>
  );
}

/** "Add phase": a name, then the button; focus goes to the new phase's name. */
export function AddPhaseForm() {
  const ctx = useCommandContext();
  const [name, setName] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const id = newId();
    const given = name.trim() || 'New phase';
    ctx.editor.run(grid.addPhase, { id, name: given });
    ctx.editor.view.getState().announce(`Added phase ${given}`);
    setName('');
    focusSoon(control(outlineId('phase', id), 'name'));
  };
  return (
    <form className="outline__add" aria-label="Add a phase" onSubmit={submit}>
      <label htmlFor={ADD_PHASE_FIELD}>New phase</label>
      <input
        id={ADD_PHASE_FIELD}
        type="text"
        value={name}
        maxLength={500}
        onChange={(e) => setName(e.target.value)}
      />
      <button type="submit">Add phase</button>
    </form>
  );
}

/** The lanes, top to bottom: each one's name and "Delete lane", then "Add lane". */
export function OutlineLanes({ lanes }: { lanes: readonly Lane[] }) {
  const ctx = useCommandContext();
  const headingId = useId();
  const remove = async (lane: Lane) => {
    const next = neighbours(ctx.editor.map.lanes, lane.id, 'lane');
    if (!(await deleteLaneCommand(ctx, lane.id))) return;
    ctx.editor.view.getState().announce(`Deleted lane ${laneDisplayName(lane)}`);
    focusSoon(...next, byId(ADD_LANE_FIELD));
  };
  return (
    <section className="outline__lanes" aria-labelledby={headingId}>
      <h3 id={headingId}>Lanes</h3>
      <ul>
        {lanes.map((lane) => {
          const name = laneDisplayName(lane);
          return (
            <li key={lane.id} id={outlineId('lane', lane.id)} className="outline__controls">
              <DraftField
                role="name"
                value={lane.name}
                label={`Name of lane ${name}`}
                onCommit={(value) =>
                  ctx.editor.run(grid.updateLane, { id: lane.id, patch: { name: value } })
                }
              />
              <span className="outline__kind">{LANE_KIND_LABELS[lane.kind]}</span>
              <button
                type="button"
                aria-label={`Delete lane ${name}`}
                onClick={() => void remove(lane)}
              >
                Delete lane
              </button>
            </li>
          );
        })}
      </ul>
      <AddLaneForm />
    </section>
  );
}

/** "Add lane": a name and a kind, then the button; focus goes to the new lane's name. */
function AddLaneForm() {
  const ctx = useCommandContext();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<LaneKind>('custom');
  const kindId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const id = newId();
    ctx.editor.run(grid.addLane, { id, kind, name: name.trim() || undefined });
    ctx.editor.view.getState().announce(`Added lane ${name.trim() || LANE_KIND_LABELS[kind]}`);
    setName('');
    focusSoon(control(outlineId('lane', id), 'name'));
  };
  return (
    <form className="outline__add" aria-label="Add a lane" onSubmit={submit}>
      <label htmlFor={ADD_LANE_FIELD}>New lane</label>
      <input
        id={ADD_LANE_FIELD}
        type="text"
        value={name}
        maxLength={500}
        onChange={(e) => setName(e.target.value)}
      />
      <label htmlFor={kindId}>Kind</label>
      <select id={kindId} value={kind} onChange={(e) => setKind(e.target.value as LaneKind)}>
        {LANE_KINDS.map((k) => (
          <option key={k} value={k}>
            {LANE_KIND_LABELS[k]}
          </option>
        ))}
      </select>
      <button type="submit">Add lane</button>
    </form>
  );
}

/** "Add a card" to one lane of a step, with a title: the canvas's addCard operation. */
export function AddCardForm({
  stepId,
  stepName,
  lanes,
}: {
  stepId: string;
  stepName: string;
  lanes: readonly Lane[];
}) {
  const ctx = useCommandContext();
  const id = useId();
  const [laneId, setLaneId] = useState(lanes[0]?.id ?? '');
  const [title, setTitle] = useState('');
  if (lanes.length === 0) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const lane = lanes.find((l) => l.id === laneId) ?? lanes[0];
    if (!lane) return;
    ctx.editor.run(cardOps.addCard, { cell: { laneId: lane.id, stepId }, title: title.trim() });
    ctx.editor.view
      .getState()
      .announce(`Added a card to step ${stepName}, lane ${laneDisplayName(lane)}`);
    setTitle('');
    // Focus stays in the form, ready for the next card.
    document.getElementById(`${id}-title`)?.focus();
  };
  return (
    <form className="outline__add" onSubmit={submit} aria-label={`Add a card to step ${stepName}`}>
      <label htmlFor={`${id}-lane`}>Lane</label>
      <select
        id={`${id}-lane`}
        data-outline="add-lane"
        value={laneId}
        onChange={(e) => setLaneId(e.target.value)}
      >
        {lanes.map((lane) => (
          <option key={lane.id} value={lane.id}>
            {laneDisplayName(lane)}
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
