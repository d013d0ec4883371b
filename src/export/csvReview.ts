/**
 * The review in the map's CSV (format 4): the rating scale, the overall judgement, the criteria
 * with their ratings, the survey scores and the steps' ratings travel in the same sheet as the
 * cards, as rows whose `kind` names what they hold, after (steps: before) the card rows:
 *
 * - `step`: one row per step (phase, step, their ids and `rating`), first and in journey order,
 *   written only when some step is rated, so steps keep their order and their ratings;
 * - `rating scale`: one row per word of the scale, worst first (the word in `title`);
 * - `judgement`: the overall judgement (in `title`);
 * - `criterion`: a criterion (`id`, its name in `title`, `rating`, its note in `description`);
 * - `survey score`: a score card row (`id`, channel in `channel`, aspect in `title`, `average`,
 *   `share top (%)`, `share bottom (%)`, `sample size`, `standard`).
 *
 * On import the parts a sheet holds replace the map's (scale, overall, criteria, scores); the
 * parts it does not hold are kept. A card's own rating is the `rating` column of its row.
 */
import { newId } from '../domain/ids';
import type { Criterion, JourneyMap, SurveyScore } from '../domain/schema';
import { phaseDisplayName, stepName } from '../domain/names';
import type { CsvBuild } from './csvBuild';
import { normalise } from './csvBuild';
import { readNumber } from './csvCells';
import { CSV_PLACE, type CellContext } from './csvColumns';

/** The kinds of review rows, as written in the `kind` column. */
export const REVIEW_ROW_KINDS = [
  'step',
  'rating scale',
  'judgement',
  'criterion',
  'survey score',
] as const;
type ReviewRowKind = (typeof REVIEW_ROW_KINDS)[number];

/** Headers of the survey score columns (the other review cells use the cards' columns). */
export const REVIEW_COLUMNS = {
  average: 'average',
  shareTop: 'share top (%)',
  shareBottom: 'share bottom (%)',
  standard: 'standard',
} as const;

/** Cards' columns review rows use too. */
const SHARED = {
  title: 'title',
  description: 'description',
  rating: 'rating',
  channel: 'channel',
  sampleSize: 'sample size',
} as const;

/** Whether a `kind` cell names a review row (not a card). */
export function reviewRowKind(kindCell: string | undefined): ReviewRowKind | null {
  if (kindCell === undefined) return null;
  const wanted = normalise(kindCell);
  return REVIEW_ROW_KINDS.find((kind) => kind === wanted) ?? null;
}

/** The review rows of `map`, as cells by header (see the module comment): steps, then the rest. */
export function reviewRows(map: JourneyMap): { before: Cells[]; after: Cells[] } {
  const steps = map.phases.flatMap((phase) => phase.steps.map((step) => ({ phase, step })));
  const before = steps.some(({ step }) => step.rating !== null)
    ? steps.map(({ phase, step }) => ({
        [CSV_PLACE.kind]: 'step',
        [CSV_PLACE.phase]: phaseDisplayName(phase),
        [CSV_PLACE.step]: stepName(map.phases, step.id),
        [CSV_PLACE.phaseId]: phase.id,
        [CSV_PLACE.stepId]: step.id,
        [SHARED.rating]: step.rating ?? '',
      }))
    : [];
  const { judgement } = map;
  const after: Cells[] = [
    ...judgement.scale.map((word) => ({ [CSV_PLACE.kind]: 'rating scale', [SHARED.title]: word })),
    { [CSV_PLACE.kind]: 'judgement', [SHARED.title]: judgement.overall },
    ...judgement.criteria.map((c) => ({
      [CSV_PLACE.kind]: 'criterion',
      [CSV_PLACE.id]: c.id,
      [SHARED.title]: c.name,
      [SHARED.rating]: c.rating ?? '',
      [SHARED.description]: c.note,
    })),
    ...map.surveyScores.map((s) => ({
      [CSV_PLACE.kind]: 'survey score',
      [CSV_PLACE.id]: s.id,
      [SHARED.channel]: s.channel,
      [SHARED.title]: s.aspect,
      [REVIEW_COLUMNS.average]: numberCell(s.average),
      [REVIEW_COLUMNS.shareTop]: numberCell(s.shareTop),
      [REVIEW_COLUMNS.shareBottom]: numberCell(s.shareBottom),
      [SHARED.sampleSize]: numberCell(s.sampleSize),
      [REVIEW_COLUMNS.standard]: s.standard,
    })),
  ];
  // A map with no review at all writes no review rows (an empty judgement and the default
  // scale say nothing).
  const said =
    judgement.overall !== '' || judgement.criteria.length > 0 || map.surveyScores.length > 0;
  const defaultScale = judgement.scale.join('\n') === 'Poor\nFair\nGood\nExcellent';
  return { before, after: said || !defaultScale ? after : [] };
}

