/**
 * Colours and fonts of the exported map (SVG and PNG) that are not about card kinds. Card
 * kind, status, emotion, tally and moment-of-truth colours come from the kind registry
 * (src/domain/kinds), the same values the canvas shows. The colours here are the screen's
 * tokens (src/ui/styles/tokens.css): tests/unit/kinds-colours.test.tsx holds them equal.
 */

/**
 * A font stack present on every system without loading web fonts: exports must look the
 * same offline and cannot wait for `document.fonts`.
 */
export const EXPORT_FONT_FAMILY = "system-ui, 'DejaVu Sans', Arial, sans-serif";

/** White: the page, cells, text on dark fills (--color-paper). */
export const PAPER = '#ffffff';
/** Text (--color-ink). */
export const INK = '#1d2433';
/** Secondary text, phase edges, flow links (--color-ink-soft). */
export const INK_SOFT = '#4a5468';
/** Grid lines and borders (--color-line). */
export const GRID_LINE = '#d5dbe5';
/** Phase headers (--color-brand). */
export const PHASE_FILL = '#1f4e79';
/** Text on phase headers (--color-paper). */
export const PHASE_INK = PAPER;
/** Step headers (--color-fill-subtle). */
export const STEP_FILL = '#eef2f7';
/** Lane headers and persona boxes (--color-fill-faint). */
export const LANE_FILL = '#f8f9fb';
/** Backstage lane headers (--color-fill-backstage). */
export const BACKSTAGE_FILL = '#eef0f4';
/** Frontstage cells (--color-paper). */
export const CELL_FILL = PAPER;
/** Backstage cells (--color-fill-faint). */
export const BACKSTAGE_CELL_FILL = LANE_FILL;
/** The line of visibility (--color-visibility). */
export const VISIBILITY_LINE = '#6938ef';
/** Links between cards: flow (--color-ink-soft) and cause (--color-danger). */
export const LINK_STROKE = { flow: INK_SOFT, cause: '#b42318' } as const;
