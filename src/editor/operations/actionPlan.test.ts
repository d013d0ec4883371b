import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createSampleMap } from '../../domain/sampleMap';
import type { RecommendationCard } from '../../domain/schema';
import { MapDocument } from '../document/mapDocument';
import { Editor } from '../editor';
import { actionPlan } from '.';

const REC = 'card-rec-referral-form';
const rec = (editor: Editor) =>
  editor.map.cards.find((card) => card.id === REC) as RecommendationCard;

/** A second client of the same documents, as another tab or device would be. */
function peerOf(editor: Editor): Editor {
  const docs = { content: new Y.Doc(), annotations: new Y.Doc() };
  for (const part of ['content', 'annotations'] as const) {
    Y.applyUpdate(docs[part], Y.encodeStateAsUpdate(editor.mapDocument[part]));
  }
  return new Editor(MapDocument.fromDocuments(docs.content, docs.annotations, '')!);
}

describe('action plan operations of format 3', () => {
  it('add actions with approximate dates and a progress log, undoably, into the shared document', () => {
    const editor = new Editor(createSampleMap());
    const id = editor.run(actionPlan.addAction, {
      cardId: REC,
      fields: { title: 'Review the D&M register', owner: 'Property team' },
    }).result;
    expect(id).toBeTruthy();
    editor.run(actionPlan.updateAction, {
      cardId: REC,
      actionId: id!,
      patch: { revisedDate: 'Spring 2023' },
    });
    editor.run(actionPlan.addActionProgress, {
      cardId: REC,
      actionId: id!,
      update: { date: '2024-09-02', text: 'Needs resource', status: 'at-risk' },
    });
    editor.run(actionPlan.updateRecommendation, {
      id: REC,
      patch: { number: '2', response: { answer: 'partly-accepted', text: 'Agreed in part' } },
    });
    expect(rec(editor).actions[0]).toMatchObject({
      title: 'Review the D&M register',
      revisedDate: 'Spring 2023',
      status: 'at-risk',
      progress: [{ text: 'Needs resource' }],
    });
    // Another client reads the same from the documents.
    expect(rec(peerOf(editor))).toEqual(rec(editor));
    editor.undo();
    expect(rec(editor).response.answer).toBeNull();
    editor.undo();
    expect(rec(editor).actions[0]!.progress).toEqual([]);
  });

  it('reorders and describes themes, and renumbers recommendations', () => {
    const editor = new Editor(createSampleMap());
    const themes = [
      { id: 't-1', name: 'Scheme environment', description: 'Cleaning and grounds' },
      { id: 't-2', name: 'Access and referrals', description: '' },
    ];
    editor.run(actionPlan.setThemes, { themes });
    expect(peerOf(editor).map.themes).toEqual(themes);
    editor.run(actionPlan.renumberRecommendations, {});
    expect(
      editor.map.cards.filter((c) => c.kind === 'recommendation').map((c) => c.number),
    ).toEqual(['1', '2', '3', '4', '5']);
  });

  it('is refused to a participant', () => {
    const editor = new Editor(createSampleMap());
    editor.setRole('participant');
    const before = editor.map;
    editor.run(actionPlan.addAction, { cardId: REC, fields: { title: 'x' } });
    editor.run(actionPlan.setThemes, { themes: [] });
    editor.run(actionPlan.renumberRecommendations, {});
    expect(editor.map).toBe(before);
  });
});
