/**
 * Issue 14's ratings and plan round trip through the UI: a two-recommendation plan (one in the
 * action plan only) with three actions, a response and a "Spring 2023" date survives a reload
 * and a CSV export imported as a new map (the same plan on screen, the same CSV bytes); and
 * three rated criteria show on the canvas and in the PNG and SVG.
 */
import { expect, test } from './support/fixtures';
import { pngSize } from './support/pictures';

test.use({ fixedTime: '2026-01-15T10:00:00' });

const FIRST = 'Publish the repairs policy';
const SECOND = 'Set up a tenants’ scrutiny panel';

test.describe('a plan built on a new map', () => {
  test.use({ startMap: 'new' });

  test('comes back identical after a reload and through CSV into a new map', async ({
    app,
    editor,
  }) => {
    const { actionPlan: plan } = editor;
    await plan.open();

    await test.step('two recommendations, the second in the action plan only', async () => {
      let form = await plan.startRecommendation();
      await form.action.fill(FIRST);
      await form.add();
      await expect(plan.row(FIRST)).toBeVisible();
      form = await plan.startRecommendation();
      await form.action.fill(SECOND);
      await form.planOnly.check();
      await expect(form.step).toBeDisabled();
      await form.add();
      await expect(plan.row(SECOND)).toContainText('(action plan only)');
    });

    await test.step('numbers, a response, three actions and a “Spring 2023” date', async () => {
      await plan.row(FIRST).getByLabel(`Number of “${FIRST}”`).fill('1');
      await plan.row(SECOND).getByLabel(`Number of “${SECOND}”`).fill('2');
      await plan.setResponse(FIRST, 'partly-accepted', 'Agreed, within the new process');
      await plan.addAction(FIRST);
      await plan.addAction(FIRST);
      await plan.addAction(SECOND);
      await plan.actionField(FIRST, 1, 'Text').fill('Draft the policy');
      await plan.actionField(FIRST, 1, 'Owner').fill('Property team');
      await plan.typeDate(plan.actionField(FIRST, 1, 'Target date'), 'Spring 2023');
      await plan.actionField(FIRST, 2, 'Text').fill('Consult tenants');
      await plan.typeDate(plan.actionField(FIRST, 2, 'Revised date'), 'Mar 2025');
      await plan.actionField(SECOND, 1, 'Text').fill('Recruit members');
      await plan.actionField(SECOND, 1, 'Status').selectOption('on-track');
      await expect(plan.actionField(FIRST, 1, 'Target date')).toHaveValue('Spring 2023');
      await expect(plan.row(FIRST)).toContainText('Response: Partly accepted');
    });

    // The response's editor is closed again: a reload shows the plan with nothing opened.
    await plan.row(FIRST).getByRole('button', { name: 'Response' }).click();
    const built = await plan.snapshot();
    expect(built.flat().join(' ')).toContain('Spring 2023');
    expect(built.flat().join(' ')).toContain('Recruit members');

    await test.step('after a reload the plan shows the same', async () => {
      await plan.close();
      await editor.reload();
      await plan.open();
      expect(await plan.snapshot()).toEqual(built);
      await plan.close();
    });

    const csv = await editor.exportDialog.exportAs('Export CSV');
    const bytes = await csv.bytes();

    await test.step('imported as a new map: the same plan, the same CSV', async () => {
      await app.library.goto();
      await app.library.importer.importFile({
        name: 'plan copy.csv',
        mimeType: 'text/csv',
        buffer: bytes,
      });
      await expect(app.library.importer.imported('plan copy')).toBeVisible();
      await editor.openMap('plan copy');
      await plan.open();
      expect(await plan.snapshot()).toEqual(built);
      await plan.close();
      const again = await editor.exportDialog.exportAs('Export CSV');
      expect((await again.bytes()).equals(bytes)).toBe(true);
    });
  });
});

test('three rated criteria show on the canvas and in the PNG and SVG', async ({ editor }) => {
  const { inspector, canvas, exportDialog } = editor;
  const before = pngSize(await (await exportDialog.exportAs('Export PNG')).bytes());

  await test.step('rate three criteria and a pain point', async () => {
    await inspector.overallJudgement.fill('An improving service');
    await inspector.addCriterion('Telephone contact', 'Good');
    await inspector.addCriterion('Complaints handling', 'Fair');
    await inspector.addCriterion('Repairs', 'Excellent');
    await editor.selectCard('Pain point', 'Contact details no longer to hand');
    await inspector.field('Pain point card', 'Rating').selectOption('Poor');
  });

  await test.step('the canvas shows the judgement band and the rated card, whole', async () => {
    const band = canvas.judgementBand;
    await expect(band).toContainText('Judgement: An improving service');
    await expect(band.getByRole('listitem')).toHaveText([
      /Telephone contact\s*●●●○ Good/,
      /Complaints handling\s*●●○○ Fair/,
      /Repairs\s*●●●● Excellent/,
    ]);
    const card = canvas.card('Pain point', 'Contact details no longer to hand');
    await expect(card).toContainText('Rating: Poor');
    // Four dots, one filled: the rating's place without relying on colour.
    await expect(card.locator('.card__rating-dot')).toHaveCount(4);
    await expect(card.locator('.card__rating-dot.is-filled')).toHaveCount(1);
    expect(await canvas.clippedText(card)).toEqual([]);
    expect(await canvas.cardOverflow(card)).toBe(0);
  });

  await test.step('the SVG draws the band and the rating; the PNG is that picture', async () => {
    const svg = await (await exportDialog.exportAs('Export SVG')).text();
    for (const text of [
      'Judgement: An improving service',
      'Telephone contact',
      '●●●○ Good',
      '●●○○ Fair',
      '●●●● Excellent',
      '●○○○',
      'Rating: Poor',
    ])
      expect(svg).toContain(`>${text}<`);
    const svgHeight = Number(/<svg[^>]* height="(\d+)"/.exec(svg)?.[1]);
    const after = pngSize(await (await exportDialog.exportAs('Export PNG')).bytes());
    // The band and the rating line make the picture taller by what the SVG says they take.
    expect(after.width).toBe(before.width);
    expect(after.height).toBeGreaterThan(before.height + 2 * 40);
    // The PNG is the SVG's picture at the dialog's 2×.
    expect(after.height).toBe(2 * svgHeight);
  });
});
