import { expect, test } from './fixtures';
import { VIGNETTE } from './panel-helpers';

/** How many ranges the page's highlight registry holds under a name (0 when the name is not registered). */
const ranges = (name: string) =>
  (globalThis as unknown as { CSS: { highlights: Map<string, Set<unknown>> } }).CSS.highlights.get(name)?.size ?? 0;

test('category toggles and colours from Options and from the panel reach the page’s highlights at once', async ({
  context,
  extensionId,
  openPage,
  openPanel,
  tabIdOf,
  handToPanel,
}) => {
  const report = await openPage(VIGNETTE);
  await handToPanel(report, 'toolbar');
  await expect.poll(() => report.evaluate(ranges, 'vcf-lens-fracture')).toBeGreaterThan(0);
  await expect.poll(() => report.evaluate(ranges, 'vcf-lens-level')).toBeGreaterThan(0);
  const background = () =>
    report.evaluate(
      () =>
        getComputedStyle(document.querySelector('#findings') as Element, '::highlight(vcf-lens-fracture)')
          .backgroundColor,
    );
  expect(await background()).toBe('rgba(213, 94, 0, 0.35)');

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('checkbox', { name: 'fracture' }).uncheck();
  await expect.poll(() => report.evaluate(ranges, 'vcf-lens-fracture')).toBe(0);
  expect(await report.evaluate(ranges, 'vcf-lens-level')).toBeGreaterThan(0);
  await options.getByLabel('Colour for fracture').fill('#112233');
  await expect.poll(background).toBe('rgba(17, 34, 51, 0.35)');
  await options.getByRole('checkbox', { name: 'fracture' }).check();
  await expect.poll(() => report.evaluate(ranges, 'vcf-lens-fracture')).toBeGreaterThan(0);

  // The panel's own category settings do the same.
  const panel = await openPanel(await tabIdOf(report));
  await panel.getByText('Highlight categories and colours').click();
  await panel.getByRole('checkbox', { name: 'level' }).uncheck();
  await expect.poll(() => report.evaluate(ranges, 'vcf-lens-level')).toBe(0);
  await panel.getByRole('button', { name: 'Colour-blind-safe colours' }).click();
  await expect.poll(background).toBe('rgba(213, 94, 0, 0.35)');
  await expect(options.getByRole('checkbox', { name: 'level' })).not.toBeChecked();
});
