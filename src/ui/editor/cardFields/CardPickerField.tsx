import { useEditor } from '../../../bindings/EditorProvider';
import { CARD_KIND_LABELS, type CardKind } from '../../../domain/vocabulary';
import { SelectField } from '../fields';

/**
 * The `card` input of a descriptor (a recommendation's "Answers"): a select of the map's
 * cards of the `targets` kinds, the card itself left out, with `blankLabel` for none.
 */
export function CardPickerField({
  cardId,
  label,
  value,
  targets,
  blankLabel,
  disabled,
  hint,
  onChange,
}: {
  cardId: string;
  label: string;
  value: string | null;
  targets: readonly CardKind[];
  blankLabel: string;
  disabled: boolean;
  hint?: string;
  onChange: (id: string | null) => void;
}) {
  const cards = useEditor((s) => s.map.cards);
  const options = [
    ['', blankLabel] as const,
    ...cards
      .filter((c) => c.id !== cardId && targets.includes(c.kind))
      .map((c) => [c.id, `${CARD_KIND_LABELS[c.kind]}: ${c.title || 'Untitled'}`] as const),
  ];
  return (
    <SelectField
      label={label}
      value={value ?? ''}
      options={options}
      disabled={disabled}
      hint={hint}
      onChange={(id) => onChange(id === '' ? null : id)}
    />
  );
}
