// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '@/components/App';
import { defaultSettings } from '@/logic/storage';
import { fakePorts, REPORT_TAB } from './fake-ports';
import { VIGNETTE_TEXT } from './vignette';

afterEach(cleanup);

const FOUNDING = 'treatment-new-vcf-prior-augmentation-or-surgery';
const OTHER_TAB = {
  id: 8,
  origin: 'https://pacs.example.org',
  url: 'https://pacs.example.org/report/2',
  title: 'Report 2',
};
const OTHER_TEXT = 'Acute osteoporotic L1 compression fracture with marrow edema on MRI and new back pain.';

async function prefilled(replies: Parameters<typeof fakePorts>[0] = {}) {
  const fake = fakePorts(replies);
  const view = render(<App ports={fake.ports} />);
  await screen.findByRole('form', { name: 'Case' });
  fake.select(VIGNETTE_TEXT);
  await waitFor(() => expect(screen.getByTestId('scenario-title').dataset.scenario).toBe(FOUNDING));
  return { fake, main: view.container.querySelector('main') as HTMLElement };
}

/** Whether `a` comes before `b` in the document. */
const precedes = (a: Element, b: Element) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

describe('answer first', () => {
  it('the scenario, ratings, alerts and Copy summary come before the case facts; pitfalls and the rest after them', async () => {
    const { main } = await prefilled();
    const results = main.querySelector('section.results') as HTMLElement;
    const form = screen.getByRole('form', { name: 'Case' });
    expect(main.children[1]).toBe(results);
    const inResults = [
      screen.getByTestId('scenario-title'),
      within(results).getByRole('table'),
      within(results).getByRole('heading', { name: 'Alerts' }),
      within(results).getByRole('button', { name: 'Copy summary' }),
    ];
    for (let i = 1; i < inResults.length; i++)
      expect(precedes(inResults[i - 1] as Element, inResults[i] as Element)).toBe(true);
    expect(precedes(results, form)).toBe(true);
    const pitfalls = main.querySelector('#pitfalls') as HTMLElement;
    expect(precedes(form, pitfalls)).toBe(true);
    expect(precedes(pitfalls, main.querySelector('.lookup') as HTMLElement)).toBe(true);
  });

  it('why is one line; each "would change it" prompt names its field', async () => {
    await prefilled();
    expect(screen.getAllByTestId('why')).toHaveLength(1);
    const prompts = within(screen.getByRole('list', { name: 'Would change it' })).getAllByRole('button');
    expect(prompts.map((button) => button.textContent)).toEqual(['Neurologic deficit?', 'MRI done?', 'Malignancy?']);
  });

  it('the fields the report filled and the missing ones lead, with their words; the rest are folded under More facts', async () => {
    await prefilled();
    const form = screen.getByRole('form', { name: 'Case' });
    const more = screen.getByTestId('more-facts') as HTMLDetailsElement;
    expect(more.open).toBe(false);
    const leading = [...form.querySelectorAll(':scope > .field')].map((row) => (row as HTMLElement).dataset.field);
    for (const field of [
      'newFractureLevels',
      'augmentationLevels',
      'symptomatic',
      'neuroDeficit',
      'malignancy',
      'mriDone',
    ]) {
      expect(leading).toContain(field);
    }
    for (const field of ['fusionLevels', 'painSeverity', 'coagulopathy']) expect(leading).not.toContain(field);
    expect(within(more).getByLabelText('Pain 0–10')).toBeTruthy();
    const deficit = form.querySelector('[data-field="neuroDeficit"]') as HTMLElement;
    expect(deficit.textContent).toContain('Missing: Neurologic status not stated');
    expect(form.querySelector('[data-field="augmentationLevels"] .chip')?.textContent).toContain('vertebroplasty');
  });

  it('an edit keeps every field where it was', async () => {
    await prefilled();
    const form = screen.getByRole('form', { name: 'Case' });
    const order = () => [...form.querySelectorAll('.field')].map((row) => (row as HTMLElement).dataset.field);
    const was = order();
    const deficit = screen.getByRole('group', { name: 'Neurologic deficit' });
    fireEvent.click(within(deficit).getByLabelText('No'));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Neurologic deficit?' })).toBeNull());
    expect(order()).toEqual(was);
  });
});

