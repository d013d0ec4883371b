import { Fragment, useCallback, useRef } from 'react';
import { inspectorFields, type FieldSpec } from '../../../domain/kinds';
import { Section } from '../fields';
import { MemoFieldEditor, type FieldEditorProps } from './FieldEditor';

/** Fields in runs: consecutive fields of one section, and inside it of one row. */
interface Run<T> {
  key: string | undefined;
  items: T[];
}

/** Consecutive items with the same key, in order. */
function runs<T>(items: readonly T[], keyOf: (item: T) => string | undefined): Run<T>[] {
  const out: Run<T>[] = [];
  for (const item of items) {
    const key = keyOf(item);
    const last = out[out.length - 1];
    if (last && last.key === key) last.items.push(item);
    else out.push({ key, items: [item] });
  }
  return out;
}

/**
 * Every field the card kind's registry entry lists for the inspector (`inspectorFields`), in
 * its order: fields of a section under the section's heading, fields of a row side by side.
 */
export function CardFields(fieldProps: Omit<FieldEditorProps, 'spec' | 'latestCard'>) {
  const fields = inspectorFields(fieldProps.card.kind);
  // Fields are redrawn only when their own value changes (MemoFieldEditor); a change they make
  // reads the card as it is now.
  const card = useRef(fieldProps.card);
  card.current = fieldProps.card;
  const latestCard = useCallback(() => card.current, []);
  const props = { ...fieldProps, latestCard };
  const rowsOf = (specs: readonly FieldSpec[]) =>
    runs(specs, (spec) => spec.row).map((row, i) =>
      row.key === undefined ? (
        <Fragment key={i}>
          {row.items.map((spec) => (
            <MemoFieldEditor key={spec.key} spec={spec} {...props} />
          ))}
        </Fragment>
      ) : (
        <div key={i} className={row.items.length === 3 ? 'field-row field-row--3' : 'field-row'}>
          {row.items.map((spec) => (
            <MemoFieldEditor key={spec.key} spec={spec} {...props} />
          ))}
        </div>
      ),
    );
  return (
    <>
      {runs(fields, (spec) => spec.section).map((section, i) =>
        section.key === undefined ? (
          <Fragment key={i}>{rowsOf(section.items)}</Fragment>
        ) : (
          <Section key={section.key} title={section.key}>
            {rowsOf(section.items)}
          </Section>
        ),
      )}
    </>
  );
}
