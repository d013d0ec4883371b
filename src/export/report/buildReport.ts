/**
 * Builds the report model (model.ts) of a journey map: the chosen sections in the chosen
 * order, each drawn from the map as it is, with words wherever a section has nothing to show.
 * Pure apart from pacing: the same map, settings and `today` always give the same model.
 */
import { format, parseISO, subMonths } from 'date-fns';
import { todayIso } from '../../domain/dates';
import { withStepNames } from '../../domain/names';
import { numberPainPoints } from '../../domain/painPoints';
import {
  REPORT_PRESET_DEFINITIONS,
  type ReportSectionId,
  type ReportSettings,
} from '../../domain/reportSettings';
import type { JourneyMap } from '../../domain/schema';
import type { Block, ReportModel, ReportSection } from './model';
import { Pacer, type WorkOptions } from './pacing';
import { pageSpec } from './pages';
import { anchorOf, stepPlaces } from './sections/blocks';
import { comparisonSection } from './sections/comparisonSection';
import type { ComparedMap, ReportContext, SectionBuilder } from './sections/context';
import {
  coverageSection,
  findingsSection,
  momentsSection,
  painPointsSection,
} from './sections/evidenceSections';
import {
  coverSection,
  mapOverviewSection,
  mapPagesSection,
  personasSection,
} from './sections/mapSections';
import { actionPlanSection, metricsSection, statusSummarySection } from './sections/planSections';
import { mapInWordsBlocks } from './sections/mapInWords';
import { workshopSection } from './sections/workshopSection';

/** Each section's heading in the report, in the words of the seed reports where they have one. */
export const SECTION_TITLES: Record<ReportSectionId, string> = {
  cover: '',
  contents: 'Contents',
  'map-overview': 'Customer journey map',
  'map-pages': 'The map, page by page',
  personas: 'Personas',
  findings: 'Findings per step',
  'moments-of-truth': 'Moments of truth',
  'pain-points': 'Pain points explained',
  metrics: 'Metrics against targets',
  'action-plan': 'Recommendations and action plan',
  'status-summary': 'Status summary',
  workshop: 'Workshop results',
  'evidence-coverage': 'Evidence coverage',
  comparison: 'Before and after',
};

const BUILDERS: Record<ReportSectionId, SectionBuilder> = {
  cover: coverSection,
  contents: () => [{ type: 'contents' }],
  'map-overview': mapOverviewSection,
  'map-pages': mapPagesSection,
  personas: personasSection,
  findings: findingsSection,
  'moments-of-truth': momentsSection,
  'pain-points': painPointsSection,
  metrics: metricsSection,
  'action-plan': actionPlanSection,
  'status-summary': statusSummarySection,
  workshop: workshopSection,
  'evidence-coverage': coverageSection,
  comparison: comparisonSection,
};

/**
 * How a report model is built: the day it is made, settings other than the map's own, and pacing.
 */
export interface BuildOptions extends WorkOptions {
  /** The day the report is made, `YYYY-MM-DD` (default: today on this computer). */
  today?: string;
  /** Settings to use instead of the map's own (the report builder's unsaved choice). */
  settings?: ReportSettings;
  /** The map "Comparison" compares this one with; without it the section says so. */
  compared?: ComparedMap | null;
}

/**
 * The report model of `map`. Resolves the dates (as at: the settings' date or today; the
 * comparison: the settings' date or one month earlier) and runs each chosen section.
 * Rejects with an AbortError when `options.signal` is aborted.
 */
export async function buildReport(
  original: JourneyMap,
  options: BuildOptions = {},
): Promise<ReportModel> {
  // Untitled steps are called what the canvas calls them, in every section and map part.
  const map = withStepNames(original);
  const settings = options.settings ?? map.report;
  const pacer = new Pacer(options);
  pacer.check();
  const today = options.today ?? todayIso();
  const asAt = settings.asAt ?? today;
  const compareWith = settings.compareWith ?? format(subMonths(parseISO(asAt), 1), 'yyyy-MM-dd');
  const page = pageSpec(settings.pageSize, settings.orientation);
  const context: ReportContext = {
    map,
    settings,
    today,
    asAt,
    compareWith,
    page,
    places: stepPlaces(map),
    painNumbers: numberPainPoints(map),
    pacer,
    warnings: [],
    compared: options.compared ?? null,
  };
  const preset = REPORT_PRESET_DEFINITIONS[settings.preset];
  const sections: ReportSection[] = [];
  const chosen = settings.sections;
  for (const [index, id] of chosen.entries()) {
    pacer.progress(index / chosen.length, `Gathering ${SECTION_TITLES[id] || 'the cover'}`);
    await pacer.tick();
    const blocks: Block[] = await BUILDERS[id](context);
    sections.push({
      id,
      title: id === 'cover' ? map.title.trim() || 'Untitled journey map' : SECTION_TITLES[id],
      anchor: anchorOf(`section-${id}`),
      blocks,
      newPage: index > 0 && !(settings.preset === 'one-page-map' && id !== 'map-overview'),
    });
  }
  placeMapInWords(sections, map, settings.preset === 'one-page-map');
  pacer.progress(1, 'Report gathered');
  return {
    title: map.title.trim() || 'Untitled journey map',
    subtitle: preset.title,
    preset: settings.preset,
    asAt,
    page,
    sections,
    warnings: context.warnings,
    author: map.owner.trim(),
  };
}

/**
 * Puts "The map in words" (the text alternative of the map's picture) after the map: at the
 * end of the map on one page, else of the map across pages. The one-page map keeps its pain
 * points right below the picture (seed 001), so there it closes the report instead. Nothing
 * when the report has no picture of the map.
 */
function placeMapInWords(sections: ReportSection[], map: JourneyMap, atEnd: boolean) {
  const pictured = sections.filter((s) => s.id === 'map-overview' || s.id === 'map-pages');
  const host = atEnd
    ? sections.at(-1)
    : (pictured.find((s) => s.id === 'map-overview') ?? pictured[0]);
  if (pictured.length === 0 || !host) return;
  host.blocks.push(...mapInWordsBlocks(map));
}
