/**
 * The save status of a tab that does not write, and the handover of the writer lock: a change
 * is said to be saved only once a writer has stored it, and none is lost when the writer closes
 * before storing it ("nothing is lost").
 */
import { describe, expect, it, vi } from 'vitest';
import {
  deafenable,
  openTab,
  pause,
  rename,
  saveOf,
  sessionSetup,
  sessionsClosedAfterEach,
  slowHandover,
  storedTitle,
} from '../../tests/support/sessions';

const open = sessionsClosedAfterEach();

describe('save status of a tab that does not write', () => {
  it('says "not saved yet" for its change until the writer has stored it, then saved', async () => {
    const { repository, map, options } = await sessionSetup();
    const writer = await openTab(repository, map.id, options, open);
    const peer = await openTab(repository, map.id, options, open);
    await vi.waitFor(() => expect(saveOf(peer)).toEqual({ status: 'saved', at: null }));

    rename(peer, 'Typed in the second tab');
    expect(saveOf(peer).status).toBe('pending');
    expect(await storedTitle(repository, map.id)).toBe(map.title);

    await vi.waitFor(() => expect(saveOf(peer)).toEqual({ status: 'saved', at: null }));
    expect(await storedTitle(repository, map.id)).toBe('Typed in the second tab');
    expect(writer.editor.map.title).toBe('Typed in the second tab');
  });

  it('says "not saved yet" for a change that only deletes text (no new Yjs items), until stored', async () => {
    const { repository, map, options } = await sessionSetup();
    await openTab(repository, map.id, options, open);
    const peer = await openTab(repository, map.id, options, open);
    await vi.waitFor(() => expect(saveOf(peer).status).toBe('saved'));

    rename(peer, map.title.slice(0, -3)); // backspace three times
    expect(saveOf(peer).status).toBe('pending');
    await vi.waitFor(() => expect(saveOf(peer).status).toBe('saved'));
    expect(await storedTitle(repository, map.id)).toBe(map.title.slice(0, -3));
  });

  it('many changes before the writer answers (kept merged) are said saved once it stored them', async () => {
    const { repository, map, options } = await sessionSetup();
    await openTab(repository, map.id, options, open);
    const peer = await openTab(repository, map.id, options, open);
    await vi.waitFor(() => expect(saveOf(peer).status).toBe('saved'));

    for (let i = 1; i <= 250; i++) rename(peer, `Draft ${i}`);
    expect(saveOf(peer).status).toBe('pending');
    await vi.waitFor(() => expect(saveOf(peer)).toEqual({ status: 'saved', at: null }));
    expect(await storedTitle(repository, map.id)).toBe('Draft 250');
  });

  it('after the writer closes, a change typed before the lock comes is not shown saved; it is saved once this tab writes', async () => {
    const setup = await sessionSetup();
    const { repository, map } = setup;
    const handover = slowHandover(setup.locks);
    const options = { ...setup.options, locks: handover.locks };
    const writer = await openTab(repository, map.id, options, open);
    const peer = await openTab(repository, map.id, options, open);
    await vi.waitFor(() => expect(saveOf(peer).status).toBe('saved'));

    await writer.close();
    rename(peer, 'Typed during the handover');
    await pause(100); // no writer: nobody stores it, and the status must not say it is
    expect(saveOf(peer).status).toBe('pending');
    expect(await storedTitle(repository, map.id)).toBe(map.title);

    handover.grant(); // the browser hands this tab the lock
    await vi.waitFor(() =>
      expect(saveOf(peer)).toEqual({ status: 'saved', at: expect.any(String) }),
    );
    expect(await storedTitle(repository, map.id)).toBe('Typed during the handover');
  });

  it('a change sent to a writer that closes before storing it is saved by the next writer, and only then said saved', async () => {
    const setup = await sessionSetup();
    const { repository, map } = setup;
    const handover = slowHandover(setup.locks);
    const writerChannel = deafenable();
    const heirChannel = deafenable();
    const writer = await openTab(
      repository,
      map.id,
      { ...setup.options, locks: handover.locks, channel: writerChannel.channel },
      open,
    );
    // The heir asks for the lock before the typist, so it writes next.
    const heir = await openTab(
      repository,
      map.id,
      { ...setup.options, locks: handover.locks, channel: heirChannel.channel },
      open,
    );
    const typist = await openTab(
      repository,
      map.id,
      { ...setup.options, locks: handover.locks },
      open,
    );
    await vi.waitFor(() => expect(saveOf(typist).status).toBe('saved'));
    await pause(100); // the tabs have greeted each other

    // The writer closes with the change on its way (it never hears it), and the heir missed it.
    writerChannel.deaf = true;
    heirChannel.deaf = true;
    rename(typist, 'Sent to a tab that closed');
    await writer.close();
    await pause(100);
    expect(heir.editor.map.title).toBe(map.title);
    expect(saveOf(typist).status).toBe('pending');

    handover.grant();
    await vi.waitFor(async () =>
      expect(await storedTitle(repository, map.id)).toBe('Sent to a tab that closed'),
    );
    await vi.waitFor(() => expect(saveOf(typist)).toEqual({ status: 'saved', at: null }));
    expect(heir.editor.map.title).toBe('Sent to a tab that closed');
  });

  it('a tab that joins says saved only once the writer confirms what it was sent', async () => {
    const { repository, map, options } = await sessionSetup();
    const writer = await openTab(repository, map.id, options, open);
    rename(writer, 'Not stored when the second tab joins');
    const peer = await openTab(repository, map.id, options, open);
    expect(peer.editor.map.title).toBe('Not stored when the second tab joins');
    expect(saveOf(peer).status).toBe('pending');
    await vi.waitFor(() => expect(saveOf(peer)).toEqual({ status: 'saved', at: null }));
    expect(await storedTitle(repository, map.id)).toBe('Not stored when the second tab joins');
  });
});
