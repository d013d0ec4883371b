/**
 * The templates that come with Waymark, in gallery order: a blank map, then one template per
 * shape the seed reports show (DOMAIN.md). Users' own templates live in the library (see
 * persistence/templateStore.ts).
 */
import { createBlankMap } from '../blankMap';
import { customerEmployeeTemplate, resultsTemplate } from './journeyTemplates';
import {
  actionPlanTemplate,
  scrutinyReviewTemplate,
  serviceBlueprintTemplate,
} from './serviceTemplates';
import type { BuiltInTemplate, BuiltInTemplateId } from './types';

export { mapFromTemplate, templateCardCount, templateFromMap } from './apply';
export { BUILT_IN_TEMPLATE_IDS } from './types';
export type { BuiltInTemplate, BuiltInTemplateId, TemplateInfo } from './types';

/** Every built-in template, in the order the gallery shows them. */
export const BUILT_IN_TEMPLATES: readonly BuiltInTemplate[] = [
  {
    id: 'blank',
    name: 'Blank map',
    description: 'Five phases (Aware, Join, Use, Get help, Leave) and the usual lanes.',
    seed: null,
    build: (now) => createBlankMap({ now, id: 'template-blank' }),
  },
  {
    id: 'customer-employee',
    name: 'Customer and employee journey',
    description:
      'A persona, customer behaviours, touchpoints, emotions, needs and pain points in front of the line of visibility; teams and systems behind it.',
    seed: '001 (homelessness service journey map)',
    build: customerEmployeeTemplate,
  },
  {
    id: 'results',
    name: 'Journey mapping results',
    description:
      'Steps with interview evidence and tallies, emotions derived from them, moments of truth, ideas for improvement and recommendations.',
    seed: '000 (Independent Living results report)',
    build: resultsTemplate,
  },
  {
    id: 'service-blueprint',
    name: 'Service blueprint',
    description:
      'Customer actions, frontstage, backstage and support processes, with the lines of interaction, visibility and internal interaction.',
    seed: null,
    build: serviceBlueprintTemplate,
  },
  {
    id: 'scrutiny-review',
    name: 'Scrutiny review',
    description:
      'Service standards against targets, survey scores, what customers told the group, and recommendations with why.',
    seed: '002 and 003 (tenant scrutiny reviews)',
    build: scrutinyReviewTemplate,
  },
  {
    id: 'action-plan',
    name: 'Action plan',
    description:
      'Actions by improvement area: the issue, by whom, by when, status and progress, summarised month on month.',
    seed: '004 (action plan by theme)',
    build: actionPlanTemplate,
  },
];

/** The built-in template with this id; undefined for an unknown id. */
export function builtInTemplate(id: string): BuiltInTemplate | undefined {
  return BUILT_IN_TEMPLATES.find((template) => template.id === id);
}

/** Whether `id` names a built-in template. */
export function isBuiltInTemplateId(id: string): id is BuiltInTemplateId {
  return BUILT_IN_TEMPLATES.some((template) => template.id === id);
}
