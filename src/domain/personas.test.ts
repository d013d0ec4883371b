import { describe, expect, it } from 'vitest';
import {
  addPersona,
  avatarColour,
  AVATAR_COLOURS,
  createPersona,
  deletePersona,
  movePersona,
  personaInitials,
  updatePersona,
} from './personas';
import { journeyMapSchema } from './schema';
import { sampleMap } from '../../tests/builders';

const sample = () => sampleMap(new Date('2026-01-15T10:30:00.000Z'));

describe('persona edits', () => {
  it('adds a persona with every field filled and a generated avatar', () => {
    const map = addPersona(sample(), { id: 'p-new', name: 'Family in temporary accommodation' });
    const persona = map.personas[1];
    expect(persona).toEqual({
      id: 'p-new',
      name: 'Family in temporary accommodation',
      picture: { kind: 'avatar', seed: 'p-new' },
      quote: '',
      description: '',
      demographics: [],
      behaviours: [],
      needsAndChallenges: [],
      goalsAndMotivations: [],
    });
    expect(journeyMapSchema.safeParse(map).success).toBe(true);
  });

  it('adds at an index', () => {
    const map = addPersona(sample(), { id: 'p-first', index: 0 });
    expect(map.personas.map((p) => p.id)).toEqual(['p-first', 'persona-older-tenant']);
  });

  it('updates, moves and deletes', () => {
    let map = addPersona(sample(), { id: 'p2' });
    map = addPersona(map, { id: 'p3' });
    map = updatePersona(map, 'p2', { name: 'Renamed', demographics: ['Aged 25'] });
    expect(map.personas[1]).toMatchObject({ name: 'Renamed', demographics: ['Aged 25'] });
    map = movePersona(map, 'p3', 0);
    expect(map.personas.map((p) => p.id)).toEqual(['p3', 'persona-older-tenant', 'p2']);
    map = movePersona(map, 'p3', 99);
    expect(map.personas.map((p) => p.id)).toEqual(['persona-older-tenant', 'p2', 'p3']);
    expect(movePersona(map, 'p3', 2)).toBe(map);
    map = deletePersona(map, 'p2');
    expect(map.personas.map((p) => p.id)).toEqual(['persona-older-tenant', 'p3']);
  });

  it('returns the same map for a persona that does not exist', () => {
    const map = sample();
    expect(updatePersona(map, 'nope', { name: 'x' })).toBe(map);
    expect(deletePersona(map, 'nope')).toBe(map);
    expect(movePersona(map, 'nope', 0)).toBe(map);
  });
});

describe('generated avatar', () => {
  it('takes up to two initials from the name', () => {
    expect(personaInitials('Older tenant moving in')).toBe('OT');
    expect(personaInitials('amina')).toBe('A');
    expect(personaInitials('  "Jo"  Bloggs-Smith ')).toBe('JB');
    expect(personaInitials('')).toBe('?');
    // Initials are whole graphemes: an accent written as a combining mark stays on its letter.
    expect(personaInitials('E\u0301lodie Dubois')).toBe('E\u0301D');
    expect(personaInitials('นิดา ใจดี')).toBe('นิใ');
    expect(personaInitials('Łukasz żak')).toBe('ŁŻ');
  });

  it('gives the same seed the same colour, from the palette', () => {
    expect(avatarColour('independent-living-tenant')).toBe(
      avatarColour('independent-living-tenant'),
    );
    expect(AVATAR_COLOURS).toContain(avatarColour('x'));
    const colours = new Set(Array.from({ length: 40 }, (_, i) => avatarColour(`seed-${i}`)));
    expect(colours.size).toBeGreaterThan(3);
  });

  it('createPersona seeds the avatar with the id', () => {
    expect(createPersona({ id: 'abc' }).picture).toEqual({ kind: 'avatar', seed: 'abc' });
  });
});
