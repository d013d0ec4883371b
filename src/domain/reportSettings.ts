/**
 * What a report of a journey map holds and how it is laid out: its sections and their order,
 * page size, "as at" date, and the presets shaped like the seed reports (DOMAIN.md, seeds
 * 000–004). The settings are kept with the map (`map.report`, see schema.ts) so a report made
 * again next month comes out the same way.
 *
 * Plain data only: no zod here (schema.ts builds the schema from these lists).
 */

/** Every section a report can hold, in the order a new custom report lists them. */
export const REPORT_SECTIONS = [
  'cover',
  'contents',
  'map-overview',
  'map-pages',
  'personas',
  'findings',
  'moments-of-truth',
  'pain-points',
  'metrics',
  'action-plan',
  'status-summary',
  'workshop',
  'evidence-coverage',
  'comparison',
] as const;
/** A section of a report. */
export type ReportSectionId = (typeof REPORT_SECTIONS)[number];

/** Section names for the report builder (the report's own headings are in sections code). */
export const REPORT_SECTION_LABELS: Record<ReportSectionId, string> = {
  cover: 'Cover',
  contents: 'Contents',
  'map-overview': 'The map on one page',
  'map-pages': 'The map across pages (legible card text)',
  personas: 'Personas',
  findings: 'Findings per step',
  'moments-of-truth': 'Moments of truth',
  'pain-points': 'Pain points explained',
  metrics: 'Metrics against targets',
  'action-plan': 'Recommendations and action plan',
  'status-summary': 'Status summary and comparison',
  workshop: 'Workshop results: comments and votes',
  'evidence-coverage': 'Evidence coverage',
  comparison: 'Before and after: comparison with another map or version',
};

/** The report presets, each shaped like a seed report, in the order the builder offers them. */
export const REPORT_PRESETS = [
  'results',
  'one-page-map',
  'scrutiny',
  'action-plan-update',
] as const;
/** A report preset. */
export type ReportPresetId = (typeof REPORT_PRESETS)[number];

/** The paper sizes a report is made for. */
export const PAGE_SIZES = ['A4', 'A3'] as const;
/** A report's paper size. */
export type PageSize = (typeof PAGE_SIZES)[number];
/** Which way up the report's pages are. */
export const ORIENTATIONS = ['portrait', 'landscape'] as const;
/** A report's page orientation. */
export type Orientation = (typeof ORIENTATIONS)[number];

/** How the map is cut into pages: at phase boundaries, or as many steps as fit per page. */
export const MAP_SPLITS = ['phase', 'tile'] as const;
/** How a report cuts the map into pages. */
export type MapSplit = (typeof MAP_SPLITS)[number];

/** Settings of a map's report (the parsed shape of `map.report`). */
export interface ReportSettings {
  /** The preset the settings were last started from. */
  preset: ReportPresetId;
  /** The sections to include, in report order; a section not listed is left out. */
  sections: ReportSectionId[];
  pageSize: PageSize;
  orientation: Orientation;
  /** The date statuses are reported at (`YYYY-MM-DD`); null means the day it is made. */
  asAt: string | null;
  /** The earlier date of the status comparison; null means one month before `asAt`. */
  compareWith: string | null;
  /** How the action plan and status summary are grouped. */
  groupBy: 'theme' | 'phase';
  mapSplit: MapSplit;
  /** Leave resolved comment threads out of the workshop results. */
  openCommentsOnly: boolean;
}

/**
 * A preset of the report builder: its title, purpose, the seed it follows and the settings it
 * starts from.
 */
export interface ReportPreset {
  id: ReportPresetId;
  /** The report's title on its cover, after the map title. */
  title: string;
  /** What it is for, for the report builder. */
  description: string;
  /** The seed report it is shaped like. */
  seed: string;
  settings: Omit<ReportSettings, 'preset' | 'asAt' | 'compareWith'>;
}

/** The presets, shaped like the seed reports. */
export const REPORT_PRESET_DEFINITIONS: Record<ReportPresetId, ReportPreset> = {
  results: {
    id: 'results',
    title: 'Journey mapping results report',
    description:
      'The map, what customers said at each step, moments of truth and the full list of recommendations by journey step.',
    seed: '000 (Independent Living results report)',
    settings: {
      sections: [
        'cover',
        'contents',
        'map-overview',
        'map-pages',
        'personas',
        'findings',
        'moments-of-truth',
        'pain-points',
        'action-plan',
        'workshop',
        'evidence-coverage',
      ],
      pageSize: 'A4',
      orientation: 'portrait',
      groupBy: 'phase',
      mapSplit: 'phase',
      openCommentsOnly: true,
    },
  },
  'one-page-map': {
    id: 'one-page-map',
    title: 'Customer and employee journey map',
    description:
      'The whole map with its personas and legend on one A3 page, then the numbered pain points explained.',
    seed: '001 (homelessness service journey map)',
    settings: {
      sections: ['map-overview', 'pain-points'],
      pageSize: 'A3',
      orientation: 'landscape',
      groupBy: 'phase',
      mapSplit: 'phase',
      openCommentsOnly: true,
    },
  },
  scrutiny: {
    id: 'scrutiny',
    title: 'Scrutiny review',
    description:
      'Findings, service standards against targets, recommendations with why, and the action plan with target, revised and actual dates.',
    seed: '002 and 003 (tenant scrutiny reviews)',
    settings: {
      sections: [
        'cover',
        'contents',
        'findings',
        'metrics',
        'pain-points',
        'action-plan',
        'status-summary',
        'evidence-coverage',
      ],
      pageSize: 'A4',
      orientation: 'portrait',
      groupBy: 'theme',
      mapSplit: 'phase',
      openCommentsOnly: true,
    },
  },
  'action-plan-update': {
    id: 'action-plan-update',
    title: 'Action plan update',
    description:
      'The status summary by theme with the month-on-month comparison, then the plan by theme with every progress update.',
    seed: '004 (action plan by theme)',
    settings: {
      sections: ['cover', 'status-summary', 'action-plan'],
      pageSize: 'A4',
      orientation: 'landscape',
      groupBy: 'theme',
      mapSplit: 'phase',
      openCommentsOnly: true,
    },
  },
};

/** The settings a preset starts from (dates left to the day the report is made). */
export function reportSettingsFromPreset(preset: ReportPresetId): ReportSettings {
  const { settings } = REPORT_PRESET_DEFINITIONS[preset];
  return { ...settings, sections: [...settings.sections], preset, asAt: null, compareWith: null };
}

/** What a map without report settings gets: the results report (seed 000). */
export const DEFAULT_REPORT_SETTINGS: ReportSettings = reportSettingsFromPreset('results');
