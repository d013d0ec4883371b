/**
 * A scrutiny review's judgement and survey scores in the report (seed 003), after the metrics:
 * the overall judgement and the rating of each criterion, then the survey score cards with the
 * channels side by side for each aspect.
 */
import type { SurveyScore } from '../../../domain/schema';
import { formatNumber } from '../../format';
import type { Block, TableCell } from '../model';
import { b, cell, heading, headerRow, paragraph } from './blocks';
import type { ReportContext } from './context';

const pct = (value: number | null) => (value === null ? '–' : `${formatNumber(value)}%`);

/** "7.4 · 10: 31% · ≤3: 9%": one score card in a cell; '–' when the survey said nothing. */
export function scoreText(score: SurveyScore | null): string {
  if (score === null || score.average === null) return '–';
  return `${formatNumber(score.average)} · 10: ${pct(score.shareTop)} · ≤3: ${pct(score.shareBottom)}`;
}

/** The judgement and survey score blocks; none when the map has neither. */
export function reviewBlocks(context: ReportContext): Block[] {
  const { judgement, surveyScores } = context.map;
  const blocks: Block[] = [];
  if (judgement.overall.trim() !== '' || judgement.criteria.length > 0) {
    blocks.push(heading(2, 'Judgement', 'judgement'));
    if (judgement.overall.trim() !== '')
      blocks.push(paragraph([b('Overall: '), { text: judgement.overall.trim() }]));
    if (judgement.criteria.length > 0) {
      blocks.push({
        type: 'table',
        columns: [{ weight: 2.4 }, { weight: 1 }, { weight: 2.4 }],
        header: [headerRow(['Criterion', `Rating (${judgement.scale.join(' / ')})`, 'Note'])],
        rows: judgement.criteria.map((c) => [
          cell(c.name.trim() || 'Unnamed criterion'),
          cell([b(c.rating ?? 'Not rated')]),
          cell(c.note.trim()),
        ]),
      });
    }
  }
  if (surveyScores.length > 0) {
    const channels = [...new Set(surveyScores.map((s) => s.channel.trim()))];
    const aspects = [...new Set(surveyScores.map((s) => s.aspect.trim()))];
    const find = (channel: string, aspect: string) =>
      surveyScores.find((s) => s.channel.trim() === channel && s.aspect.trim() === aspect) ?? null;
    const rows: TableCell[][] = aspects.map((aspect) => [
      cell([b(aspect || 'No aspect')]),
      ...channels.map((channel) => cell(scoreText(find(channel, aspect)))),
    ]);
    blocks.push(
      heading(2, 'Survey scores', 'survey-scores'),
      paragraph(
        'Average score out of 10, the share scoring 10 and the share scoring 3 or less, channel by channel.',
        'muted',
      ),
      {
        type: 'table',
        columns: [{ weight: 1.6 }, ...channels.map(() => ({ weight: 1.4 }))],
        header: [headerRow(['Aspect', ...channels.map((c) => c || 'No channel')])],
        rows,
      },
    );
  }
  return blocks;
}
