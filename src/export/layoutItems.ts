/**
 * Small builders shared by the layout modules: text items and wrapped lines.
 */
import type { TextItem } from './layoutTypes';
import type { TextStyle } from './text';
import { INK } from './theme';

/** One line of text as a layout item (y is the baseline). */
export function textItem(
  text: string,
  x: number,
  y: number,
  style: TextStyle,
  extra: Partial<Omit<TextItem, 'type' | 'text' | 'x' | 'y' | 'size' | 'bold'>> = {},
): TextItem {
  return {
    type: 'text',
    text,
    x,
    y,
    size: style.size,
    bold: style.bold ?? false,
    italic: extra.italic ?? false,
    colour: extra.colour ?? INK,
    anchor: extra.anchor ?? 'start',
    maxWidth: extra.maxWidth ?? Infinity,
  };
}

/** Wrapped lines as text items, the first line's box starting at `top`. */
export function lineItems(
  lines: readonly string[],
  x: number,
  top: number,
  style: TextStyle,
  lineHeight: number,
  extra: Parameters<typeof textItem>[4] = {},
): TextItem[] {
  return lines.map((line, i) =>
    textItem(line, x, top + i * lineHeight + lineHeight / 2 + style.size * 0.35, style, extra),
  );
}

/** A step's column: its place in journey order, its left edge and width. */
export interface Column {
  stepIndex: number;
  x: number;
  w: number;
}

/** Wraps text to lines (the measurer is bound by the caller). */
export type Wrap = (text: string, maxWidth: number, style: TextStyle, maxLines: number) => string[];
