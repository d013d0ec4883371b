import { describe, expect, it } from 'vitest';
import { journeyMapSchema, type JourneyMap } from '../../src/domain/schema';
import { describeIssues, type Problem } from '../../src/domain/validation';
import { CARD_KINDS } from '../../src/domain/vocabulary';
import { everyKindMap, sampleMap } from '../builders';

const NOW = new Date('2026-01-01T09:00:00.000Z');

/** A blank map with one card of every kind, as plain JSON (what a file would hold). */
const mapWithEveryKind = (): JourneyMap => everyKindMap(NOW);

/** JSON copy that tests can break freely (as an edited file would be). */
type Rec = Record<string, unknown>;
interface RawMap extends Rec {
  phases: (Rec & { steps: Rec[] })[];
  lanes: Rec[];
  cards: Rec[];
}

function rawMap(): RawMap {
  return JSON.parse(JSON.stringify(mapWithEveryKind()));
}

function problemsOf(input: unknown): Problem[] {
  const result = journeyMapSchema.safeParse(input);
  expect(result.success).toBe(false);
  return result.success ? [] : describeIssues(result.error);
}

describe('journeyMapSchema accepts', () => {
  it('a map with a card of every kind in CARD_KINDS', () => {
    const map = mapWithEveryKind();
    const result = journeyMapSchema.safeParse(map);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
    expect(result.data?.cards.map((c) => c.kind)).toEqual([...CARD_KINDS]);
    // A parse of a valid map changes nothing: defaults are already filled by createCard.
    expect(result.data).toEqual(map);
  });

  it('a card that leaves out fields with defaults, filling them in', () => {
    const raw = rawMap();
    raw.cards = [
      {
        id: 'bare',
        kind: 'evidence',
        laneId: raw.lanes[0]!.id,
        stepId: raw.phases[0]!.steps[0]!.id,
        order: 0,
        title: 'Bare',
      },
    ];
    const result = journeyMapSchema.safeParse(raw);
    expect(result.success).toBe(true);
    const card = result.data?.cards[0];
    expect(card).toMatchObject({
      kind: 'evidence',
      description: '',
      tags: [],
      quotes: [],
      sourceUrl: null,
      tallies: { positive: 0, neutral: 0, negative: 0 },
    });
  });
});

