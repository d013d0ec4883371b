/**
 * Generates large journey maps for the benchmark, in the current file format (format version 2,
 * src/persistence/format.ts). Plain JS so that node can run it without a TypeScript loader;
 * run.mjs checks every generated map with the app's own `readEnvelope` (migrate + zod) and
 * requires the parsed result to equal the input, so every default is spelled out here.
 *
 * The grid is 8 lanes × 6–20 phases of 2 steps; cards are dealt round-robin over the cells,
 * so each cell holds about the same number of cards, stacked by `order`.
 * Every card id contains the marker `bcard`, which is how the benchmark recognises card nodes
 * in the DOM (React Flow writes a node's id into its `data-id` attribute).
 */

export const CARD_ID_MARKER = 'bcard';
export const FORMAT_VERSION = 3;
const CREATED_AT = '2026-01-01T09:00:00.000Z';

/** The eight lanes of every generated map, with the card kind each one holds. */
const LANES = [
  { kind: 'touchpoints', name: 'Touchpoints', cardKind: 'touchpoint', side: 'frontstage' },
  { kind: 'actions', name: 'Customer actions', cardKind: 'action', side: 'frontstage' },
  { kind: 'thoughts', name: 'Thoughts', cardKind: 'thought', side: 'frontstage' },
  { kind: 'emotions', name: 'Emotions', cardKind: 'emotion', side: 'frontstage' },
  { kind: 'pain-points', name: 'Pain points', cardKind: 'pain-point', side: 'frontstage' },
  { kind: 'love-points', name: 'Love points', cardKind: 'love-point', side: 'frontstage' },
  { kind: 'opportunities', name: 'Opportunities & ideas', cardKind: 'idea', side: 'frontstage' },
  { kind: 'systems', name: 'Systems & tools', cardKind: 'system', side: 'backstage' },
];

const PHASES_BY_SIZE = { 200: 6, 1000: 10, 2000: 14, 5000: 20, 10000: 40 };
export const STEPS_PER_PHASE = 2;

const CHANNELS = ['phone', 'face-to-face', 'letter', 'email', 'web', 'app', 'chat', 'sms'];
const SEVERITIES = ['low', 'medium', 'high'];
const PHRASES = [
  'Looks for the opening hours online',
  'Waits on hold for twenty minutes',
  'Not sure which form applies to them',
  'Relieved when the officer calls back',
  'Gets a letter with the wrong date',
  'Asks a neighbour how it works',
  'Uploads documents from the phone',
  'Case notes are split across two systems',
];

/** Phases for a map of `cardCount` cards: 6 at 200 cards, 20 at 5,000, 40 at 10,000. */
export function phaseCountFor(cardCount) {
  return PHASES_BY_SIZE[cardCount] ?? Math.min(40, Math.max(6, Math.round(cardCount / 250)));
}

/** The characters a picture may have (LIMITS.pictureBytes in src/domain/schema.ts). */
export const PICTURE_MAX_CHARS = 3_000_000;
const PICTURE_PREFIX = 'data:image/png;base64,';
/**
 * A persona picture as large as a map may hold (3,000,000 characters, "3 MB"), as in
 * tests/unit/storage-writes.test.ts. Not a real PNG: Waymark checks the data URL's form only.
 */
export const BIG_PICTURE_DATA_URL =
  PICTURE_PREFIX + 'QUJD'.repeat(Math.floor((PICTURE_MAX_CHARS - PICTURE_PREFIX.length) / 4));
/** A piece of the big picture's text: a row that holds it holds the picture. */
export const BIG_PICTURE_MARKER = 'QUJD'.repeat(1000);

/** One persona, "Jo", with the big picture. */
function personaWithBigPicture() {
  return {
    id: 'persona-bench',
    name: 'Jo',
    picture: { kind: 'image', dataUrl: BIG_PICTURE_DATA_URL, alt: 'Photo of Jo' },
    quote: '',
    description: '',
    demographics: [],
    behaviours: [],
    needsAndChallenges: [],
    goalsAndMotivations: [],
  };
}

