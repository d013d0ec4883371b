/**
 * What every section builder reads: the map, the settings, the dates and a few indexes built
 * once per report.
 */
import type { ReportSettings } from '../../../domain/reportSettings';
import type { JourneyMap } from '../../../domain/schema';
import type { Block, PageSpec } from '../model';
import type { Pacer } from '../pacing';
import type { StepPlace } from './blocks';

/** What every section builder gets: the map, the settings, the dates and the map's places. */
export interface ReportContext {
  map: JourneyMap;
  settings: ReportSettings;
  /** The day the report is made, `YYYY-MM-DD`. */
  today: string;
  /** The date statuses are reported at, `YYYY-MM-DD`. */
  asAt: string;
  /** The earlier date of the status comparison, `YYYY-MM-DD`. */
  compareWith: string;
  page: PageSpec;
  places: ReadonlyMap<string, StepPlace>;
  painNumbers: ReadonlyMap<string, number>;
  pacer: Pacer;
  /** Sections add what the user should know (shown by the report builder). */
  warnings: string[];
  /** The map this one is compared with in "Comparison" (its current state, a version). */
  compared?: ComparedMap | null;
}

/** The other map of a comparison, and what the report calls it ("the version “March”"). */
export interface ComparedMap {
  label: string;
  map: JourneyMap;
}

/** A section's content; the heading is added by the builder. */
export type SectionBuilder = (context: ReportContext) => Block[] | Promise<Block[]>;