describe('journeyMapSchema rejects bad input, naming the place in plain words', () => {
  it('a step title that is a number: phases[2].steps[0].title expected text', () => {
    const raw = rawMap();
    raw.phases[2]!.steps[0]!.title = 42;
    expect(problemsOf(raw)).toEqual([
      { path: 'phases[2].steps[0].title', message: 'expected text' },
    ]);
  });

  it('a missing required field says it is missing', () => {
    const raw = rawMap();
    delete raw.lanes[1]!.name;
    expect(problemsOf(raw)).toEqual([{ path: 'lanes[1].name', message: 'missing, expected text' }]);
  });

  it('a card kind that does not exist', () => {
    const raw = rawMap();
    raw.cards[3]!.kind = 'banana';
    expect(problemsOf(raw)).toEqual([
      {
        path: 'cards[3].kind',
        message:
          'not a recognised value here (check the "kind" field and the fields that kind needs)',
      },
    ]);
  });

  it('a date not written as YYYY-MM-DD', () => {
    const raw = rawMap();
    raw.phases[0]!.startDate = '01/02/2026';
    expect(problemsOf(raw)).toEqual([
      { path: 'phases[0].startDate', message: 'expected a date written as YYYY-MM-DD' },
    ]);
  });

  it('a date-time without a time', () => {
    const raw = rawMap();
    raw.createdAt = '2026-01-01';
    expect(problemsOf(raw)).toEqual([
      { path: 'createdAt', message: 'expected a date and time (ISO 8601)' },
    ]);
  });

  it('a card on a lane that does not exist', () => {
    const raw = rawMap();
    raw.cards[5]!.laneId = 'no-such-lane';
    expect(problemsOf(raw)).toEqual([
      { path: 'cards[5].laneId', message: 'no lane has the id "no-such-lane"' },
    ]);
  });

  it('a card on a step that does not exist', () => {
    const raw = rawMap();
    raw.cards[0]!.stepId = 'no-such-step';
    expect(problemsOf(raw)).toEqual([
      { path: 'cards[0].stepId', message: 'no step has the id "no-such-step"' },
    ]);
  });

  it('two records with the same id', () => {
    const raw = rawMap();
    raw.cards[1]!.id = raw.cards[0]!.id;
    const problems = problemsOf(raw);
    expect(problems).toEqual([
      {
        path: 'cards[1].id',
        message: `duplicate id "${raw.cards[0]!.id}" (also used at cards[0].id)`,
      },
    ]);
  });

  it('a persona sharing an id with a phase', () => {
    const raw = rawMap();
    raw.personas = [{ id: raw.phases[0]!.id, name: 'Ann' }];
    expect(problemsOf(raw)).toEqual([
      {
        path: 'personas[0].id',
        message: `duplicate id "${raw.phases[0]!.id}" (also used at phases[0].id)`,
      },
    ]);
  });

  it('a link to a card that does not exist', () => {
    const raw = rawMap();
    raw.links = [{ id: 'link-1', from: raw.cards[0]!.id, to: 'gone' }];
    expect(problemsOf(raw)).toEqual([
      { path: 'links[0].to', message: 'the link points at a card that does not exist ("gone")' },
    ]);
  });

  it('a recommendation answering a card that does not exist', () => {
    const raw = rawMap();
    const index = CARD_KINDS.indexOf('recommendation');
    raw.cards[index]!.answers = 'gone';
    expect(problemsOf(raw)).toEqual([
      { path: `cards[${index}].answers`, message: 'no card has the id "gone"' },
    ]);
  });

  it('a comment on a card that does not exist, and a reply to no comment', () => {
    const raw = rawMap();
    raw.comments = [
      {
        id: 'comment-1',
        target: { kind: 'card', id: 'gone' },
        parentId: 'nobody',
        author: 'Sam',
        text: 'Hm',
        createdAt: NOW.toISOString(),
      },
    ];
    expect(problemsOf(raw)).toEqual([
      {
        path: 'comments[0].target.id',
        message: 'the comment is on a card that does not exist ("gone")',
      },
      {
        path: 'comments[0].parentId',
        message: 'the comment replies to a comment that does not exist ("nobody")',
      },
    ]);
  });

  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'not a url'])(
    'an evidence sourceUrl of %s',
    (url) => {
      const raw = rawMap();
      const index = CARD_KINDS.indexOf('evidence');
      raw.cards[index]!.sourceUrl = url;
      expect(problemsOf(raw)).toEqual([
        {
          path: `cards[${index}].sourceUrl`,
          message: 'expected a link starting with http://, https:// or mailto:',
        },
      ]);
    },
  );

  it('keeps an https sourceUrl', () => {
    const raw = rawMap();
    const index = CARD_KINDS.indexOf('evidence');
    raw.cards[index]!.sourceUrl = 'https://example.org/report?id=1';
    expect(journeyMapSchema.safeParse(raw).success).toBe(true);
  });

  it('a persona picture that is an SVG data URL', () => {
    const raw = rawMap();
    const svg = btoa('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    raw.personas = [
      {
        id: 'persona-1',
        name: 'Ann',
        picture: { kind: 'image', dataUrl: `data:image/svg+xml;base64,${svg}` },
      },
    ];
    expect(problemsOf(raw)).toEqual([
      { path: 'personas[0].picture.dataUrl', message: 'expected a PNG, JPEG, WebP or GIF picture' },
    ]);
  });

  it('keeps a PNG persona picture', () => {
    const raw = rawMap();
    raw.personas = [
      {
        id: 'persona-1',
        name: 'Ann',
        picture: { kind: 'image', dataUrl: 'data:image/png;base64,iVBORw0KGgo=' },
      },
    ];
    expect(journeyMapSchema.safeParse(raw).success).toBe(true);
  });

  it('an id with characters outside letters, digits, - and _', () => {
    const raw = rawMap();
    raw.lanes[0]!.id = 'lane one';
    for (const card of raw.cards) card.laneId = 'lane one';
    expect(problemsOf(raw)).toEqual([
      { path: 'lanes[0].id', message: 'expected an id made of letters, digits, - or _' },
      ...raw.cards.map((_: unknown, i: number) => ({
        path: `cards[${i}].laneId`,
        message: 'expected an id made of letters, digits, - or _',
      })),
    ]);
  });

  it('an emotion score outside −2…+2', () => {
    const raw = rawMap();
    raw.phases[0]!.steps[0]!.emotionScore = 3;
    expect(problemsOf(raw)).toEqual([
      { path: 'phases[0].steps[0].emotionScore', message: 'too large (at most 2)' },
    ]);
  });

  it('a phase with no steps', () => {
    const raw = rawMap();
    raw.phases.push({ id: 'empty-phase', name: 'Empty', steps: [] });
    expect(problemsOf(raw)).toEqual([
      { path: 'phases[5].steps', message: 'too few items (at least 1)' },
    ]);
  });
});

describe('cross-reference checks added after review', () => {
  const base = () => {
    const map = sampleMap(new Date('2026-01-01T00:00:00Z'));
    return JSON.parse(JSON.stringify(map)) as Record<string, unknown> & {
      links: unknown[];
      comments: unknown[];
      cards: { id: string }[];
    };
  };

  it('refuses a link from a card to itself', () => {
    const map = base();
    const id = map.cards[0]!.id;
    map.links = [{ id: 'self-link', from: id, to: id, kind: 'flow', label: '' }];
    const result = journeyMapSchema.safeParse(map);
    expect(result.success).toBe(false);
    expect(describeIssues(result.error!)).toContainEqual({
      path: 'links[0].to',
      message: 'a link cannot go from a card to itself',
    });
  });

  it('refuses comments whose replies go round in a circle', () => {
    const map = base();
    const target = { kind: 'card', id: map.cards[0]!.id };
    const at = '2026-01-01T00:00:00.000Z';
    map.comments = [
      {
        id: 'c-a',
        target,
        parentId: 'c-b',
        author: 'A',
        text: 'a',
        createdAt: at,
        resolved: false,
      },
      {
        id: 'c-b',
        target,
        parentId: 'c-a',
        author: 'B',
        text: 'b',
        createdAt: at,
        resolved: false,
      },
    ];
    const result = journeyMapSchema.safeParse(map);
    expect(result.success).toBe(false);
    expect(describeIssues(result.error!).map((p) => p.message)).toContain(
      'the replies of this comment go round in a circle',
    );
  });
});
