/**
 * The card palette: every kind, to drag onto a cell or click to add to the focused cell.
 * Each item runs the registry's "Add … card" command and shows its shortcut.
 */
import type { CSSProperties } from 'react';
import { useCommandStatus, useRunCommand } from '../../bindings/EditorProvider';
import { getCommand } from '../../commands';
import { CARD_KIND_DRAG_TYPE } from '../../canvas/MapCanvas';
import { CARD_KIND_REGISTRY, kindStyleProperties } from '../../domain/kinds';
import { CARD_KINDS, type CardKind } from '../../domain/vocabulary';
import { usePanelsWaiting } from './panelsAfterFirstPaint';

/**
 * The palette of card kinds: drag one onto a cell, or click it to add a card to the focused cell.
 */
export function Palette() {
  // Its place, until the map's cards have painted (panelsAfterFirstPaint.tsx).
  if (usePanelsWaiting()) return <div className="palette" />;
  return (
    <aside className="palette" aria-labelledby="palette-title">
      <h2 id="palette-title">Cards</h2>
      {/* Touch screens get their own words (CSS shows one hint by the pointer): a finger drag is
          not a mouse drag there. */}
      <p className="palette__hint palette__hint--mouse">
        Drag onto a cell, or click to add to the selected cell.
      </p>
      <p className="palette__hint palette__hint--touch">
        Tap a cell, then a kind. To move a card, tap it, then drag it.
      </p>
      <ul className="palette__list">
        {CARD_KINDS.map((kind) => (
          <li key={kind}>
            <PaletteItem kind={kind} />
          </li>
        ))}
      </ul>
    </aside>
  );
}

function PaletteItem({ kind }: { kind: CardKind }) {
  const command = getCommand(`addCard.${kind}`);
  const { enabled } = useCommandStatus(command);
  const run = useRunCommand();
  const look = CARD_KIND_REGISTRY[kind];
  return (
    <button
      type="button"
      className="palette__item"
      draggable={enabled}
      disabled={!enabled}
      aria-label={command.label}
      aria-keyshortcuts={look.shortcut}
      title={`${look.meaning} Shortcut: ${look.shortcut} on a cell.`}
      style={kindStyleProperties(kind) as CSSProperties}
      onDragStart={(event) => {
        event.dataTransfer.setData(CARD_KIND_DRAG_TYPE, kind);
        event.dataTransfer.effectAllowed = 'copy';
      }}
      onClick={() => run(command)}
    >
      {/* Icon and shortcut letter are generated content: the visible words ("Pain point") are
          then part of the name ("Add pain point card", WCAG 2.5.3). */}
      <span className="palette__icon" aria-hidden="true" data-glyph={look.icon} />
      <span className="palette__label">{look.label}</span>
      <kbd aria-hidden="true" data-glyph={look.shortcut} />
    </button>
  );
}