describe('folded sections', () => {
  it('open or folded as the settings say, and a toggle is saved to them', async () => {
    const { fake } = await prefilled();
    const pitfalls = document.querySelector('#pitfalls') as HTMLDetailsElement;
    const differential = document.querySelector('#differential') as HTMLDetailsElement;
    expect(pitfalls.open).toBe(true);
    expect(differential.open).toBe(false);
    fireEvent.click(within(pitfalls).getByRole('heading', { name: 'Pitfalls' }));
    await waitFor(() => expect(fake.settings().sections.pitfalls).toBe(false));
    expect(pitfalls.open).toBe(false);
    // Settings changed elsewhere (another panel, the next session) fold it too.
    fake.changeSettings({
      ...defaultSettings(),
      sections: { pitfalls: true, nextSteps: false, differential: true, spineMap: true },
    });
    await waitFor(() => expect((document.querySelector('#next-steps') as HTMLDetailsElement).open).toBe(false));
    expect((document.querySelector('#differential') as HTMLDetailsElement).open).toBe(true);
  });
});

describe('the case belongs to its report', () => {
  it('another tab in front: said at the top with both ways out, and the result marked as the other page’s', async () => {
    const { fake, main } = await prefilled({
      'page/text': { text: OTHER_TEXT },
      'findings/list': { enabled: true, findings: [] },
    });
    expect(screen.queryByTestId('case-source-banner')).toBeNull();
    fake.switchTab(OTHER_TAB);
    const banner = await screen.findByTestId('case-source-banner');
    expect(main.children[1]).toBe(banner);
    expect(within(banner).getByRole('heading').textContent).toBe('Case from another tab: Report 1');
    expect(main.querySelector('section.results')?.getAttribute('data-other-page')).toBe('true');
    expect(screen.getByTestId('result-other-page').textContent).toContain('Report 1');
    expect(screen.getByRole('heading', { name: 'Case facts from another tab' })).toBeTruthy();
    expect(screen.getByTestId('result-announcer').textContent).toMatch(/^Case from another tab: Report 1\. Scenario: /);

    fireEvent.click(within(banner).getByRole('button', { name: 'Show that tab' }));
    await waitFor(() => expect(fake.shownTabs).toEqual([REPORT_TAB.id]));

    // "Read this report" makes the other report's own case; the first report keeps its own.
    fireEvent.click(within(banner).getByRole('button', { name: 'Read this report' }));
    await waitFor(() => expect(screen.queryByTestId('case-source-banner')).toBeNull());
    expect(screen.getByTestId('scenario-title').dataset.scenario).not.toBe(FOUNDING);
    expect(fake.book()?.cases.map((state) => state.source?.tabId)).toEqual([8, 7]);
    fake.switchTab(REPORT_TAB);
    await waitFor(() => expect(screen.getByTestId('scenario-title').dataset.scenario).toBe(FOUNDING));
    expect(screen.queryByTestId('case-source-banner')).toBeNull();
  });

  it('a selection from another tab never merges into a case holding the user’s edits: it makes that tab’s own case', async () => {
    const { fake } = await prefilled();
    fireEvent.change(screen.getByLabelText('Add a level to Prior fusion levels'), { target: { value: 'L4' } });
    await waitFor(() => expect(fake.book()?.cases[0]?.yours).toEqual(['fusionLevels']));
    fake.switchTab(OTHER_TAB);
    fake.select(OTHER_TEXT, Date.now() + 1, OTHER_TAB);
    await waitFor(() => expect(fake.book()?.cases).toHaveLength(2));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    const [second, first] = fake.book()?.cases ?? [];
    expect(second?.source?.tabId).toBe(8);
    expect(second?.case.fusionLevels).toEqual([]);
    expect(first?.case.fusionLevels).toEqual(['L4']);
    expect(first?.case.augmentationLevels).toEqual(['L2']);
  });

  it('the same tab at another address is another report: an earlier page’s case, without "Show that tab"', async () => {
    const { fake } = await prefilled();
    fake.switchTab({ ...REPORT_TAB, url: 'https://pacs.example.org/report/9', title: 'Report 9' });
    const banner = await screen.findByTestId('case-source-banner');
    expect(within(banner).getByRole('heading').textContent).toBe('Case from an earlier page in this tab: Report 1');
    expect(within(banner).queryByRole('button', { name: 'Show that tab' })).toBeNull();
  });

  it('text waiting for the user’s choice is offered again after the panel was closed, and taken once chosen', async () => {
    const { fake } = await prefilled();
    fireEvent.change(screen.getByLabelText('Add a level to Prior fusion levels'), { target: { value: 'L4' } });
    await waitFor(() => expect(fake.book()?.cases[0]?.yours).toEqual(['fusionLevels']));
    fake.select(VIGNETTE_TEXT, Date.now() + 1);
    await screen.findByRole('alertdialog');
    cleanup();
    render(<App ports={fake.ports} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Ignore it' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(fake.book()?.cases[0]?.case.fusionLevels).toEqual(['L4']);
    expect(fake.book()?.takenAt).toBeGreaterThan(0);
  });
});
