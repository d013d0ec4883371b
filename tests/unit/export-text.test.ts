/**
 * Text in every script, wrapped where a reader would wrap it (issue 16, part 4), and nothing
 * cut off in SVG/PNG exports (part 5): status, metric and its colour, the whole persona, card
 * heights from measured text.
 */
import { describe, expect, it } from 'vitest';
import { addCard } from '../../src/domain/edits';
import { createPersona } from '../../src/domain/personas';
import type { JourneyMap } from '../../src/domain/schema';
import { layoutMap, type CardBox, type TextItem } from '../../src/export/layout';
import { buildScene } from '../../src/export/scene';
import { sceneToSvg } from '../../src/export/svg';
import {
  estimateTextWidth,
  graphemes,
  textDirection,
  wrapText,
  type TextMeasurer,
} from '../../src/export/text';
import { STATUS_COLOURS } from '../../src/domain/kinds';
import { richMap } from '../builders';

const style = { size: 13 };
const wrap = (text: string, maxWidth: number, measure: TextMeasurer = estimateTextWidth) =>
  wrapText(text, { maxWidth, style, measure });
const BIDI_MARKS = /[\u200E\u200F]/g;
const joined = (lines: string[], separator = '') => lines.join(separator).replace(BIDI_MARKS, '');

/** Where the word segmenter allows a break in `text` (its word boundaries). */
function wordBoundaries(text: string): Set<number> {
  const at = new Set<number>();
  for (const { index } of new Intl.Segmenter('th', { granularity: 'word' }).segment(text))
    at.add(index);
  return at;
}

describe('wrapping in every script', () => {
  it('never starts a line with a Thai tone mark or vowel sign torn from its consonant', () => {
    const thai = 'ผู้เช่าที่อยู่อาศัยต้องการความช่วยเหลือเรื่องการซ่อมแซมบ้านที่นี่';
    for (const width of [20, 35, 50, 80, 120]) {
      const lines = wrap(thai, width);
      expect(joined(lines)).toBe(thai);
      for (const line of lines)
        expect(line, `width ${width}`).not.toMatch(/^[\u200E\u200F]?\p{M}/u);
    }
  });

  it('breaks Thai, which has no spaces, between words', () => {
    const thai = 'ภาษาไทยไม่มีการเว้นวรรคระหว่างคำในประโยค';
    const words = wordBoundaries(thai);
    const lines = wrap(thai, 90);
    expect(lines.length).toBeGreaterThan(1);
    let at = 0;
    for (const line of lines.slice(0, -1)) {
      at += line.replace(BIDI_MARKS, '').length;
      expect(words.has(at), `break at ${at} after “${line}”`).toBe(true);
    }
  });

  it.each([
    ['skin-tone modifiers stay on their emoji', '👍🏽'.repeat(12)],
    ['flags stay whole', '🇬🇧🇫🇷🇩🇪🇯🇵🇹🇭🇸🇦🇮🇱'],
    ['family emoji joined by ZWJ stay whole', '👨‍👩‍👧‍👦'.repeat(6)],
    ['accents written as combining marks stay on their letter', 'Cafe\u0301'.repeat(10)],
    ['Devanagari vowel signs stay on their consonant', 'किराएदारोंकीसहायता'.repeat(3)],
  ])('%s', (_name, text) => {
    const whole = new Set(graphemes(text));
    for (const width of [16, 30, 45]) {
      const lines = wrap(text, width);
      expect(joined(lines)).toBe(text);
      for (const line of lines) {
        for (const g of graphemes(line.replace(BIDI_MARKS, '')))
          expect(whole.has(g), `“${g}” is a piece`).toBe(true);
      }
    }
  });

  it('wraps Japanese and Chinese between words, never before a closing mark', () => {
    for (const text of [
      '日本語の文章には単語の間にスペースがありません。修理の依頼は電話で受け付けます。',
      '租户需要帮助修理房屋，请致电客户服务中心。',
    ]) {
      const lines = wrap(text, 80);
      expect(lines.length).toBeGreaterThan(2);
      expect(joined(lines)).toBe(text);
      for (const line of lines) {
        expect(estimateTextWidth(line, style)).toBeLessThanOrEqual(80);
        expect(line).not.toMatch(/^[。、，]/u);
      }
    }
  });

  it('breaks at spaces and after hyphens in scripts with spaces, never before punctuation', () => {
    const lines = wrap('A well-known repairs line (for tenants), open 24/7 — call now!', 70);
    expect(joined(lines, ' ').replace(/- /g, '-').replace(/\/ /g, '/')).toBe(
      'A well-known repairs line (for tenants), open 24/7 — call now!',
    );
    for (const line of lines) expect(line).not.toMatch(/^[,.!)]/);
    expect(lines.some((line) => line.endsWith('well-'))).toBe(true);
  });

  it('keeps a right-to-left paragraph right-to-left on every line', () => {
    const arabic = 'اتصل المستأجر 3 مرات في عام 2024 بشأن تسرب المياه في المطبخ';
    expect(textDirection(arabic)).toBe('rtl');
    const lines = wrap(arabic, 110);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(textDirection(line)).toBe('rtl');
    expect(joined(lines, ' ')).toBe(arabic);
    // And a left-to-right paragraph stays left-to-right where a line starts with Hebrew.
    const english = 'Residents called שלום about it';
    for (const line of wrap(english, 40)) expect(textDirection(line)).toBe('ltr');
    expect(textDirection('2024 — 12')).toBe('ltr');
    expect(textDirection('שלום 2024')).toBe('rtl');
  });
});

