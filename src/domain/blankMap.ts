import { newId } from './ids';
import { DEFAULT_RATING_SCALE } from './schemaReview';
import { newLane, newStep } from './edits';
import type { JourneyMap, Phase } from './schema';
import { reportSettingsFromPreset } from './reportSettings';
import type { LaneKind } from './vocabulary';

/**
 * The phases of a new map, left to right (a generic service journey; each has one untitled step).
 */
export const DEFAULT_PHASES = ['Aware', 'Join', 'Use', 'Get help', 'Leave'] as const;
/** The lanes of a new map, top to bottom. */
export const DEFAULT_LANES: readonly LaneKind[] = [
  'touchpoints',
  'actions',
  'thoughts',
  'emotions',
  'pain-points',
  'love-points',
  'opportunities',
];

/** A new map with the default grid (five phases of one step, seven lanes). */
export function createBlankMap(
  options: { title?: string; now?: Date; id?: string } = {},
): JourneyMap {
  const now = (options.now ?? new Date()).toISOString();
  const phases: Phase[] = DEFAULT_PHASES.map((name) => ({
    id: newId(),
    name,
    description: '',
    startDate: null,
    endDate: null,
    steps: [newStep()],
  }));
  return {
    id: options.id ?? newId(),
    title: options.title ?? 'Untitled journey map',
    description: '',
    service: '',
    journeyType: '',
    owner: '',
    status: 'draft',
    tags: [],
    startDate: null,
    endDate: null,
    themes: [],
    reviewDate: null,
    judgement: { overall: '', scale: [...DEFAULT_RATING_SCALE], criteria: [] },
    surveyScores: [],
    createdAt: now,
    updatedAt: now,
    settings: {
      showPersonas: true,
      showLineOfVisibility: true,
      showLegend: true,
      showEmotionCurve: true,
      showAnnotationsInExport: true,
    },
    personas: [],
    research: [],
    phases,
    lanes: DEFAULT_LANES.map((kind) => newLane(kind)),
    cards: [],
    links: [],
    comments: [],
    voteRounds: [],
    report: reportSettingsFromPreset('results'),
    currentStateMapId: null,
  };
}
