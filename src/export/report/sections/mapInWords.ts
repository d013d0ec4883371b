/**
 * "The map in words": the text alternative of the report's picture of the map, made from the
 * same outline model as the editor's Outline view (domain/outline.ts), so a reader who cannot
 * see the picture gets every card, in journey order: phase by phase, step by step, lane by
 * lane from top to bottom, then by order in the cell.
 */
import { outlineCardText, outlineOf } from '../../../domain/outline';
import type { JourneyMap } from '../../../domain/schema';
import type { Block } from '../model';
import { b, heading, nothing, paragraph, t } from './blocks';

/** The heading of the map in words (the figures' alt text points to it). */
export const MAP_IN_WORDS_TITLE = 'The map in words';

/** The map in words as report blocks; none for a map without phases or lanes. */
export function mapInWordsBlocks(map: JourneyMap): Block[] {
  if (map.phases.length === 0 || map.lanes.length === 0) return [];
  const outline = outlineOf(map);
  const blocks: Block[] = [
    heading(2, MAP_IN_WORDS_TITLE, 'map-in-words'),
    paragraph(
      'Every card of the map in journey order: phase by phase, step by step, then lane by lane from top to bottom. It says in words what the picture of the map shows.',
      'muted',
    ),
  ];
  for (const phase of outline.phases) {
    blocks.push(heading(3, `Phase: ${phase.name}`, `map-in-words-${phase.phase.id}`));
    for (const step of phase.steps) {
      blocks.push(paragraph([b(`Step: ${step.name}`), t(step.marks ? ` · ${step.marks}` : '')]));
      blocks.push(
        step.cards.length === 0
          ? nothing('No cards in this step.')
          : {
              type: 'list',
              ordered: false,
              items: step.cards.map((item) => ({ spans: [t(outlineCardText(item))] })),
            },
      );
    }
  }
  return blocks;
}