/** Cells of one row by header; headers it does not name are blank. */
export type Cells = Record<string, string>;

const numberCell = (value: number | null) => (value === null ? '' : String(value));

/** What the review rows of a sheet said, gathered while its rows are read. */
export interface ReviewDraft {
  scale: string[] | null;
  overall: string | null;
  criteria: Criterion[] | null;
  surveyScores: SurveyScore[] | null;
}

/** An empty review draft: the sheet said nothing yet. */
export function newReviewDraft(): ReviewDraft {
  return { scale: null, overall: null, criteria: null, surveyScores: null };
}

/**
 * Reads one review row (row numbers as the spreadsheet shows them) into `review` or, for a step
 * row, into the build's step; problems are listed on the build.
 */
export function readReviewRow(
  kind: ReviewRowKind,
  review: ReviewDraft,
  build: CsvBuild,
  row: number,
  cell: (header: string) => string | undefined,
  context: CellContext,
): void {
  const text = (header: string) => cell(header) ?? '';
  const rating = text(SHARED.rating).trim() || null;
  switch (kind) {
    case 'step': {
      const ref = (name: string, id: string) => ({ name: text(name), id: text(id).trim() });
      const phase = build.phase(ref(CSV_PLACE.phase, CSV_PLACE.phaseId), row);
      const step = build.step(phase, ref(CSV_PLACE.step, CSV_PLACE.stepId), row);
      if (!step) return;
      // Steps of the map being updated are shared with it: replaced, never changed in place.
      const at = phase.steps.indexOf(step);
      if (cell(SHARED.rating) !== undefined) phase.steps[at] = { ...step, rating };
      return;
    }
    case 'rating scale': {
      const word = text(SHARED.title).trim();
      if (word === '')
        build.problem(row, SHARED.title, 'a word of the rating scale is blank', 'row');
      else (review.scale ??= []).push(word);
      return;
    }
    case 'judgement':
      review.overall = text(SHARED.title).trim();
      return;
    case 'criterion':
      (review.criteria ??= []).push({
        id: text(CSV_PLACE.id).trim() || newId(),
        name: text(SHARED.title),
        rating,
        note: text(SHARED.description),
      });
      return;
    case 'survey score': {
      const number = (header: string): number | null => {
        const read = readNumber(text(header), context.decimalComma);
        if (read.ok) return read.value;
        build.problem(row, header, read.message, 'cell');
        return null;
      };
      (review.surveyScores ??= []).push({
        id: text(CSV_PLACE.id).trim() || newId(),
        channel: text(SHARED.channel),
        aspect: text(SHARED.title),
        average: number(REVIEW_COLUMNS.average),
        shareTop: number(REVIEW_COLUMNS.shareTop),
        shareBottom: number(REVIEW_COLUMNS.shareBottom),
        sampleSize: number(SHARED.sampleSize),
        standard: text(REVIEW_COLUMNS.standard),
      });
      return;
    }
  }
}

/** The map's review with what the sheet said put in its place (see the module comment). */
export function applyReview(
  base: Pick<JourneyMap, 'judgement' | 'surveyScores'>,
  review: ReviewDraft,
): Pick<JourneyMap, 'judgement' | 'surveyScores'> {
  return {
    judgement: {
      overall: review.overall ?? base.judgement.overall,
      scale: review.scale ?? base.judgement.scale,
      criteria: review.criteria ?? base.judgement.criteria,
    },
    surveyScores: review.surveyScores ?? base.surveyScores,
  };
}
