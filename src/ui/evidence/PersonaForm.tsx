import { useId, useState, type FormEvent } from 'react';
import { PERSONA_LISTS, type PersonaFields, type PersonaListKey } from '../../domain/personas';
import { LIMITS, type Persona, type Picture } from '../../domain/schema';
import { ListEditor, fromDrafts, toDrafts, type ListItemDraft } from './ListEditor';
import { PersonaPicture } from './PersonaPicture';
import { PICTURE_TYPES, readPictureFile } from './pictureFile';
import './evidence.css';

/** The persona a form edits, and what it does with the result. */
export interface PersonaFormProps {
  persona: Persona;
  /** "Add persona" or "Edit persona": the form's name. */
  title: string;
  /** Id of the name field, so the caller can move focus there. */
  nameFieldId: string;
  onSave: (fields: PersonaFields) => void;
  onCancel: () => void;
}

type Lists = Record<PersonaListKey, ListItemDraft[]>;

/**
 * The "Edit persona" form: name, picture (upload or generated avatar), quote, description and
 * the four lists. Nothing reaches the map until "Save persona", which is one undo step.
 */
export function PersonaForm({ persona, title, nameFieldId, onSave, onCancel }: PersonaFormProps) {
  const ids = useId();
  const [name, setName] = useState(persona.name);
  const [quote, setQuote] = useState(persona.quote);
  const [description, setDescription] = useState(persona.description);
  const [picture, setPicture] = useState<Picture | null>(persona.picture);
  const [lists, setLists] = useState<Lists>(() => ({
    demographics: toDrafts(persona.demographics),
    behaviours: toDrafts(persona.behaviours),
    needsAndChallenges: toDrafts(persona.needsAndChallenges),
    goalsAndMotivations: toDrafts(persona.goalsAndMotivations),
  }));
  const [nameError, setNameError] = useState<string | null>(null);
  const [pictureError, setPictureError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reading) return;
    if (name.trim() === '') {
      setNameError('Give the persona a name.');
      document.getElementById(nameFieldId)?.focus();
      return;
    }
    onSave({
      name: name.trim(),
      quote: quote.trim(),
      description: description.trim(),
      picture,
      demographics: fromDrafts(lists.demographics),
      behaviours: fromDrafts(lists.behaviours),
      needsAndChallenges: fromDrafts(lists.needsAndChallenges),
      goalsAndMotivations: fromDrafts(lists.goalsAndMotivations),
    });
  };

  const choosePicture = async (file: File | undefined) => {
    if (!file) return;
    setPictureError(null);
    setReading(true);
    const result = await readPictureFile(file);
    setReading(false);
    if (result.ok) {
      setPicture({
        kind: 'image',
        dataUrl: result.dataUrl,
        alt: picture?.kind === 'image' ? picture.alt : '',
      });
    } else {
      setPictureError(result.message);
    }
  };

  const preview = { id: persona.id, name, picture };
  return (
    <form
      className="ev-persona-form"
      aria-labelledby={`${ids}-title`}
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onCancel();
        }
      }}
      noValidate
    >
      <h3 id={`${ids}-title`} className="ev-persona-form__title">
        {title}
      </h3>
      <label htmlFor={nameFieldId}>Name</label>
      <input
        id={nameFieldId}
        type="text"
        value={name}
        maxLength={LIMITS.shortText}
        required
        aria-invalid={nameError ? true : undefined}
        aria-describedby={nameError ? `${ids}-name-error` : undefined}
        onChange={(event) => {
          setName(event.target.value);
          if (nameError) setNameError(null);
        }}
      />
      {nameError && (
        <p id={`${ids}-name-error`} className="ev-error" role="alert">
          {nameError}
        </p>
      )}

      <fieldset className="ev-persona-form__picture">
        <legend>Picture</legend>
        <div className="ev-persona-form__picture-row">
          <PersonaPicture persona={preview} size={72} />
          <div className="ev-persona-form__picture-controls">
            <label htmlFor={`${ids}-file`}>Upload a picture</label>
            <input
              id={`${ids}-file`}
              type="file"
              accept={PICTURE_TYPES.join(',')}
              aria-describedby={`${ids}-file-hint`}
              onChange={(event) => {
                void choosePicture(event.target.files?.[0]);
                event.target.value = '';
              }}
            />
            <p id={`${ids}-file-hint`} className="ev-hint">
              PNG, JPEG, WebP or GIF, up to 2 MB. Large pictures are scaled down to 512 pixels.
            </p>
            {reading && (
              <p role="status" className="ev-hint">
                Reading the picture…
              </p>
            )}
            {pictureError && (
              <p className="ev-error" role="alert">
                {pictureError}
              </p>
            )}
            {picture?.kind === 'image' && (
              <>
                <label htmlFor={`${ids}-alt`}>Picture description (for screen readers)</label>
                <input
                  id={`${ids}-alt`}
                  type="text"
                  value={picture.alt}
                  maxLength={LIMITS.shortText}
                  onChange={(event) => setPicture({ ...picture, alt: event.target.value })}
                />
                <button
                  type="button"
                  className="ev-button--small"
                  onClick={() => setPicture({ kind: 'avatar', seed: persona.id })}
                >
                  Use a generated avatar instead
                </button>
              </>
            )}
          </div>
        </div>
      </fieldset>

      <label htmlFor={`${ids}-quote`}>Quote</label>
      <textarea
        id={`${ids}-quote`}
        rows={2}
        value={quote}
        maxLength={LIMITS.longText}
        onChange={(event) => setQuote(event.target.value)}
      />
      <label htmlFor={`${ids}-description`}>Description</label>
      <textarea
        id={`${ids}-description`}
        rows={3}
        value={description}
        maxLength={LIMITS.longText}
        onChange={(event) => setDescription(event.target.value)}
      />

      {PERSONA_LISTS.map((list) => (
        <ListEditor
          key={list.key}
          label={list.label}
          itemLabel={list.item}
          items={lists[list.key]}
          onChange={(items) => setLists((current) => ({ ...current, [list.key]: items }))}
        />
      ))}

      <div className="ev-form-buttons">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button--primary" disabled={reading}>
          Save persona
        </button>
      </div>
    </form>
  );
}
