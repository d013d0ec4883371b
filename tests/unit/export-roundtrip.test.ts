/**
 * Property: any valid map survives the JSON file format unchanged —
 * readMapFile(serializeMap(map)) gives back a deep-equal map.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { journeyMapSchema, type JourneyMapInput } from '../../src/domain/schema';
import {
  CARD_KINDS,
  CHANNELS,
  EVIDENCE_BASES,
  EXPERIENCE_SIDES,
  LANE_KINDS,
  LINK_KINDS,
  MAP_STATUSES,
  RECOMMENDATION_STATUSES,
  RESEARCH_METHODS,
  SEVERITIES,
  type CardKind,
} from '../../src/domain/vocabulary';
import { readMapFile, serializeMap } from '../../src/persistence/format';

type CardInput = NonNullable<JourneyMapInput['cards']>[number];

// Text of any kind: graphemes of every script, markup, control characters, lone surrogates.
const awkward = fc.constantFrom(
  '<script>',
  '&amp;',
  '"',
  "'",
  '\\',
  '\u0000',
  '\u001f',
  '\uD800',
  '\uDFFF',
  '\u2028',
  '😀',
  '👩‍👩‍👧',
  '\r\n',
  'e\u0301',
  '\uFEFF',
);
const char = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  awkward,
);
const text = (maxLength: number) => fc.string({ unit: char, maxLength });
const short = text(30);
const long = text(80);
const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
// JSON has no −0 (it writes 0), and the two mean the same order or value.
const num = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true }).map((v) => (v === 0 ? 0 : v));
const int = (min: number, max: number) => fc.integer({ min, max });
const isoDate = fc
  .date({ min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const isoDateTime = fc
  .date({ min: new Date('1970-01-01'), max: new Date('2199-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString());
const url = fc.oneof(
  fc.webUrl(),
  fc.emailAddress().map((e) => `mailto:${e}`),
);
const momentOfTruth = nullable(fc.record({ reason: long }));
const score = nullable(int(-2, 2));

/** Ids: a random stem plus a counter, so they are valid and unique. */
const idStem = fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/);

function kindFields(
  kind: CardKind,
  cardIds: string[],
  id: (n: string) => string,
): fc.Arbitrary<Record<string, unknown>> {
  switch (kind) {
    case 'touchpoint':
      return fc.record({ channel: fc.constantFrom(...CHANNELS) });
    case 'emotion':
      return fc.record({ score });
    case 'pain-point':
      return fc.record({ severity: nullable(fc.constantFrom(...SEVERITIES)) });
    case 'metric':
      return fc.record({
        value: nullable(num(-1e6, 1e6)),
        target: nullable(num(-1e6, 1e6)),
        unit: short,
        sampleSize: nullable(int(0, 100_000_000)),
        date: nullable(isoDate),
        direction: fc.constantFrom('higher-is-better', 'lower-is-better'),
      });
    case 'evidence':
      return fc.record({
        tallies: fc.record({ positive: int(0, 1e6), neutral: int(0, 1e6), negative: int(0, 1e6) }),
        participants: fc.record({ count: nullable(int(0, 1e6)), of: nullable(int(0, 1e6)) }),
        quotes: fc
          .array(fc.record({ text: long, participant: short }), { maxLength: 2 })
          .map((quotes) => quotes.map((q, i) => ({ id: id(`q${i}`), ...q }))),
        source: short,
        sourceUrl: nullable(url),
        researchId: nullable(idStem),
      });
    case 'recommendation':
      return fc.record({
        why: long,
        theme: short,
        owner: short,
        targetDate: nullable(isoDate),
        revisedDate: nullable(isoDate),
        completedDate: nullable(isoDate),
        status: fc.constantFrom(...RECOMMENDATION_STATUSES),
        progress: fc
          .array(
            fc.record({
              date: isoDate,
              text: long,
              status: fc.constantFrom(...RECOMMENDATION_STATUSES),
            }),
            { maxLength: 2 },
          )
          .map((updates) => updates.map((u, i) => ({ id: id(`u${i}`), ...u }))),
        answers: cardIds.length > 0 ? nullable(fc.constantFrom(...cardIds)) : fc.constant(null),
      });
    default:
      return fc.constant({});
  }
}

