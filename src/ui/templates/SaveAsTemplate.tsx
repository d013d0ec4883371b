/**
 * "Save as template…" in the editor: the open map becomes one of the user's templates (with its
 * cards, or its grid only: domain/templates/apply.ts), listed in the gallery under "New map" and
 * downloadable there as a template file a colleague can import.
 */
import { useState } from 'react';
import { useEditorApi } from '../../bindings/EditorProvider';
import { templateFromMap } from '../../domain/templates/apply';
import { plural } from '../../domain/words';
import { exportMapJson } from '../../export/json';
import { toStorageError } from '../../persistence/storageError';
import { TEMPLATE_NAME_MAX } from '../../persistence/templateStore';
import { downloadBlob } from '../common/download';
import { HeaderDialogButton } from '../common/HeaderDialogButton';
import { Modal } from '../common/Modal';
import { NameAndNoteForm } from '../common/NameAndNoteForm';
import { useServices } from '../services';
import './templates.css';

/** The header button and its dialog. */
export function SaveAsTemplateButton() {
  return (
    <HeaderDialogButton
      label="Save as template…"
      dialog={(close) => <SaveAsTemplateDialog onClose={close} />}
    />
  );
}

/** The dialog: name, description, with or without cards; Save; then Download the file. */
export function SaveAsTemplateDialog({ onClose }: { onClose: () => void }) {
  const editor = useEditorApi();
  const { repository } = useServices();
  const map = editor.map;
  const [name, setName] = useState(map.title);
  const [description, setDescription] = useState('');
  const [withCards, setWithCards] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<
    { ok: true; name: string; file: () => void } | { ok: false; message: string } | null
  >(null);

  const save = async () => {
    setBusy(true);
    const template = templateFromMap(editor.map, { withCards });
    const info = { name: name.trim() || map.title, description };
    try {
      const record = await repository.templates.save(template, info);
      const file = () => {
        const { blob, filename } = exportMapJson(template, {
          template: { name: record.name, description: record.description },
        });
        downloadBlob(blob, filename);
      };
      setOutcome({ ok: true, name: record.name, file });
    } catch (error) {
      setOutcome({ ok: false, message: toStorageError(error).message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title="Save as template" onClose={onClose}>
      <NameAndNoteForm
        className="save-template"
        labels={{ name: 'Template name', note: 'What it is for (optional)' }}
        maxLength={{ name: TEMPLATE_NAME_MAX, note: 2000 }}
        noteRows={2}
        name={name}
        note={description}
        onNameChange={setName}
        onNoteChange={setDescription}
        onSubmit={() => void save()}
        submitLabel="Save template"
        busy={busy}
      >
        <fieldset>
          <legend>What the template keeps</legend>
          <label className="modal__check">
            <input
              type="radio"
              name="template-cards"
              checked={!withCards}
              onChange={() => setWithCards(false)}
            />
            The grid only: phases, steps, lanes, personas and settings, no cards
          </label>
          <label className="modal__check">
            <input
              type="radio"
              name="template-cards"
              checked={withCards}
              onChange={() => setWithCards(true)}
            />
            The grid and its {plural(map.cards.length, 'card')}
          </label>
        </fieldset>
      </NameAndNoteForm>
      {outcome?.ok === true && (
        <div className="notice notice--success" role="status">
          <p>
            Saved the template “{outcome.name}”: choose “New map” in the library to start a map from
            it.
          </p>
          <button type="button" onClick={outcome.file}>
            Download the template file
          </button>
        </div>
      )}
      {outcome?.ok === false && (
        <p className="notice notice--error" role="alert">
          {outcome.message}
        </p>
      )}
    </Modal>
  );
}
