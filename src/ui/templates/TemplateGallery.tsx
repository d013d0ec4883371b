/**
 * "New map": the template gallery. Waymark's own templates (a blank map, then one per shape the
 * seed reports show) and the user's own (saved with "Save as template", or imported from a
 * template file), each with its picture, what it is for and how many cards it starts with.
 * Choosing one makes a new map from it and opens it.
 */
import { useCallback, useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import type { JourneyMap } from '../../domain/schema';
import { BUILT_IN_TEMPLATES } from '../../domain/templates';
import { modelledOn, plural } from '../../domain/words';
import type { TemplateRecord } from '../../persistence/templateStore';
import { toStorageError } from '../../persistence/storageError';
import { Modal } from '../common/Modal';
import { navigate } from '../routes';
import { useServices } from '../services';
import { OwnTemplate } from './OwnTemplate';
import { TemplateImport } from './TemplateImport';
import { TemplatePreview } from './TemplatePreview';
import './templates.css';

/** What the gallery says after an action: good news, or what went wrong. */
export type GalleryNotice = { tone: 'success' | 'error'; text: string } | null;

/** The template gallery, as a modal over the library. */
export function TemplateGallery({ onClose }: { onClose: () => void }) {
  const { library, repository } = useServices();
  const [own, setOwn] = useState<TemplateRecord[] | null>(null);
  const [notice, setNotice] = useState<GalleryNotice>(null);
  const [busy, setBusy] = useState(false);
  const [title, setTitle] = useState('');
  const titleId = useId();
  const builtIns = useMemo(() => {
    const now = new Date();
    return BUILT_IN_TEMPLATES.map((template) => ({ template, map: template.build(now) }));
  }, []);

  const refresh = useCallback(async () => {
    try {
      setOwn(await repository.templates.list());
    } catch (error) {
      setOwn([]);
      setNotice({ tone: 'error', text: toStorageError(error).message });
    }
  }, [repository]);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  /** Makes the new map and opens it. */
  const start = async (map: JourneyMap) => {
    setBusy(true);
    setNotice(null);
    const id = await library.getState().createFromTemplate(map, title);
    setBusy(false);
    if (id === null) {
      setNotice({ tone: 'error', text: library.getState().error ?? 'The map was not made.' });
      library.getState().dismissError();
      return;
    }
    onClose();
    navigate({ page: 'map', mapId: id });
  };

  return (
    <Modal title="New map" onClose={onClose} className="modal--wide template-gallery">
      <div className="template-gallery__top">
        <label htmlFor={titleId}>Title of the new map</label>
        <input
          data-autofocus
          id={titleId}
          type="text"
          value={title}
          maxLength={500}
          placeholder="The template’s own title"
          onChange={(event) => setTitle(event.target.value)}
        />
        <TemplateImport
          onImported={(record) => {
            setNotice({ tone: 'success', text: `Added the template “${record.name}”.` });
            void refresh();
          }}
          onError={(text) => setNotice({ tone: 'error', text })}
        />
      </div>
      {notice ? (
        <p
          role={notice.tone === 'error' ? 'alert' : 'status'}
          className={`notice notice--${notice.tone}`}
        >
          {notice.text}
        </p>
      ) : null}
      <section aria-labelledby={`${titleId}-builtin`}>
        <h3 id={`${titleId}-builtin`}>Start from a template</h3>
        <ul className="template-gallery__list" aria-label="Waymark’s templates">
          {builtIns.map(({ template, map }) => (
            <li key={template.id}>
              <TemplateCard
                name={template.name}
                description={template.description}
                map={map}
                busy={busy}
                onUse={() => void start(map)}
                footnote={template.seed ? modelledOn(template.seed) : null}
              />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby={`${titleId}-own`}>
        <h3 id={`${titleId}-own`}>Your templates</h3>
        {own === null ? (
          <p role="status">Loading your templates…</p>
        ) : own.length === 0 ? (
          <p className="template-gallery__empty">
            None yet. Open a map and choose <strong>Save as template…</strong> at its top, or import
            a template file.
          </p>
        ) : (
          <ul className="template-gallery__list" aria-label="Your templates">
            {own.map((record) => (
              <li key={record.id}>
                <OwnTemplate
                  record={record}
                  busy={busy}
                  onUse={(map) => void start(map)}
                  onChanged={(message) => {
                    setNotice(message);
                    void refresh();
                  }}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
    </Modal>
  );
}

/** One template in the gallery: its picture, name, description and card count, as a button. */
export function TemplateCard(props: {
  name: string;
  description: string;
  map: JourneyMap | null;
  busy: boolean;
  onUse: () => void;
  footnote?: string | null;
  /** What the count calls the template's cards ("example card" for Waymark's own). */
  cardNoun?: string;
  children?: ReactNode;
}) {
  const nameId = useId();
  const descriptionId = useId();
  const cards = props.map?.cards.length ?? 0;
  return (
    <article className="template-card">
      <button
        type="button"
        className="template-card__use"
        aria-labelledby={nameId}
        aria-describedby={descriptionId}
        disabled={props.busy || props.map === null}
        onClick={props.onUse}
      >
        {props.map ? (
          <TemplatePreview map={props.map} />
        ) : (
          <div className="template-card__preview" />
        )}
        <strong id={nameId} className="template-card__name">
          {props.name}
        </strong>
        <span id={descriptionId} className="template-card__description">
          {props.description}
          {props.map ? (
            <span className="template-card__count">
              {' '}
              {cards === 0 ? 'No cards.' : `${plural(cards, props.cardNoun ?? 'example card')}.`}
            </span>
          ) : null}
        </span>
        {props.footnote ? <span className="template-card__seed">{props.footnote}</span> : null}
      </button>
      {props.children}
    </article>
  );
}
