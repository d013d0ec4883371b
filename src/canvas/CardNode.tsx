/**
 * One card on the canvas. Kept small: a handful of DOM nodes, no hooks that fire on other
 * cards' changes, and the title editor only while this card is being edited.
 */
import {
  useCan,
  useCommandContext,
  useEditor,
  useEditorApi,
  useView,
} from '../bindings/EditorProvider';
import { Handle, Position, useConnection, type NodeProps } from '@xyflow/react';
import { memo, useEffect, useRef, type CSSProperties } from 'react';
import { useTypedText } from '../bindings/useTypedText';
import { cards } from '../editor/operations';
import { cardById } from '../domain/cards';
import { recommendationStatus } from '../domain/planStatus';
import type { Card, EvidenceCard } from '../domain/schema';
import { DEFAULT_RATING_SCALE } from '../domain/schemaReview';
import {
  CARD_KIND_REGISTRY,
  CHANNEL_ICONS,
  EMOTION_COLOURS,
  kindStyleProperties,
  MOMENT_OF_TRUTH,
  STATUS_COLOURS,
  TALLY_COLOURS,
} from '../domain/kinds';
import { CHANNEL_LABELS } from '../domain/vocabulary';
import { plural } from '../domain/words';
import type { EmotionScore } from '../domain/vocabulary';
import type { CardNode as CardNodeType } from './toNodes';
import { CardBadges } from './cardBadges';
import { cardFace } from './cardFace';
import { useCanvasSlots } from './CanvasContext';
import { cardExtras, cardHeadFits, cardTextMeasurer } from './cardText';
import { cardTextLayout } from './layout';