function cardOf(layout: ReturnType<typeof layoutMap>, id: string): CardBox {
  const card = layout.cards.find((c) => c.id === id);
  if (!card) throw new Error(`no card ${id}`);
  return card;
}

const texts = (card: CardBox): TextItem[] =>
  card.items.flatMap((item) =>
    item.type === 'text' ? [item] : item.type === 'pill' ? item.labels : [],
  );
const words = (card: CardBox) =>
  texts(card)
    .map((t) => t.text.replace(BIDI_MARKS, ''))
    .join(' ');

describe('nothing cut off in SVG and PNG exports', () => {
  function narrow(map: JourneyMap, width: number): JourneyMap {
    return {
      ...map,
      phases: map.phases.map((p) => ({ ...p, steps: p.steps.map((s) => ({ ...s, width })) })),
    };
  }

  it('shows a recommendation status whole, even in a narrow column', () => {
    let map = narrow(richMap(), 80);
    const rec = map.cards.find((c) => c.kind === 'recommendation')!;
    map = {
      ...map,
      cards: map.cards.map((c) => (c.id === rec.id ? { ...c, status: 'complete' as const } : c)),
    };
    for (const step of [100, 120, 224]) {
      const card = cardOf(layoutMap(narrow(map, step)), rec.id);
      const pill = card.items.find((item) => item.type === 'pill');
      expect(pill?.type === 'pill' && pill.labels.map((l) => l.text).join(' ')).toBe('Complete');
      expect(pill && pill.x + pill.w).toBeLessThanOrEqual(card.w);
      expect(words(card)).not.toContain('…');
    }
    // In the narrowest column a step can have, the word wraps inside the pill but is all there.
    const narrowest = cardOf(layoutMap(narrow(map, 80)), rec.id);
    const pill = narrowest.items.find((item) => item.type === 'pill');
    expect(pill?.type === 'pill' && pill.labels.map((l) => l.text).join('')).toBe('Complete');
  });

  it('shows a metric against its target whole, with its off-track state in words and colour', () => {
    let map = richMap();
    const metric = map.cards.find((c) => c.kind === 'metric')!;
    map = {
      ...map,
      cards: map.cards.map((c) =>
        c.id === metric.id
          ? {
              ...c,
              title: '80% of calls answered within 4 minutes',
              value: 70,
              target: 80,
              unit: '% of calls',
              direction: 'higher-is-better' as const,
            }
          : c,
      ),
    };
    for (const step of [120, 224]) {
      const card = cardOf(layoutMap(narrow(map, step)), metric.id);
      expect(words(card)).toContain('80% of calls answered within 4 minutes');
      expect(words(card).replace(/\s+/g, ' ')).toContain('70 % of calls (target 80 % of calls)');
      const status = texts(card).find((t) => t.text.includes('Off track'));
      expect(status).toMatchObject({
        text: '✗ Off track',
        colour: STATUS_COLOURS['off-track'].ink,
        bold: true,
      });
    }
    const onTrack = {
      ...map,
      cards: map.cards.map((c) => (c.id === metric.id ? { ...c, value: 85 } : c)),
    };
    expect(
      texts(cardOf(layoutMap(onTrack), metric.id)).find((t) => t.text === '✓ On track'),
    ).toMatchObject({
      colour: STATUS_COLOURS['on-track'].ink,
    });
  });

  it('shows the whole persona: name, quote, description and every list', () => {
    const persona = createPersona({
      name: 'Margaret, 78, lives alone',
      quote: 'I just want to know when someone is coming, and for them to turn up when they say.',
      description: 'Retired nurse; uses a walking frame since her fall last winter.',
      demographics: [
        '78',
        'Lives alone',
        'Tenant for 30 years',
        'Widowed',
        'Two children nearby',
        'Pension only',
      ],
      behaviours: ['Phones rather than emails', 'Keeps every letter'],
      needsAndChallenges: ['Cannot stand for long', 'Hard of hearing on the phone'],
      goalsAndMotivations: ['Stay in her own home'],
    });
    const map = { ...richMap(), personas: [persona] };
    const layout = layoutMap(map);
    const box = layout.personas[0]!;
    const text = box.lines.map((l) => l.text).join(' ');
    for (const part of [
      'Margaret, 78, lives alone',
      'turn up when they say',
      'walking frame',
      'Demographics',
      '• Pension only',
      'Behaviours',
      '• Keeps every letter',
      'Needs & challenges',
      '• Hard of hearing on the phone',
      'Goals & motivations',
      '• Stay in her own home',
    ]) {
      expect(text).toContain(part);
    }
    expect(text).not.toContain('…');
    for (const line of box.lines) expect(line.y).toBeLessThanOrEqual(box.y + box.h);
  });

  it('makes cards as tall as their measured text, and every line fits its measured width', () => {
    const map = richMap();
    const wide: TextMeasurer = (text, s) => estimateTextWidth(text, s) * 1.6;
    const normal = layoutMap(map);
    const measured = layoutMap(map, { measure: wide });
    const id = 'c-touch2';
    expect(cardOf(measured, id).h).toBeGreaterThan(cardOf(normal, id).h);
    for (const card of measured.cards) {
      for (const line of texts(card)) {
        expect(wide(line.text, line), `“${line.text}” in ${card.id}`).toBeLessThanOrEqual(
          line.maxWidth + 0.01,
        );
        expect(line.y).toBeLessThanOrEqual(card.h);
      }
    }
  });

  it('shows long titles whole, and says where the rest of a very long description is', () => {
    let map = richMap();
    const title = 'A very long idea title that keeps going '.repeat(10).trim().slice(0, 400);
    map = addCard(map, {
      kind: 'idea',
      laneId: 'l-opportunities',
      stepId: 's-wait',
      title,
      id: 'long',
    });
    map = {
      ...map,
      cards: map.cards.map((c) =>
        c.id === 'long' ? { ...c, description: 'Line of notes. '.repeat(600) } : c,
      ),
    };
    const card = cardOf(layoutMap(map), 'long');
    expect(words(card).replace(/\s+/g, ' ')).toContain(title);
    expect(texts(card).at(-1)?.text).toMatch(/^… \d+ more lines in Waymark$/);
  });

  it('names untitled steps as the canvas does', () => {
    const map = richMap();
    map.phases[0]!.steps[0]!.title = '';
    const layout = layoutMap(map);
    const phase = map.phases[0]!;
    const expected = phase.steps.length === 1 ? phase.name : `${phase.name} 1`;
    expect(layout.steps[0]!.lines.map((l) => l.text).join(' ')).toBe(expected);
  });

  it('keeps right-to-left text right-to-left in the SVG, aligned to the right', () => {
    let map = richMap();
    map = addCard(map, {
      kind: 'idea',
      laneId: 'l-opportunities',
      stepId: 's-wait',
      title: 'اتصل بنا قبل الساعة 5 مساءً',
      id: 'ar',
    });
    map = addCard(map, {
      kind: 'idea',
      laneId: 'l-opportunities',
      stepId: 's-wait',
      title: 'התקשרו אלינו',
      id: 'he',
    });
    const layout = layoutMap(map);
    const svg = sceneToSvg(buildScene(layout, { background: 'white', title: map.title }));
    for (const id of ['ar', 'he']) {
      const card = cardOf(layout, id);
      const title = texts(card).find((t) => t.bold && t.size === 13)!;
      const right = card.x + title.x + title.maxWidth;
      const text = title.text.replace(/&/g, '&amp;');
      expect(svg).toContain(`x="${Math.round(right * 100) / 100}"`);
      expect(svg).toMatch(new RegExp(`<text [^>]*direction="rtl"[^>]*>${text}</text>`));
    }
    expect(svg).not.toMatch(/direction="rtl"[^>]*>Untitled card/);
  });
});
