/**
 * One card on the canvas. Kept small: a handful of DOM nodes, no hooks that fire on other
 * cards' changes, and the title editor only while this card is being edited.
 */
import { useCan, useCommandContext, useEditor, useView } from '../bindings/EditorProvider';
import { Handle, Position, useConnection, type NodeProps } from '@xyflow/react';
import { memo, useEffect, useRef, type CSSProperties } from 'react';
import { cards } from '../editor/operations';
import { recommendationStatus } from '../domain/planStatus';
import type { Card } from '../domain/schema';
import {
  CARD_KIND_REGISTRY,
  channelText,
  EMOTION_COLOURS,
  emotionText,
  kindStyleProperties,
  MOMENT_OF_TRUTH,
  recommendationStatusText,
  SEVERITY_LABELS,
  STATUS_COLOURS,
  TALLY_COLOURS,
} from '../domain/kinds';
import type { EmotionScore } from '../domain/vocabulary';
import type { CardNode as CardNodeType } from './toNodes';
import { CardBadges } from './cardBadges';
import { useCanvasSlots } from './CanvasContext';

function CardNodeView({ id, data, selected }: NodeProps<CardNodeType>) {
  const { card, painNumber, dimmed, search } = data;
  const look = CARD_KIND_REGISTRY[card.kind];
  const editing = useView((s) => s.editingCardId === id);
  const editable = useCan('edit');
  const connecting = useConnection((c) => c.inProgress);
  // Only in annotate mode with a round open: the vote button (it reads the round itself).
  const { CardFooter } = useCanvasSlots();
  const voting = useEditor(
    (s) => s.mode === 'annotate' && s.map.voteRounds.some((r) => r.status === 'open'),
  );
  const className = [
    'card',
    `card--${look.shape}`,
    `card--${card.kind}`,
    dimmed && 'card--dimmed',
    search !== 'none' && `card--${search}`,
    selected && 'card--selected',
  ]
    .filter(Boolean)
    .join(' ');
  // The card's colours come from its kind's registry entry: the exports draw the same ones.
  const style = {
    ...kindStyleProperties(card.kind),
    ...(card.kind === 'recommendation'
      ? { '--card-status': STATUS_COLOURS[recommendationStatus(card)].colour }
      : {}),
  } as CSSProperties;
  return (
    <>
      <div className={className} style={style}>
        <div className="card__head">
          <span className="card__icon" aria-hidden="true">
            {look.icon}
          </span>
          {painNumber !== null ? (
            <span className="card__number" aria-label={`Pain point number ${painNumber}`}>
              {painNumber}
            </span>
          ) : null}
          <span className="card__kind">{headText(card)}</span>
          {card.momentOfTruth ? (
            <span
              className="card__mot"
              title={MOMENT_OF_TRUTH.label}
              aria-label={MOMENT_OF_TRUTH.label}
            >
              {MOMENT_OF_TRUTH.icon}
            </span>
          ) : null}
          {card.kind === 'touchpoint' ? (
            <span className="card__chip">{channelText(card.channel)}</span>
          ) : null}
          {card.basis === 'assumed' ? (
            <span className="card__chip card__chip--assumed">assumed</span>
          ) : null}
        </div>
        {editing && editable ? (
          <TitleEditor card={card} />
        ) : (
          <div
            className={card.title.trim() === '' ? 'card__title card__title--empty' : 'card__title'}
          >
            {card.title.trim() === '' ? 'Untitled' : card.title}
          </div>
        )}
        <CardExtra card={card} />
        <CardBadges cardId={id} />
        {voting && CardFooter ? <CardFooter cardId={id} /> : null}
      </div>
      {/* Both link ends always exist (React Flow measures them); CSS shows the outgoing one on
          a selected card and the incoming ones while a link is being drawn. */}
      <Handle
        type="target"
        position={Position.Left}
        id="in"
        className={
          connecting ? 'card__handle card__handle--in is-active' : 'card__handle card__handle--in'
        }
        isConnectable={editable}
      />
      <Handle
        type="source"
        position={Position.Right}
        id="out"
        className={
          selected && editable
            ? 'card__handle card__handle--out is-active'
            : 'card__handle card__handle--out'
        }
        isConnectable={editable}
        title="Drag to another card to link them"
      />
    </>
  );
}

