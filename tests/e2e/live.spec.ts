/**
 * A live workshop: a facilitator, an editor and a participant, each in a browser of their own,
 * on one map through the real live server (started by the test on 127.0.0.1, serving the built
 * app so the pages and the server share one origin and the strict CSP).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, SAMPLE_MAP, test, type User } from './support/fixtures';
import { LiveDialog, LiveMember } from './support/live';
import type { Servers } from './support/server';

const VISITS = 'Inconsistent visits after staff change';
const QUESTION = 'Which problem should we fix first?';

let dataDir = '';
test.beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'waymark-live-'));
});
test.afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

/** The live server with the built app, on a free port. */
async function startLiveServer(servers: Servers) {
  return servers.start({
    name: 'live server',
    command: process.execPath,
    args: ['--import', 'tsx', 'server/main.ts'],
    env: {
      WAYMARK_PORT: '{port}',
      WAYMARK_STATIC: 'dist',
      WAYMARK_DATA: join(dataDir, 'live.sqlite'),
    },
    readyUrl: 'http://127.0.0.1:{port}/api/health',
  });
}

/** The facilitator opens the sample map from the live server's origin and starts a session. */
async function facilitate(user: User, origin: string) {
  await user.page.goto(`${origin}/#/`);
  await user.page.getByRole('link', { name: SAMPLE_MAP }).click();
  await user.app.editor.ready();
  const dialog = new LiveDialog(user.page);
  await dialog.open();
  const links = await dialog.start();
  return { dialog, links };
}

test('a facilitator, an editor and a participant work on one map, each on their own device', async ({
  users,
  servers,
}) => {
  const server = await startLiveServer(servers);
  const [anna, priya, sam] = await users.open('Anna', 'Priya', 'Sam');
  const { dialog, links } = await facilitate(anna, server.origin);

  await test.step('an editor and a participant join with their links and names', async () => {
    await new LiveMember(priya.page).join(links.editor, 'Priya');
    await new LiveMember(sam.page).join(links.participant, 'Sam');
    await expect(dialog.people).toHaveText([
      /Priya\s*Editor/,
      /Sam\s*Participant.*Make Sam an editor/,
    ]);
    await dialog.close();
    await expect(new LiveMember(anna.page).status).toHaveText('Live · 3 here');
  });

  await test.step('the participant cannot change the grid; the editor can', async () => {
    await expect(sam.app.editor.toolbar.tool('Add phase')).toBeDisabled();
    await priya.app.editor.toolbar.tool('Add phase').click();
    await priya.app.editor.canvas.nameNewHeader('phase', 'Aftercare');
    for (const user of [anna, sam]) {
      await expect(
        user.app.editor.canvas.phaseHeaders.filter({ hasText: 'Aftercare' }),
      ).toBeVisible();
    }
  });

  await test.step('the facilitator starts a vote; the participant comments and votes', async () => {
    const workshop = anna.app.editor.workshop;
    await workshop.enter();
    const start = await workshop.openStartVote();
    await start.question.fill(QUESTION);
    await start.votesPerParticipant.fill('2');
    await start.start();

    const { search, canvas, workshop: samWorkshop } = sam.app.editor;
    await search.goTo(VISITS);
    await canvas.waitStill();
    await expect(samWorkshop.turn).toHaveText('Voting as: Sam — 2 of 2 votes left');
    await samWorkshop.vote(VISITS);
    await expect(samWorkshop.turn).toHaveText('Voting as: Sam — 1 of 2 votes left');
    await samWorkshop.commentBox.fill('This is the one that matters to me');
    await samWorkshop.submitComment();
  });

  await test.step('everyone sees the comment and the vote', async () => {
    for (const user of [anna, priya]) {
      const { search, canvas } = user.app.editor;
      await search.goTo(VISITS);
      await canvas.waitStill();
      await expect(canvas.card('Pain point', VISITS).getByLabel('1 comment')).toBeVisible();
    }
    await anna.app.editor.workshop.revealResults();
    await expect(anna.app.editor.workshop.results(QUESTION).getByRole('listitem')).toHaveText([
      new RegExp(`^Rank 1\\s*${VISITS}\\s*1 vote\\s*Sam`),
    ]);
  });

  await test.step('the facilitator makes the participant an editor', async () => {
    await expect(sam.app.editor.toolbar.tool('Add phase')).toBeDisabled();
    await dialog.open();
    await dialog.promote('Sam');
    await expect(dialog.people.filter({ hasText: 'Sam' })).toContainText('Editor');
    await dialog.close();
    await expect(sam.app.editor.toolbar.tool('Add phase')).toBeEnabled();
  });

  await test.step('the facilitator reloads and is back in the same session, with nothing doubled', async () => {
    const cards = (await anna.app.storedCards(SAMPLE_MAP)).length;
    await anna.page.reload();
    await anna.app.editor.ready();
    await expect(new LiveMember(anna.page).status).toHaveText('Live · 3 here', { timeout: 15_000 });
    await priya.app.editor.toolbar.tool('Add lane').click();
    await priya.app.editor.canvas.nameNewHeader('lane', 'Follow-up calls');
    await expect(anna.app.editor.canvas.laneHeader('Follow-up calls')).toBeVisible();
    await expect(anna.app.editor.canvas.phaseHeaders.filter({ hasText: 'Aftercare' })).toHaveCount(
      1,
    );
    await anna.app.editor.header.waitSaved();
    expect((await anna.app.storedCards(SAMPLE_MAP)).length).toBe(cards);
  });

  await test.step('the facilitator’s own library keeps everything', async () => {
    await anna.app.editor.header.waitSaved();
    const stored = (await anna.app.storedMap(SAMPLE_MAP)) as {
      phases: { name: string }[];
      comments: { text: string }[];
    } | null;
    expect(stored?.phases.map((p) => p.name)).toContain('Aftercare');
    expect(stored?.comments.map((c) => c.text)).toContain('This is the one that matters to me');
  });

  await test.step('the facilitator ends the session: everyone is told, the map stays', async () => {
    await dialog.open();
    await dialog.end();
    for (const user of [priya, sam]) {
      await expect(new LiveMember(user.page).status).toHaveText('The live session has ended');
    }
    await dialog.close();
    await expect(new LiveMember(anna.page).status).toHaveCount(0);
    await anna.app.editor.header.title.fill('After the workshop');
    await anna.app.editor.header.waitSaved();
  });
});

