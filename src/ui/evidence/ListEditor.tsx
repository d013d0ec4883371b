import { useId } from 'react';
import { LIMITS } from '../../domain/schema';
import { useFocusAfterRender } from './useFocusAfterRender';
import './evidence.css';

/** One item of a list being edited, with a key that stays while it is retyped. */
export interface ListItemDraft {
  key: number;
  text: string;
}

/** A list of short texts to edit (a persona's demographics, behaviours …). */
export interface ListEditorProps {
  /** The list's name, e.g. "Demographics". */
  label: string;
  /** One item, in lower case, e.g. "demographic": makes "Add demographic", "Demographic 2". */
  itemLabel: string;
  items: ListItemDraft[];
  onChange: (items: ListItemDraft[]) => void;
}

let nextKey = 1;
/** A draft list from stored strings (keys keep inputs stable while items are removed). */
export function toDrafts(items: readonly string[]): ListItemDraft[] {
  return items.map((text) => ({ key: nextKey++, text }));
}
/** The stored strings of a draft list: trimmed, blanks dropped. */
export function fromDrafts(items: readonly ListItemDraft[]): string[] {
  return items.map((item) => item.text.trim()).filter((text) => text !== '');
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Edits a list of short texts: one field per item, "Remove" per item, "Add …" at the end. */
export function ListEditor({ label, itemLabel, items, onChange }: ListEditorProps) {
  const baseId = useId();

  const focusLater = useFocusAfterRender();

  const add = () => {
    const item = { key: nextKey++, text: '' };
    onChange([...items, item]);
    focusLater(`${baseId}-${item.key}`);
  };
  const remove = (index: number) => {
    const rest = items.filter((_, i) => i !== index);
    onChange(rest);
    const next = rest[Math.min(index, rest.length - 1)];
    focusLater(next ? `${baseId}-${next.key}` : `${baseId}-add`);
  };

  return (
    <fieldset className="ev-list-editor">
      <legend>{label}</legend>
      {items.length > 0 && (
        <ul>
          {items.map((item, index) => (
            <li key={item.key}>
              <label className="ev-list-editor__item" htmlFor={`${baseId}-${item.key}`}>
                <span className="visually-hidden">{`${capitalise(itemLabel)} ${index + 1}`}</span>
                <span aria-hidden="true">{`${index + 1}.`}</span>
              </label>
              <input
                id={`${baseId}-${item.key}`}
                type="text"
                value={item.text}
                maxLength={LIMITS.shortText}
                onChange={(event) =>
                  onChange(
                    items.map((it) =>
                      it.key === item.key ? { ...it, text: event.target.value } : it,
                    ),
                  )
                }
                onKeyDown={(event) => {
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    if (index === items.length - 1 && item.text.trim() !== '') add();
                  }
                }}
              />
              <button
                type="button"
                className="ev-button--small"
                aria-label={`Remove ${itemLabel} ${index + 1}`}
                onClick={() => remove(index)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" id={`${baseId}-add`} className="ev-button--small" onClick={add}>
        Add {itemLabel}
      </button>
    </fieldset>
  );
}
