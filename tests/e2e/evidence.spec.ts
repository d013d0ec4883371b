/**
 * The evidence behind the map (issue 5): personas with pictures, the sentiment of a step from
 * its evidence, and moments of truth. Drives the evidence panel ("Evidence" in the toolbar) by
 * its visible names, on the sample map.
 */
import { expect, test } from './support/fixtures';
import { pixelsLike, png } from './support/pictures';

test('a persona added with a picture is still there after a reload', async ({ editor }) => {
  const { evidence } = editor;
  const name = 'Family in temporary accommodation';

  await test.step('add a persona with a large picture', async () => {
    const form = await evidence.startPersona();
    // A large picture is scaled down to 512 px before it is stored in the map.
    await form.fill({
      name,
      quote: 'We need support to live somewhere',
      demographics: ['Couple, ages 25 and 26'],
      picture: { name: 'family.png', mimeType: 'image/png', buffer: png(1200, 600) },
      pictureDescription: 'A young couple',
    });
    await form.save();
    await expect(evidence.persona(name).getByRole('img', { name: 'A young couple' })).toBeVisible();
  });

  await test.step('after a reload: the persona, its lines and its picture, 512 px wide', async () => {
    await editor.reload();
    await evidence.openTab('Personas & research');
    const again = evidence.persona(name);
    await expect(again).toContainText('We need support to live somewhere');
    await expect(again).toContainText('Couple, ages 25 and 26');
    const picture = again.getByRole('img', { name: 'A young couple' });
    await expect(picture).toBeVisible();
    await expect(picture).toHaveAttribute('src', /^data:image\/png;base64,/);
    const size = await picture.evaluate((img: HTMLImageElement) => [
      img.naturalWidth,
      img.naturalHeight,
    ]);
    expect(size).toEqual([512, 256]);
  });
});

test('a persona’s picture is drawn in the PNG export', async ({ editor, page }) => {
  const { evidence, exportDialog } = editor;
  // The test picture is all of one bright green that nothing else in the map is drawn in.
  const pictureColours = { red: [0, 10], green: [245, 255], blue: [0, 10] } as const;
  const exportPng = async () => {
    await exportDialog.open();
    await exportDialog.pngScale('2×').check();
    const file = await (await exportDialog.download('Export PNG')).bytes();
    await exportDialog.close();
    return file;
  };
  const before = await pixelsLike(page, await exportPng(), pictureColours);

  const form = await evidence.startPersona();
  await form.fill({
    name: 'Tenant with a picture',
    quote: 'I just want it fixed',
    demographics: [],
    picture: { name: 'tenant.png', mimeType: 'image/png', buffer: png(400, 400, [0, 255, 0]) },
    pictureDescription: 'A tenant at the door',
  });
  await form.save();

  const after = await pixelsLike(page, await exportPng(), pictureColours);
  expect(before).toBe(0);
  expect(after).toBeGreaterThan(1_000);
});

test('a picture that is not an image is refused with a clear message', async ({ editor }) => {
  const form = await editor.evidence.startPersona();
  await form.picture.setInputFiles({
    name: 'notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('not a picture'),
  });
  await expect(form.alert).toHaveText(
    '“notes.txt” is not a PNG, JPEG, WebP or GIF picture. Choose one of those.',
  );
});

test('a step’s evidence is summed into a sentiment summary', async ({ editor }) => {
  const { evidence } = editor;
  await evidence.openTab('Moments of truth');
  await expect(evidence.momentOfTruth('Apply or referred')).toContainText(
    '18 positive, 2 problems',
  );
  await expect(evidence.momentOfTruth('Two-weekly appointments')).toContainText(
    '16 positive, 2 neutral, 2 problems',
  );
});

test('a step marked as a moment of truth joins the list in journey order', async ({ editor }) => {
  const { evidence } = editor;
  const expected = [
    'Apply or referred',
    'Receive resources',
    'Settled into new home',
    'Two-weekly appointments',
  ];

  await evidence.openTab('Moments of truth');
  await expect(evidence.momentsOfTruth.getByRole('heading')).toHaveText([
    'Apply or referred',
    'Settled into new home',
    'Two-weekly appointments',
  ]);

  await test.step('mark “Receive resources”', async () => {
    await evidence.markMomentOfTruth(
      'Receive resources',
      'Customers decide here whether they can use the service.',
    );
    await expect(evidence.momentsOfTruth.getByRole('heading')).toHaveText(expected);
    await expect(evidence.momentsOfTruth.getByRole('listitem').nth(1)).toContainText(
      'Customers decide here',
    );
    await expect(evidence.showMomentOnMap('Receive resources')).toBeVisible();
  });

  await editor.reload();
  await evidence.openTab('Moments of truth');
  await expect(evidence.momentsOfTruth.getByRole('heading')).toHaveText(expected);
});
