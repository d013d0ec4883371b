/**
 * Every field of the selected card, as its kind's registry entry lists them
 * (domain/kinds/fields.ts, rendered by cardFields/). Text is saved as it is typed (one undo
 * step per field and burst of typing); choices are saved at once.
 */
import { memo } from 'react';
import { useCommandContext, useEditor } from '../../bindings/EditorProvider';
import { stepDisplayNames } from '../../domain/names';
import { numberPainPoints } from '../../domain/painPoints';
import type { Card } from '../../domain/schema';
import { cards } from '../../editor/operations';
import { CardFields } from './cardFields/CardFields';

/** The inspector of one card: where it sits, then its fields (read only unless `editable`). */
export const CardInspector = memo(function CardInspector({
  card,
  editable,
}: {
  card: Card;
  editable: boolean;
}) {
  const ctx = useCommandContext();
  const place = useEditor((s) => {
    const lane = s.map.lanes.find((l) => l.id === card.laneId);
    const step = stepDisplayNames(s.map.phases).get(card.stepId);
    return `${lane?.name || 'Untitled lane'} · ${step ?? 'Untitled step'}`;
  });
  const painNumber = useEditor((s) =>
    card.kind === 'pain-point' ? numberPainPoints(s.map).get(card.id) : undefined,
  );
  return (
    <div className="inspector__body">
      <p className="inspector__place">
        {painNumber ? <strong>Pain point {painNumber} · </strong> : null}
        In {place}
      </p>
      <CardFields
        card={card}
        disabled={!editable}
        // Typing in one field is one undo step (the operation groups by field).
        onPatch={(patch) => void ctx.editor.run(cards.updateCard, { id: card.id, patch })}
        onKindChange={(kind) => void ctx.editor.run(cards.changeCardKind, { id: card.id, kind })}
      />
    </div>
  );
});