test('a participant who goes offline keeps commenting, and a reload keeps the session', async ({
  users,
  servers,
}) => {
  const server = await startLiveServer(servers);
  const [anna, sam] = await users.open('Anna', 'Sam');
  const { dialog, links } = await facilitate(anna, server.origin);
  await dialog.close();
  const member = new LiveMember(sam.page);
  await member.join(links.participant, 'Sam');
  const { search, canvas, workshop } = sam.app.editor;

  await test.step('offline: the comment is kept and the status says so', async () => {
    await search.goTo(VISITS);
    await canvas.waitStill();
    await sam.context.setOffline(true);
    await expect(member.status).toContainText('Offline');
    await workshop.commentBox.fill('Written on the train');
    await workshop.submitComment();
    await expect(workshop.commentBy('Sam')).toContainText('Written on the train');
    // It has not reached the facilitator: the network is really gone.
    await anna.app.editor.search.goTo(VISITS);
    await anna.app.editor.canvas.waitStill();
    await anna.page.waitForTimeout(1500);
    await expect(
      anna.app.editor.canvas.card('Pain point', VISITS).getByLabel('1 comment'),
    ).toHaveCount(0);
  });

  await test.step('back online: the comment reaches the facilitator', async () => {
    await sam.context.setOffline(false);
    await expect(member.status).toContainText('Live', { timeout: 20_000 });
    await expect(
      anna.app.editor.canvas.card('Pain point', VISITS).getByLabel('1 comment'),
    ).toBeVisible();
  });

  await test.step('a reload brings the participant back into the session', async () => {
    await sam.page.reload();
    await expect(member.status).toContainText('Live', { timeout: 15_000 });
    await search.goTo(VISITS);
    await canvas.waitStill();
    await expect(canvas.card('Pain point', VISITS).getByLabel('1 comment')).toBeVisible();
  });
});
