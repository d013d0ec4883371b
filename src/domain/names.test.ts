import { describe, expect, it } from 'vitest';
import { createBlankMap } from './blankMap';
import { addStep, updateStep } from './edits';
import { stepDisplayNames } from './names';

describe('stepDisplayNames', () => {
  it('names untitled steps after their phase, numbered when the phase has several', () => {
    let map = createBlankMap();
    const use = map.phases[2]!;
    map = addStep(map, use.id, { id: 'second' });
    map = updateStep(map, map.phases[0]!.steps[0]!.id, { title: 'Sees an advert' });
    const names = stepDisplayNames(map.phases);
    expect(names.get(map.phases[0]!.steps[0]!.id)).toBe('Sees an advert');
    expect(names.get(map.phases[1]!.steps[0]!.id)).toBe('Join');
    expect(names.get(map.phases[2]!.steps[0]!.id)).toBe('Use 1');
    expect(names.get('second')).toBe('Use 2');
  });
});
