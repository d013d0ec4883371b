/**
 * The review in the map's CSV (format 4, export/csvReview.ts): ratings of cards and steps, the
 * rating scale, the overall judgement, criteria and survey scores go out and come back into a
 * new map identical, and a sheet that says nothing of them leaves them alone.
 */
import { describe, expect, it } from 'vitest';
import { csvToMap, mapToCsv } from '../../src/export/csv';
import type { JourneyMap } from '../../src/domain/schema';
import { richMap } from '../builders';

function reviewed(): JourneyMap {
  const map = richMap();
  return {
    ...map,
    cards: map.cards.map((card, i) =>
      i === 0 ? { ...card, rating: 'Strong' } : i === 1 ? { ...card, rating: 'Dreadful' } : card,
    ),
    phases: map.phases.map((phase, p) =>
      p === 0
        ? { ...phase, steps: phase.steps.map((s, i) => (i === 0 ? { ...s, rating: 'Weak' } : s)) }
        : phase,
    ),
    judgement: {
      overall: 'An improving service',
      scale: ['Weak', 'Adequate', 'Strong'],
      criteria: [
        { id: 'crit-phone', name: 'Telephone contact', rating: 'Strong', note: '' },
        {
          id: 'crit-complaints',
          name: 'Complaints, handling',
          rating: null,
          note: 'Timescales "often" missed',
        },
      ],
    },
    surveyScores: [
      {
        id: 'score-phone',
        channel: 'Telephone',
        aspect: 'Ease of contact',
        average: 7.4,
        shareTop: 31,
        shareBottom: 9.5,
        sampleSize: 412,
        standard: 'Sector median 7.1',
      },
      {
        id: 'score-email',
        channel: 'Email',
        aspect: 'Ease of contact',
        average: 6.1,
        shareTop: null,
        shareBottom: 17,
        sampleSize: null,
        standard: '',
      },
    ],
  };
}

describe('the review in the map CSV', () => {
  it('comes back into a new map identical: scale, judgement, criteria, scores, ratings', () => {
    const map = reviewed();
    const text = mapToCsv(map);
    const result = csvToMap(text, undefined, { title: 'Imported', partial: true });
    expect(result.ok, JSON.stringify(!result.ok && result)).toBe(true);
    if (!result.ok) return;
    expect(result.problems).toEqual([]);
    const back = result.map;
    expect(back.judgement).toEqual(map.judgement);
    expect(back.surveyScores).toEqual(map.surveyScores);
    const ratings = (m: JourneyMap) =>
      m.cards.map((c) => [c.id, c.rating]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(ratings(back)).toEqual(ratings(map));
    expect(back.phases.map((p) => p.steps.map((s) => [s.id, s.rating]))).toEqual(
      map.phases.map((p) => p.steps.map((s) => [s.id, s.rating])),
    );
    // And its CSV is the same, byte for byte.
    expect(mapToCsv(back)).toBe(text);
  });

  it('writes the review as rows of their own kind, in words a spreadsheet user reads', () => {
    const text = mapToCsv(reviewed());
    expect(text).toContain('"rating scale"');
    expect(text).toMatch(/"judgement","An improving service"/);
    expect(text).toContain('"criterion"');
    expect(text).toContain('"Sector median 7.1"');
    expect(text.split('\r\n')[0]).toContain('"share top (%)"');
  });

  it('leaves a map without a review as it was: no review rows, no step rows', () => {
    const text = mapToCsv(richMap());
    expect(text).not.toContain('"judgement"');
    expect(text).not.toContain('"","step",');
    expect(mapToCsv(reviewed())).toContain('"","step",');
  });

  it('updating a map replaces only the parts of the review the sheet holds', () => {
    const map = reviewed();
    const sheet = [
      'kind,title,rating,id',
      'judgement,A service in decline,,',
      'criterion,Repairs,Weak,crit-repairs',
    ].join('\r\n');
    const result = csvToMap(sheet, map);
    expect(result.ok, JSON.stringify(!result.ok && result)).toBe(true);
    if (!result.ok) return;
    expect(result.map.judgement).toEqual({
      overall: 'A service in decline',
      scale: ['Weak', 'Adequate', 'Strong'],
      criteria: [{ id: 'crit-repairs', name: 'Repairs', rating: 'Weak', note: '' }],
    });
    expect(result.map.surveyScores).toEqual(map.surveyScores);
    expect(result.map.cards).toEqual(map.cards);
  });

  it('names a bad number of a survey score by row and column', () => {
    const sheet = ['kind,title,channel,average', 'survey score,Ease,Phone,seven'].join('\r\n');
    const result = csvToMap(sheet, reviewed());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ row: 2, column: 'average' });
  });
});

describe('a recommendation’s actions in the map CSV', () => {
  it('come back into a new map identical, under their recommendation, with its place off the map', () => {
    const map = richMap();
    const withPlan: JourneyMap = {
      ...map,
      cards: map.cards.map((card) =>
        card.kind === 'recommendation'
          ? {
              ...card,
              onMap: false,
              response: { answer: 'partly-accepted', text: 'We will explore it' },
              actions: [
                {
                  id: 'act-1',
                  title: 'Review the D&M register',
                  description: 'A large piece of work',
                  owner: 'Property team',
                  targetDate: 'Jun 2024',
                  revisedDate: 'Spring 2023',
                  completedDate: null,
                  status: 'at-risk',
                  progress: [],
                },
                {
                  id: 'act-2',
                  title: 'Text reminders',
                  description: '',
                  owner: '',
                  targetDate: 'Awaiting timescales',
                  revisedDate: null,
                  completedDate: '2022-10-31',
                  status: 'complete',
                  progress: [],
                },
              ],
            }
          : card,
      ),
    };
    const text = mapToCsv(withPlan);
    expect(text).toContain('"act-1","","","","plan action"');
    const result = csvToMap(text, undefined, { partial: true });
    expect(result.ok, JSON.stringify(!result.ok && result)).toBe(true);
    if (!result.ok) return;
    // Everything but its progress log, which travels in the progress log CSV.
    const rec = (m: JourneyMap) => {
      const card = m.cards.find((c) => c.kind === 'recommendation');
      return card?.kind === 'recommendation' ? { ...card, progress: [] } : card;
    };
    expect(rec(result.map)).toEqual(rec(withPlan));
    expect(mapToCsv(result.map)).toBe(text);
  });

  it('an action row naming no recommendation above is refused, by row and column', () => {
    const sheet = ['id,kind,title,of recommendation', 'a1,plan action,Do it,nowhere'].join('\r\n');
    const result = csvToMap(sheet, richMap());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ row: 2, column: 'of recommendation' });
  });
});