/** A valid map (as a file would hold it) with everything a map can have. */
const mapInput: fc.Arbitrary<JourneyMapInput> = fc
  .record({
    stem: idStem,
    stepsPerPhase: fc.array(int(1, 3), { minLength: 1, maxLength: 4 }),
    laneCount: int(1, 5),
    cardKinds: fc.array(fc.constantFrom(...CARD_KINDS), { maxLength: 14 }),
  })
  .chain(({ stem, stepsPerPhase, laneCount, cardKinds }) => {
    const id = (n: string) => `${stem}-${n}`;
    const stepIds = stepsPerPhase.flatMap((count, p) =>
      Array.from({ length: count }, (_, s) => id(`s${p}_${s}`)),
    );
    const laneIds = Array.from({ length: laneCount }, (_, l) => id(`l${l}`));
    const cardIds = cardKinds.map((_, c) => id(`c${c}`));
    const phases = fc.tuple(
      ...stepsPerPhase.map((count, p) =>
        fc.record({
          id: fc.constant(id(`p${p}`)),
          name: short,
          description: long,
          startDate: nullable(isoDate),
          endDate: nullable(isoDate),
          steps: fc.tuple(
            ...Array.from({ length: count }, (_, s) =>
              fc.record({
                id: fc.constant(id(`s${p}_${s}`)),
                title: short,
                description: long,
                emotionScore: score,
                emotionSource: fc.constantFrom('manual', 'evidence'),
                momentOfTruth,
                width: nullable(num(80, 4000)),
              }),
            ),
          ),
        }),
      ),
    );
    const lanes = fc.tuple(
      ...laneIds.map((laneId) =>
        fc.record({
          id: fc.constant(laneId),
          name: short,
          kind: fc.constantFrom(...LANE_KINDS),
          note: long,
          side: fc.constantFrom(...EXPERIENCE_SIDES),
          height: nullable(num(40, 4000)),
        }),
      ),
    );
    const cards = fc.tuple(
      ...cardKinds.map((kind, c) =>
        fc
          .record({
            laneId: fc.constantFrom(...laneIds),
            stepId: fc.constantFrom(...stepIds),
            order: num(-1e6, 1e6),
            title: short,
            description: long,
            basis: nullable(fc.constantFrom(...EVIDENCE_BASES)),
            momentOfTruth,
            tags: fc.array(short, { maxLength: 3 }),
            extra: kindFields(kind, cardIds, (n) => id(`c${c}${n}`)),
          })
          .map(
            ({ extra, ...card }): CardInput =>
              ({ ...extra, ...card, id: cardIds[c]!, kind }) as CardInput,
          ),
      ),
    );
    const pairs =
      cardIds.length > 0
        ? fc
            .array(fc.tuple(fc.constantFrom(...cardIds), fc.constantFrom(...cardIds)), {
              maxLength: 5,
            })
            // A link from a card to itself is not valid.
            .map((ends) => ends.filter(([from, to]) => from !== to))
        : fc.constant([]);
    const links = pairs.chain((ends) =>
      fc.tuple(
        ...ends.map(([from, to], i) =>
          fc.record({
            id: fc.constant(id(`k${i}`)),
            from: fc.constant(from),
            to: fc.constant(to),
            kind: fc.constantFrom(...LINK_KINDS),
            label: short,
          }),
        ),
      ),
    );
    const targets = [
      ...cardIds.map((target) => ({ kind: 'card' as const, id: target })),
      ...stepIds.map((target) => ({ kind: 'step' as const, id: target })),
    ];
    const comments = fc
      .array(
        fc.record({
          target: fc.constantFrom(...targets),
          reply: fc.boolean(),
          author: short,
          text: long,
          createdAt: isoDateTime,
          resolved: fc.boolean(),
        }),
        { maxLength: 4 },
      )
      .map((list) =>
        list.map(({ reply, ...comment }, i) => ({
          ...comment,
          id: id(`m${i}`),
          parentId: reply && i > 0 ? id(`m${i - 1}`) : null,
        })),
      );
    const voteRounds = fc
      .array(
        fc.record({
          question: short,
          votesPerParticipant: int(1, 100),
          cardKinds: fc.uniqueArray(fc.constantFrom(...CARD_KINDS), { maxLength: 3 }),
          anonymous: fc.boolean(),
          status: fc.constantFrom('open', 'revealed'),
          createdAt: isoDateTime,
          votes:
            cardIds.length > 0
              ? fc.array(fc.record({ participant: short, cardId: fc.constantFrom(...cardIds) }), {
                  maxLength: 4,
                })
              : fc.constant<{ participant: string; cardId: string }[]>([]),
        }),
        { maxLength: 2 },
      )
      .map((rounds) =>
        rounds.map((round, r) => ({
          ...round,
          id: id(`v${r}`),
          votes: round.votes.map((vote, v) => ({ ...vote, id: id(`v${r}_${v}`) })),
        })),
      );
    const picture = nullable(
      fc.oneof(
        fc.record({
          kind: fc.constant('image' as const),
          dataUrl: fc
            .base64String({ minLength: 4, maxLength: 40 })
            .map((b) => `data:image/png;base64,${b}`),
          alt: short,
        }),
        fc.record({ kind: fc.constant('avatar' as const), seed: short }),
      ),
    );
    const personas = fc
      .array(
        fc.record({
          name: short,
          picture,
          quote: long,
          description: long,
          demographics: fc.array(short, { maxLength: 2 }),
          behaviours: fc.array(short, { maxLength: 2 }),
          needsAndChallenges: fc.array(short, { maxLength: 2 }),
          goalsAndMotivations: fc.array(short, { maxLength: 2 }),
        }),
        { maxLength: 2 },
      )
      .map((list) => list.map((persona, i) => ({ ...persona, id: id(`per${i}`) })));
    const research = fc
      .array(
        fc.record({
          method: fc.constantFrom(...RESEARCH_METHODS),
          participants: nullable(int(0, 10_000_000)),
          startDate: nullable(isoDate),
          endDate: nullable(isoDate),
          conductedBy: short,
          notes: long,
        }),
        { maxLength: 2 },
      )
      .map((list) => list.map((item, i) => ({ ...item, id: id(`r${i}`) })));
    return fc.record({
      id: fc.constant(id('map')),
      title: short,
      description: long,
      service: short,
      journeyType: short,
      owner: short,
      status: fc.constantFrom(...MAP_STATUSES),
      tags: fc.array(short, { maxLength: 3 }),
      startDate: nullable(isoDate),
      endDate: nullable(isoDate),
      createdAt: isoDateTime,
      updatedAt: isoDateTime,
      settings: fc.record({
        showPersonas: fc.boolean(),
        showLineOfVisibility: fc.boolean(),
        showLegend: fc.boolean(),
        showEmotionCurve: fc.boolean(),
        showAnnotationsInExport: fc.boolean(),
      }),
      personas,
      research,
      phases,
      lanes,
      cards,
      links,
      comments,
      voteRounds,
    });
  });

describe('JSON round trip', () => {
  it('readMapFile(serializeMap(map)) gives back the same map', () => {
    fc.assert(
      fc.property(mapInput, (input) => {
        const map = journeyMapSchema.parse(input);
        const back = readMapFile(serializeMap(map));
        expect(back).toEqual({ ok: true, map, migratedFrom: null });
      }),
      { numRuns: 100 },
    );
  });
});