function headText(card: Card): string {
  const label = CARD_KIND_REGISTRY[card.kind].label;
  switch (card.kind) {
    case 'pain-point':
      return card.severity ? `${label} · ${SEVERITY_LABELS[card.severity]}` : label;
    case 'emotion':
      return `${label} · ${emotionText(card.score)}`;
    default:
      return label;
  }
}

function CardExtra({ card }: { card: Card }) {
  switch (card.kind) {
    case 'evidence': {
      const { positive, neutral, negative } = card.tallies;
      const total = positive + neutral + negative;
      const p = total === 0 ? 0 : (positive / total) * 100;
      const n = total === 0 ? 0 : (neutral / total) * 100;
      const text = `${positive} positive · ${neutral} neutral · ${negative} negative`;
      return (
        <div className="card__extra card__tallies" title={text}>
          <span
            className="card__bar"
            role="img"
            aria-label={text}
            style={{
              background:
                total === 0
                  ? undefined
                  : `linear-gradient(90deg, ${TALLY_COLOURS.positive} 0 ${p}%, ${TALLY_COLOURS.neutral} ${p}% ${p + n}%, ${TALLY_COLOURS.negative} ${p + n}% 100%)`,
            }}
          />
          {`+${positive} ${neutral} −${negative}`}
          {card.participants.count !== null && card.participants.of !== null
            ? ` · ${card.participants.count} of ${card.participants.of}`
            : ''}
        </div>
      );
    }
    case 'metric': {
      const value = card.value === null ? '—' : `${card.value}${card.unit ? ` ${card.unit}` : ''}`;
      const target =
        card.target === null ? '' : ` (target ${card.target}${card.unit ? ` ${card.unit}` : ''})`;
      const met =
        card.value === null || card.target === null
          ? null
          : card.direction === 'higher-is-better'
            ? card.value >= card.target
            : card.value <= card.target;
      return (
        <div
          className={`card__extra card__metric${met === null ? '' : met ? ' card__metric--met' : ' card__metric--missed'}`}
        >
          {value}
          {target}
        </div>
      );
    }
    case 'recommendation':
      return (
        <div className="card__extra card__status">
          <span className="card__dot" aria-hidden="true" />
          {recommendationStatusText(recommendationStatus(card))}
          {card.owner ? ` · ${card.owner}` : ''}
        </div>
      );
    case 'emotion':
      return card.score === null ? null : (
        <span
          className="card__face"
          aria-hidden="true"
          style={{ background: EMOTION_COLOURS[card.score as EmotionScore] }}
        />
      );
    default:
      return null;
  }
}

/**
 * The title, typed in place. Every keystroke is saved as one coalesced undo step; Enter keeps
 * the text, Esc puts back what was there when editing began.
 */
function TitleEditor({ card }: { card: Card }) {
  const ctx = useCommandContext();
  const ref = useRef<HTMLTextAreaElement>(null);
  const original = useRef(card.title);
  const id = card.id;
  useEffect(() => {
    const input = ref.current;
    if (!input) return;
    input.focus({ preventScroll: true });
    input.select();
  }, []);
  const finish = (restore: boolean) => {
    if (restore && ctx.editor.map.cards.find((c) => c.id === id)?.title !== original.current) {
      ctx.editor.run(cards.updateCard, { id, patch: { title: original.current } });
    }
    if (ctx.editor.view.getState().editingCardId === id)
      ctx.editor.view.getState().set({ editingCardId: null });
    ctx.canvas.focusCard(id);
  };
  return (
    <textarea
      ref={ref}
      className="card__title-input nodrag nopan nowheel"
      aria-label="Card title"
      maxLength={500}
      value={card.title}
      placeholder="Type a title"
      onChange={(event) => {
        const title = event.target.value.replace(/\n/g, ' ');
        ctx.editor.run(cards.updateCard, { id, patch: { title } });
      }}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Enter' && !event.shiftKey) {
          event.preventDefault();
          finish(false);
        } else if (event.key === 'Escape') {
          event.preventDefault();
          finish(true);
        }
      }}
      onBlur={() => {
        if (ctx.editor.view.getState().editingCardId === id)
          ctx.editor.view.getState().set({ editingCardId: null });
      }}
    />
  );
}

/**
 * A card on the canvas: React Flow's node component (memoised: redrawn only when its node changes).
 */
export const CardNode = memo(CardNodeView);

/** Node types at module scope, so React Flow never sees a new object. */
export const nodeTypes = { card: CardNode };
