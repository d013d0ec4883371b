import type { MapRepository } from '../persistence/repository';

const SAMPLE_ADDED_KEY = 'waymark.sampleAdded';

/**
 * On the very first visit, puts the sample map in the library so the first screen shows what
 * Waymark can do. It is added once: a user who deletes it does not get it back.
 */
export async function addSampleOnFirstRun(repository: MapRepository): Promise<void> {
  let added = false;
  try {
    added = localStorage.getItem(SAMPLE_ADDED_KEY) === 'yes';
  } catch {
    // Storage blocked: fall through and decide by whether the library is empty.
  }
  if (added) return;
  const maps = await repository.list();
  if (maps.length === 0) {
    // Loaded on demand: the sample (and the schema it is checked with) is needed only once.
    const { createSampleMap } = await import('../domain/sampleMap');
    await repository.create(createSampleMap());
  }
  try {
    localStorage.setItem(SAMPLE_ADDED_KEY, 'yes');
  } catch {
    // Nothing to remember it in; the sample is only added to an empty library anyway.
  }
}
