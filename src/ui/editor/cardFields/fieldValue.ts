/**
 * Reading and writing a card field by the key of its descriptor (domain/kinds/fields.ts):
 * `channel`, or one level down, `tallies.positive`, `participants.of`.
 */
import type { CardPatch } from '../../../domain/edits';
import type { FieldOption } from '../../../domain/kinds';
import type { Card } from '../../../domain/schema';

/** The value at `key` in the card (undefined when the card has no such field). */
export function readField(card: Card, key: string): unknown {
  let value: unknown = card;
  for (const part of key.split('.')) {
    value =
      value !== null && typeof value === 'object'
        ? (value as Record<string, unknown>)[part]
        : undefined;
  }
  return value;
}

/** The patch that sets `key` to `value`, keeping the other parts of a nested field. */
export function patchField(card: Card, key: string, value: unknown): CardPatch {
  const [head = key, ...rest] = key.split('.');
  if (rest.length === 0) return { [head]: value } as CardPatch;
  const inner = readField(card, head);
  const base = inner !== null && typeof inner === 'object' ? inner : {};
  return { [head]: { ...base, [rest.join('.')]: value } } as CardPatch;
}

/** A select option's value as the `<option>` value: null is '', a number its digits. */
export function optionKey(value: FieldOption['value']): string {
  return value === null ? '' : String(value);
}

/** The stored value of the option chosen in a `<select>` (undefined for an unknown one). */
export function optionValue(
  options: readonly FieldOption[],
  key: string,
): FieldOption['value'] | undefined {
  return options.find((option) => optionKey(option.value) === key)?.value;
}
