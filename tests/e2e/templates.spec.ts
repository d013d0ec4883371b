/**
 * Templates: "New map" opens the gallery; a map can start from each of Waymark's templates and
 * has its grid and cards; a map saved as a template starts new maps; a template file imported
 * from the library joins the gallery.
 */
import { BUILT_IN_TEMPLATES } from '../../src/domain/templates';
import { downloadFrom } from './support/downloads';
import { expect, test } from './support/fixtures';

for (const template of BUILT_IN_TEMPLATES) {
  test(`a new map starts from the template “${template.name}”`, async ({ app, library }) => {
    const map = template.build(new Date());
    const title = `From ${template.name}`;
    await library.createFromTemplate(template.name, title);
    const { editor } = app;
    await expect(editor.header.title).toHaveValue(title);
    await editor.ready();
    // Its grid: every lane and phase of the template, in order.
    expect(await editor.canvas.laneNames()).toEqual(map.lanes.map((lane) => lane.name));
    await expect(editor.canvas.phaseHeaders).toHaveText(
      map.phases.map((phase) => new RegExp(phase.name.replace(/[()]/g, '\\$&'))),
    );
    // Its cards, as the library counts them.
    await editor.header.backToLibrary();
    expect(await library.cardCount(title)).toBe(map.cards.length);
  });
}

test('the gallery says what each template is modelled on in words, with no seed numbers', async ({
  library,
}) => {
  const gallery = await library.openGallery();
  await expect(
    gallery.getByText('Modelled on a real homelessness service journey map.'),
  ).toBeVisible();
  await expect(gallery.getByText(/seed|\b00\d\b/)).toHaveCount(0);
});

test('a map saved as a template (grid only) starts new maps, and can be deleted', async ({
  app,
  editor,
}) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Save as template…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save as template' });
  await expect(dialog.getByLabel('Template name')).toBeFocused();
  await dialog.getByLabel('Template name').fill('Our house style');
  await dialog.getByLabel(/The grid only/).check();
  await dialog.getByRole('button', { name: 'Save template' }).click();
  await expect(dialog.getByRole('status')).toContainText('Saved the template “Our house style”');
  const file = await downloadFrom(page, () =>
    dialog.getByRole('button', { name: 'Download the template file' }).click(),
  );
  expect(JSON.parse(await file.text())).toMatchObject({ template: { name: 'Our house style' } });
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  const lanes = await editor.canvas.laneNames();
  expect(lanes.length).toBeGreaterThan(3);
  await editor.header.backToLibrary();
  await app.library.createFromTemplate('Our house style', 'Second map');
  await editor.ready();
  expect(await editor.canvas.laneNames()).toEqual(lanes);
  await editor.header.backToLibrary();
  expect(await app.library.cardCount('Second map')).toBe(0);

  const gallery = await app.library.openGallery();
  await gallery.getByRole('button', { name: 'Delete “Our house style”' }).click();
  await gallery.getByRole('button', { name: 'Delete template' }).click();
  await expect(gallery.getByRole('button', { name: 'Our house style', exact: true })).toHaveCount(
    0,
  );
});
