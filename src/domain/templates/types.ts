/** What a template is: a map that new maps start from, with a name and a description. */
import type { JourneyMap } from '../schema';

/** What marks a map file as a template: its name and what it is for. */
export interface TemplateInfo {
  name: string;
  description: string;
}

/** The ids of the templates that come with Waymark, in gallery order. */
export const BUILT_IN_TEMPLATE_IDS = [
  'blank',
  'customer-employee',
  'results',
  'service-blueprint',
  'scrutiny-review',
  'action-plan',
] as const;
/** One of BUILT_IN_TEMPLATE_IDS. */
export type BuiltInTemplateId = (typeof BUILT_IN_TEMPLATE_IDS)[number];

/** A template that comes with Waymark: drawn from one of the seed reports (DOMAIN.md). */
export interface BuiltInTemplate extends TemplateInfo {
  id: BuiltInTemplateId;
  /** The seed report it is shaped like; null for the blank map. */
  seed: string | null;
  /** The template's map (valid; its times are `now`). */
  build: (now: Date) => JourneyMap;
}
