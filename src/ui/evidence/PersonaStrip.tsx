import { useId, useState, type ReactNode } from 'react';
import { createPersona, PERSONA_LISTS } from '../../domain/personas';
import { newId } from '../../domain/ids';
import type { Persona } from '../../domain/schema';
import { useEditor, useEditorApi } from '../../bindings/EditorProvider';
import { evidence } from '../../editor/operations';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { PersonaForm } from './PersonaForm';
import { PersonaPicture } from './PersonaPicture';
import { useCanEdit } from './useCanEdit';
import { useFocusAfterRender } from './useFocusAfterRender';
import './evidence.css';

/** How the personas are laid out, and whether they can be edited. */
export interface PersonaStripProps {
  /**
   * `strip`: cards side by side, for the band above the map. `stack`: one under another, for
   * a side panel.
   */
  layout?: 'strip' | 'stack';
}

/**
 * The map's personas as cards: picture, name, quote, description and the four lists. In edit
 * mode each can be edited in place, moved and removed, and new ones added; otherwise (read-only
 * tab, annotate or present mode) they are only shown.
 */
export function PersonaStrip({ layout = 'strip' }: PersonaStripProps) {
  // Ids are per instance: the strip may be shown above the map and in a side panel at once.
  const uid = useId();
  const editButtonId = (personaId: string) => `${uid}-edit-${personaId}`;
  const nameFieldId = (personaId: string) => `${uid}-name-${personaId}`;
  const addButtonId = `${uid}-add`;
  const personas = useEditor((s) => s.map.personas);
  const editor = useEditorApi();
  const canEdit = useCanEdit();
  const focusLater = useFocusAfterRender();
  /** The persona being edited, or a new one being added (not in the map until saved). */
  const [editing, setEditing] = useState<{ persona: Persona; isNew: boolean } | null>(null);
  const [removing, setRemoving] = useState<Persona | null>(null);

  const startAdd = () => {
    const persona = createPersona({ id: newId(), name: '' });
    setEditing({ persona, isNew: true });
    focusLater(nameFieldId(persona.id));
  };
  const startEdit = (persona: Persona) => {
    setEditing({ persona, isNew: false });
    focusLater(nameFieldId(persona.id));
  };
  const close = (focusId: string) => {
    setEditing(null);
    focusLater(focusId);
  };

  const form = (persona: Persona, isNew: boolean) => (
    <PersonaForm
      persona={persona}
      title={isNew ? 'Add persona' : `Edit persona “${persona.name}”`}
      nameFieldId={nameFieldId(persona.id)}
      onCancel={() => close(isNew ? addButtonId : editButtonId(persona.id))}
      onSave={(fields) => {
        if (isNew) editor.run(evidence.addPersona, { id: persona.id, fields });
        else editor.run(evidence.updatePersona, { id: persona.id, fields });
        close(editButtonId(persona.id));
      }}
    />
  );
  const editingId = canEdit && editing && !editing.isNew ? editing.persona.id : null;

  return (
    <section className={`ev-personas ev-personas--${layout}`} aria-labelledby={`${uid}-heading`}>
      <div className="ev-section-header">
        <h2 id={`${uid}-heading`}>Personas</h2>
        {canEdit && (
          <button
            type="button"
            id={addButtonId}
            onClick={startAdd}
            disabled={editing?.isNew === true}
          >
            Add persona
          </button>
        )}
      </div>
      {personas.length === 0 && !editing?.isNew && (
        <p className="ev-empty">No personas yet. A persona says who is travelling this journey.</p>
      )}
      <ul className="ev-personas__list">
        {personas.map((persona, index) => (
          <li key={persona.id} className="ev-personas__item">
            {editingId === persona.id && editing ? (
              form(editing.persona, false)
            ) : (
              <PersonaCard persona={persona} headingId={`${uid}-persona-${persona.id}`}>
                {canEdit && (
                  <div className="ev-card-buttons">
                    <button
                      type="button"
                      id={editButtonId(persona.id)}
                      aria-label={`Edit persona “${persona.name}”`}
                      onClick={() => startEdit(persona)}
                    >
                      Edit persona
                    </button>
                    {personas.length > 1 && (
                      <>
                        <button
                          type="button"
                          className="ev-button--small"
                          aria-label={`Move “${persona.name}” earlier`}
                          disabled={index === 0}
                          onClick={() =>
                            editor.run(evidence.movePersona, { id: persona.id, index: index - 1 })
                          }
                        >
                          Move earlier
                        </button>
                        <button
                          type="button"
                          className="ev-button--small"
                          aria-label={`Move “${persona.name}” later`}
                          disabled={index === personas.length - 1}
                          onClick={() =>
                            editor.run(evidence.movePersona, { id: persona.id, index: index + 1 })
                          }
                        >
                          Move later
                        </button>
                      </>
                    )}
                    <button
                      type="button"
                      className="button--danger"
                      aria-label={`Remove persona “${persona.name}”`}
                      onClick={() => setRemoving(persona)}
                    >
                      Remove persona
                    </button>
                  </div>
                )}
              </PersonaCard>
            )}
          </li>
        ))}
        {canEdit && editing?.isNew && (
          <li className="ev-personas__item">{form(editing.persona, true)}</li>
        )}
      </ul>
      {removing && (
        <ConfirmDialog
          title="Remove persona?"
          message={`“${removing.name}” will be removed from this map. You can undo this.`}
          confirmLabel="Remove persona"
          danger
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            const index = personas.findIndex((p) => p.id === removing.id);
            const neighbour = personas[index + 1] ?? personas[index - 1];
            editor.run(evidence.deletePersona, { id: removing.id });
            setRemoving(null);
            focusLater(neighbour ? editButtonId(neighbour.id) : addButtonId);
          }}
        />
      )}
    </section>
  );
}

/** One persona, shown (not edited). `children` holds the buttons. */
export function PersonaCard({
  persona,
  headingId,
  children,
}: {
  persona: Persona;
  headingId: string;
  children?: ReactNode;
}) {
  return (
    <article className="ev-persona" aria-labelledby={headingId}>
      <header className="ev-persona__header">
        <PersonaPicture persona={persona} size={64} />
        <h3 id={headingId} className="ev-persona__name">
          {persona.name || 'Unnamed persona'}
        </h3>
      </header>
      {persona.quote && <blockquote className="ev-persona__quote">“{persona.quote}”</blockquote>}
      {persona.description && <p className="ev-persona__description">{persona.description}</p>}
      {PERSONA_LISTS.map((list) =>
        persona[list.key].length > 0 ? (
          <section key={list.key} className="ev-persona__list" aria-label={list.label}>
            <h4>{list.label}</h4>
            <ul>
              {persona[list.key].map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
          </section>
        ) : null,
      )}
      {children}
    </article>
  );
}