export function mapIdFor(cardCount) {
  return `bench-map-${cardCount}`;
}

const pad = (n, width) => String(n).padStart(width, '0');

function cardOf(kind, base, i) {
  const card = { ...base, kind };
  switch (kind) {
    case 'touchpoint':
      return { ...card, channel: CHANNELS[i % CHANNELS.length] };
    case 'emotion':
      return { ...card, score: (i % 5) - 2 };
    case 'pain-point':
      return { ...card, severity: SEVERITIES[i % SEVERITIES.length] };
    default:
      return card;
  }
}

/**
 * A valid journey map (the `map` of a format-2 envelope) with `cardCount` cards.
 * Deterministic: the same size always gives the same map. Options: `id`, `title`, `phases`,
 * `bigPicture` (one persona with a 3 MB picture).
 */
export function generateMap(cardCount, options = {}) {
  const id = options.id ?? mapIdFor(cardCount);
  const phaseCount = options.phases ?? phaseCountFor(cardCount);
  const lanes = LANES.map((lane, l) => ({
    id: `lane-${l}`,
    name: lane.name,
    kind: lane.kind,
    note: '',
    side: lane.side,
    height: null,
  }));
  const phases = [];
  const steps = [];
  for (let p = 0; p < phaseCount; p++) {
    const phaseSteps = [];
    for (let s = 0; s < STEPS_PER_PHASE; s++) {
      const n = p * STEPS_PER_PHASE + s;
      const step = {
        id: `step-${pad(n, 3)}`,
        title: `Step ${n + 1}`,
        description: '',
        emotionScore: (n % 5) - 2,
        emotionSource: 'manual',
        momentOfTruth: null,
        width: null,
      };
      phaseSteps.push(step);
      steps.push(step);
    }
    phases.push({
      id: `phase-${pad(p, 3)}`,
      name: `Phase ${p + 1}`,
      description: '',
      startDate: null,
      endDate: null,
      steps: phaseSteps,
    });
  }
  const cellCount = steps.length * lanes.length;
  const cards = [];
  for (let i = 0; i < cardCount; i++) {
    const cell = i % cellCount;
    const laneIndex = cell % lanes.length;
    const step = steps[Math.floor(cell / lanes.length)];
    const base = {
      id: `${CARD_ID_MARKER}${pad(i, 5)}`,
      laneId: lanes[laneIndex].id,
      stepId: step.id,
      order: Math.floor(i / cellCount),
      title: `${PHRASES[i % PHRASES.length]} (${i + 1})`,
      description: i % 3 === 0 ? 'Heard in three of the twenty interviews.' : '',
      basis: i % 4 === 0 ? 'evidenced' : null,
      momentOfTruth: null,
      tags: [],
    };
    cards.push(cardOf(LANES[laneIndex].cardKind, base, i));
  }
  return {
    id,
    title: options.title ?? `Bench ${cardCount} cards`,
    description: 'Generated by bench/generateMap.mjs',
    service: '',
    journeyType: '',
    owner: '',
    status: 'draft',
    tags: [],
    startDate: null,
    endDate: null,
    createdAt: CREATED_AT,
    updatedAt: CREATED_AT,
    settings: {
      showPersonas: true,
      showLineOfVisibility: true,
      showLegend: true,
      showEmotionCurve: true,
      showAnnotationsInExport: true,
    },
    personas: options.bigPicture ? [personaWithBigPicture()] : [],
    research: [],
    phases,
    lanes,
    cards,
    links: [],
    comments: [],
    voteRounds: [],
  };
}

/** The map wrapped in the file envelope, as `Export JSON` writes it and `Import` reads it. */
export function toEnvelope(map, appVersion) {
  return { format: 'waymark.journey-map', formatVersion: FORMAT_VERSION, appVersion, map };
}
