/**
 * Seed 004's action plan as a map: five themes in the plan's order, 26 actions under one
 * recommendation per theme, each with the status of its September update and, when it changed,
 * an October update. Actions without an October update carry their September status forward,
 * so the comparison reproduces seed 004's table ("carried forward from Sept update" against
 * "Oct-21"): green 16 → 10, amber 4 → 6, red 0 → 0, not started 4 → 2, on hold 2 → 2,
 * complete 0 → 6.
 */
import { addRecommendation } from '../../src/domain/actionPlan';
import { updateCard } from '../../src/domain/edits';
import { addAction, addActionProgress, setThemes } from '../../src/domain/planEdits';
import type { JourneyMap } from '../../src/domain/schema';
import type { RecommendationStatus } from '../../src/domain/vocabulary';
import { blankMap } from './domainMaps';

/** The end of September's and of October's update in seed 004. */
export const SEPTEMBER = '2021-09-30';
/** The end of October 2021. */
export const OCTOBER = '2021-10-31';

/** Seed 004's themes, in the plan's order (not alphabetical). */
export const SEED_004_THEMES = [
  'Experience',
  'Complaints handling',
  'Customer Ethos',
  'Emotional Connection',
  'Ethics',
] as const;

type S = RecommendationStatus | null;
const G = 'on-track';
const A = 'at-risk';
const H = 'on-hold';
const N = 'not-started';
const C = 'complete';

/** [theme index, September status (null: no update yet), October status (null: no update)]. */
const ACTIONS: readonly (readonly [number, S, S])[] = [
  // Experience: green 1, amber 1, on hold 2.
  [0, G, null],
  [0, A, null],
  [0, H, null],
  [0, H, null],
  // Complaints handling: green 4, amber 2, not started 2, complete 6.
  ...Array.from({ length: 6 }, () => [1, G, C] as const),
  [1, G, A],
  [1, A, null],
  [1, N, G],
  [1, null, G],
  [1, G, null],
  [1, G, null],
  [1, N, null],
  [1, null, null],
  // Customer Ethos: green 2, amber 2.
  [2, G, null],
  [2, G, null],
  [2, G, A],
  [2, A, null],
  // Emotional Connection: green 2, amber 1.
  [3, G, null],
  [3, G, null],
  [3, A, null],
  // Ethics: green 1.
  [4, G, null],
];

/** Seed 004's plan (see the module comment), built with the domain's own edits. */
export function seed004Map(): JourneyMap {
  let map = blankMap({ id: 'map-seed-004', title: 'Have Your Say action plan' });
  const stepId = map.phases[0]!.steps[0]!.id;
  map = setThemes(
    map,
    SEED_004_THEMES.map((name, i) => ({ id: `theme-${i}`, name, description: '' })),
  );
  SEED_004_THEMES.forEach((theme, t) => {
    map = addRecommendation(map, {
      stepId,
      id: `rec-${t}`,
      title: `Improvement area: ${theme}`,
      fields: { theme },
    });
    // Seed 004's plan is about the service, not one journey step: action plan only.
    map = updateCard(map, `rec-${t}`, { onMap: false });
  });
  ACTIONS.forEach(([t, september, october], i) => {
    const id = `action-${i + 1}`;
    map = addAction(map, `rec-${t}`, { id, title: `Action ${i + 1}` });
    if (september)
      map = addActionProgress(map, `rec-${t}`, id, {
        date: '2021-09-28',
        text: 'September update',
        status: september,
      });
    if (october)
      map = addActionProgress(map, `rec-${t}`, id, {
        date: '2021-10-27',
        text: 'October update',
        status: october,
      });
  });
  return map;
}
