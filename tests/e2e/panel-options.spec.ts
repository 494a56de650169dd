import { bundledPack } from '../../logic';
import { expect, test } from './fixtures';
import { shoot } from './panel-helpers';

const file = (name: string, content: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(typeof content === 'string' ? content : JSON.stringify(content)),
});

test('a malformed pack is refused with every problem and the pack in use stays', async ({
  context,
  extensionId,
  openPanel,
  serviceWorker,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const inUse = options.getByTestId('pack-in-use');
  await expect(inUse).toContainText('bundled');

  // A valid pack with its own version is taken, and the panel uses it.
  const bundled = bundledPack();
  const custom = { ...bundled, metadata: { ...bundled.metadata, version: '9.9.9-test' } };
  await options.getByLabel('Import a criteria pack (JSON)').setInputFiles(file('custom.json', custom));
  await expect(inUse).toContainText('9.9.9-test');
  await expect(inUse).toContainText('imported from custom.json');
  const panel = await openPanel();
  await expect(panel.getByTestId('criteria-edition')).toContainText('9.9.9-test');

  // A malformed one is refused, each problem named by path, and the imported pack stays in use.
  const broken = { ...custom, metadata: { ...custom.metadata, version: 7 }, scenarios: 'none' };
  await options.getByLabel('Import a criteria pack (JSON)').setInputFiles(file('broken.json', broken));
  const problems = options.getByRole('list', { name: 'Problems in the pack' }).getByRole('listitem');
  await expect(problems.first()).toBeVisible();
  expect(await problems.count()).toBeGreaterThanOrEqual(2);
  await expect(problems.filter({ hasText: 'metadata.version' })).toHaveCount(1);
  await expect(problems.filter({ hasText: /^scenarios: / })).not.toHaveCount(0);
  await expect(options.getByText('broken.json was refused')).toBeVisible();
  await expect(inUse).toContainText('9.9.9-test');
  const stored = await serviceWorker.evaluate(
    async () => (await chrome.storage.local.get('criteriaPack')).criteriaPack,
  );
  expect(stored).toMatchObject({ fileName: 'custom.json' });
  await shoot(options, 'options-pack-refused');

  await options.getByLabel('Import a criteria pack (JSON)').setInputFiles(file('not-json.json', '{ nope'));
  await expect(problems.first()).toContainText('not JSON');

  await options.getByRole('button', { name: 'Use the bundled pack' }).click();
  await expect(inUse).toContainText('bundled');
  await expect(panel.getByTestId('criteria-edition')).not.toContainText('9.9.9-test');
});

test('categories and colours are saved as settings', async ({ context, extensionId, serviceWorker }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const settings = () =>
    serviceWorker.evaluate(
      async () =>
        (await chrome.storage.local.get('settings')).settings as
          | { categories: string[]; colours: Record<string, string> }
          | undefined,
    );
  await options.getByRole('checkbox', { name: 'trauma' }).uncheck();
  await expect.poll(async () => (await settings())?.categories).not.toContain('trauma');
  expect((await settings())?.categories).toContain('fracture');

  await options.getByLabel('Colour for fracture').fill('#112233');
  await expect.poll(async () => (await settings())?.colours.fracture).toBe('#112233');
  await options.getByRole('button', { name: 'Colour-blind-safe colours' }).click();
  await expect.poll(async () => (await settings())?.colours.fracture).toBe('#D55E00');
  await shoot(options, 'options');
});