function CardNodeView({ id, data, selected, width }: NodeProps<CardNodeType>) {
  const { card, painNumber, dimmed, search } = data;
  const scale = data.scale ?? DEFAULT_RATING_SCALE;
  const view = useEditorApi().view;
  // The layout made the card as tall as its text; a title past the line limit says "…more".
  const clamped = width !== undefined && cardTextLayout(card, width, undefined, scale).clamped;
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
  const face = cardFace(card, scale);
  const channelChip =
    card.kind === 'touchpoint'
      ? `${CHANNEL_ICONS[card.channel]} ${CHANNEL_LABELS[card.channel]}`
      : null;
  const chips = [channelChip, card.basis === 'assumed' ? 'assumed' : null].filter(
    (chip): chip is string => chip !== null,
  );
  // Cut with "…" only a head that may not fit: clipping every card's head cost each frame.
  const headFits =
    width !== undefined &&
    cardHeadFits(
      {
        icon: look.icon,
        number: painNumber === null ? null : String(painNumber),
        kind: face.head,
        moment: card.momentOfTruth ? MOMENT_OF_TRUTH.icon : null,
        chips,
      },
      width,
      cardTextMeasurer(),
    );
  return (
    <>
      <div className={className} style={style}>
        {/* Glyphs and the chips (channel, "assumed"; they may be cut off at the head's end, and
            the description says them) are CSS generated content (data-glyph): the card's text
            is its words, all in its accessible name, in order (cardFace.ts). */}
        <div className={headFits ? 'card__head' : 'card__head card__head--tight'}>
          <span className="card__icon" aria-hidden="true" data-glyph={look.icon} />
          {painNumber !== null ? (
            <span className="card__number" aria-hidden="true" data-glyph={String(painNumber)} />
          ) : null}
          <span className="card__kind">{face.head}</span>
          {card.momentOfTruth ? (
            <span
              className="card__mot"
              title={MOMENT_OF_TRUTH.label}
              aria-hidden="true"
              data-glyph={MOMENT_OF_TRUTH.icon}
            />
          ) : null}
          {channelChip !== null ? (
            <span className="card__chip" aria-hidden="true" data-glyph={channelChip} />
          ) : null}
          {card.basis === 'assumed' ? (
            <span
              className="card__chip card__chip--assumed"
              aria-hidden="true"
              data-glyph="assumed"
            />
          ) : null}
        </div>
        {/* Word breaks between blocks, for tools that read the text without layout (axe). */}{' '}
        {editing && editable ? (
          <TitleEditor card={card} />
        ) : (
          <div
            className={[
              'card__title',
              card.title.trim() === '' && 'card__title--empty',
              clamped && 'card__title--clamped',
            ]
              .filter(Boolean)
              .join(' ')}
          >
            {face.title}
            {clamped ? (
              // The title is longer than a card shows: say so; the inspector has all of it.
              <span
                className="card__more"
                aria-hidden="true"
                title="The whole title is in the inspector"
                onClick={() => view.getState().set({ inspectorOpen: true })}
              >
                …more
              </span>
            ) : null}
          </div>
        )}{' '}
        <CardExtra card={card} scale={scale} />
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

/** The small text under the title (cardText.ts says what, and the layout made room for it). */
function CardExtra({ card, scale }: { card: Card; scale: readonly string[] }) {
  const face =
    card.kind === 'emotion' && card.score !== null ? (
      <span
        className="card__face"
        aria-hidden="true"
        style={{ background: EMOTION_COLOURS[card.score as EmotionScore] }}
      />
    ) : null;
  return (
    <>
      {face}
      {cardExtras(card, scale).map((block) => (
        <div
          key={block.role}
          className={`card__extra card__${block.role}${block.met === null ? '' : block.met ? ' card__metric--met' : ' card__metric--missed'}`}
        >
          {block.role === 'tallies' && card.kind === 'evidence' ? <TalliesBar card={card} /> : null}
          {block.role === 'status' ? <span className="card__dot" aria-hidden="true" /> : null}
          {block.dots ? <RatingDots {...block.dots} /> : null}
          <span className="card__extra-text">{block.text}</span>
        </div>
      ))}
    </>
  );
}

/** A rating's dots: `filled` of `of`, filled then hollow (cardText.ts `ratingDotsWidth`). */
function RatingDots({ filled, of }: { filled: number; of: number }) {
  return (
    <span className="card__rating-dots" aria-hidden="true">
      {Array.from({ length: of }, (_, i) => (
        <span key={i} className={i < filled ? 'card__rating-dot is-filled' : 'card__rating-dot'} />
      ))}
    </span>
  );
}

function TalliesBar({ card }: { card: EvidenceCard }) {
  const { positive, neutral, negative } = card.tallies;
  const total = positive + neutral + negative;
  const p = total === 0 ? 0 : (positive / total) * 100;
  const n = total === 0 ? 0 : (neutral / total) * 100;
  // In the seed reports' words ("18 positive, 2 problems"), as the step header and report say.
  const text = `${positive} positive · ${neutral} neutral · ${plural(negative, 'problem')}`;
  return (
    <span
      className="card__bar"
      aria-hidden="true"
      title={text}
      style={{
        background:
          total === 0
            ? undefined
            : `linear-gradient(90deg, ${TALLY_COLOURS.positive} 0 ${p}%, ${TALLY_COLOURS.neutral} ${p}% ${p + n}%, ${TALLY_COLOURS.negative} ${p + n}% 100%)`,
      }}
    />
  );
}

/**
 * The title, typed in place. Every keystroke is saved as one coalesced undo step, written
 * after the frame that shows it (useTypedText); Enter keeps the text, Esc puts back what was
 * there when editing began.
 */
function TitleEditor({ card }: { card: Card }) {
  const ctx = useCommandContext();
  const ref = useRef<HTMLTextAreaElement>(null);
  const original = useRef(card.title);
  const id = card.id;
  // The map's title now: the node's card is drawn a frame later (useCanvasNodes).
  const mapTitle = useEditor((s) => cardById(s.map.cards, id)?.title ?? '');
  const title = useTypedText(mapTitle, (text) => {
    ctx.editor.run(cards.updateCard, { id, patch: { title: text } });
    return cardById(ctx.editor.map.cards, id)?.title ?? text;
  });
  // Autosave writes what is typed when the page goes away, before it saves (autosave.ts).
  const { flush } = title;
  useEffect(() => ctx.editor.addPendingWriter(flush), [ctx.editor, flush]);
  useEffect(() => {
    const input = ref.current;
    if (!input) return;
    input.focus({ preventScroll: true });
    input.select();
  }, []);
  const stopEditing = () => {
    if (ctx.editor.view.getState().editingCardId === id)
      ctx.editor.view.getState().set({ editingCardId: null });
  };
  const finish = (restore: boolean) => {
    title.flush();
    if (restore && ctx.editor.map.cards.find((c) => c.id === id)?.title !== original.current) {
      ctx.editor.run(cards.updateCard, { id, patch: { title: original.current } });
    }
    stopEditing();
    ctx.canvas.focusCard(id);
  };
  return (
    <textarea
      ref={ref}
      className="card__title-input nodrag nopan nowheel"
      aria-label="Card title"
      maxLength={500}
      value={title.value}
      placeholder="Type a title"
      onChange={(event) => title.type(event.target.value.replace(/\n/g, ' '))}
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
        title.flush();
        stopEditing();
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
