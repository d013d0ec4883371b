import { memo } from 'react';
import type { CardPatch } from '../../../domain/edits';
import { jsonEqual } from '../../../domain/equality';
import { PlanDateField } from '../../actionPlan/PlanDateInput';
import type { FieldSpec } from '../../../domain/kinds';
import type { Card, Quote } from '../../../domain/schema';
import {
  CheckboxField,
  DateField,
  NumberField,
  SelectField,
  TagsField,
  TextField,
  UrlField,
} from '../fields';
import { RatingField } from '../RatingField';
import { CardPickerField } from './CardPickerField';
import { optionKey, optionValue, patchField, readField } from './fieldValue';
import { ProgressEditor } from './ProgressEditor';
import { QuotesEditor } from './QuotesEditor';

/** What every field editor of the card inspector gets. */
export interface FieldEditorProps {
  spec: FieldSpec;
  card: Card;
  disabled: boolean;
  /** Saves a change of the card (one undo step per field and burst of typing). */
  onPatch: (patch: CardPatch) => void;
  /** Changes the card's kind (the `kind` field), which is not a patch. */
  onKindChange: (kind: Card['kind']) => void;
  /** The card as it is now, read when a change is made (a field not redrawn since it changed). */
  latestCard?: () => Card;
}

/**
 * One field of a card, edited with the input its descriptor names (domain/kinds/fields.ts):
 * plain inputs here, the small editors of their own (`quotes`, `progress`, `card`) beside.
 */
export function FieldEditor({
  spec,
  card,
  disabled,
  onPatch,
  onKindChange,
  latestCard,
}: FieldEditorProps) {
  const value = readField(card, spec.key);
  const set = (next: unknown) => onPatch(patchField(latestCard?.() ?? card, spec.key, next));
  const { label, hint } = spec;
  switch (spec.input) {
    case 'text':
    case 'textarea':
      return (
        <TextField
          label={label}
          value={typeof value === 'string' ? value : ''}
          multiline={spec.input === 'textarea'}
          maxLength={spec.maxLength}
          placeholder={spec.placeholder}
          hint={hint}
          disabled={disabled}
          onChange={set}
        />
      );
    case 'number':
      return (
        <NumberField
          label={label}
          value={typeof value === 'number' ? value : null}
          min={spec.min ?? -Number.MAX_SAFE_INTEGER}
          max={spec.max ?? Number.MAX_SAFE_INTEGER}
          integer={spec.integer}
          nullable={spec.nullable ?? true}
          hint={hint}
          disabled={disabled}
          onChange={(n) => set(n ?? (spec.nullable === false ? 0 : null))}
        />
      );
    case 'date':
      return (
        <DateField
          label={label}
          value={typeof value === 'string' ? value : null}
          disabled={disabled}
          onChange={set}
        />
      );
    case 'plan-date':
      return (
        <PlanDateField
          label={label}
          value={typeof value === 'string' ? value : null}
          hint={hint}
          disabled={disabled}
          onChange={set}
        />
      );
    case 'url':
      return (
        <UrlField
          label={label}
          value={typeof value === 'string' ? value : null}
          disabled={disabled}
          onChange={set}
        />
      );
    case 'select': {
      const options = spec.options ?? [];
      return (
        <SelectField
          label={label}
          value={optionKey((value ?? null) as string | number | null)}
          options={options.map((option) => [optionKey(option.value), option.label] as const)}
          hint={hint}
          disabled={disabled}
          onChange={(key) => {
            const chosen = optionValue(options, key);
            if (chosen === undefined) return;
            if (spec.key === 'kind') onKindChange(chosen as Card['kind']);
            else set(chosen);
          }}
        />
      );
    }
    case 'rating':
      return (
        <RatingField
          label={label}
          value={typeof value === 'string' ? value : null}
          disabled={disabled}
          onChange={set}
        />
      );
    case 'tags':
      return (
        <TagsField
          label={label}
          value={Array.isArray(value) ? (value as string[]) : []}
          disabled={disabled}
          onChange={set}
        />
      );
    case 'moment-of-truth': {
      const moment = card.momentOfTruth;
      return (
        <>
          <CheckboxField
            label={label}
            checked={moment !== null}
            disabled={disabled}
            onChange={(on) => set(on ? { reason: '' } : null)}
          />
          {moment ? (
            <TextField
              label={spec.detailLabel ?? 'Why'}
              multiline
              maxLength={spec.maxLength}
              value={moment.reason}
              disabled={disabled}
              onChange={(reason) => set({ reason })}
            />
          ) : null}
        </>
      );
    }
    case 'card':
      return (
        <CardPickerField
          cardId={card.id}
          label={label}
          value={typeof value === 'string' ? value : null}
          targets={spec.targets ?? []}
          blankLabel={spec.blankLabel ?? 'None'}
          hint={hint}
          disabled={disabled}
          onChange={set}
        />
      );
    case 'quotes':
      return (
        <QuotesEditor
          quotes={Array.isArray(value) ? (value as Quote[]) : []}
          label={label}
          detailLabel={spec.detailLabel ?? 'Participant'}
          placeholder={spec.placeholder}
          maxLength={spec.maxLength}
          disabled={disabled}
          onChange={set}
        />
      );
    case 'progress':
      return card.kind === 'recommendation' ? (
        <ProgressEditor
          card={card}
          hint={hint}
          maxLength={spec.maxLength}
          disabled={disabled}
          onPatch={onPatch}
        />
      ) : null;
    case 'research':
    case 'response':
    case 'actions':
      // Set in the research panel or the action plan, not in the card inspector.
      return null;
  }
}

/** Inputs that show only their own value (and the spec's options): redrawn when it changes. */
const OWN_VALUE_INPUTS: ReadonlySet<FieldSpec['input']> = new Set([
  'text',
  'textarea',
  'number',
  'date',
  'plan-date',
  'url',
  'select',
  'rating',
  'tags',
  'moment-of-truth',
  'quotes',
]);

/**
 * A field of the inspector redrawn only when its own value changes (or the card, its kind or
 * whether it can be edited): typing in one field, or in the card's title on the canvas, no longer
 * redraws every other input of the inspector (issue 17). A change reads the card as it is then
 * (`latestCard`), so a field not redrawn never writes back an old value of a nested field.
 */
export const MemoFieldEditor = memo(
  FieldEditor,
  (a, b) =>
    a.spec === b.spec &&
    a.disabled === b.disabled &&
    a.card.id === b.card.id &&
    a.card.kind === b.card.kind &&
    OWN_VALUE_INPUTS.has(a.spec.input) &&
    // By value: a card read again from the map document has new lists and objects (its tags,
    // its moment of truth) even when only its title changed.
    jsonEqual(readField(a.card, a.spec.key), readField(b.card, b.spec.key)),
);
