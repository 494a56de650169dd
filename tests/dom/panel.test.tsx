// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '@/components/App';
import { bundledPack } from '@/logic';
import { fakePorts } from './fake-ports';
import { DEFICIT_TEXT, VIGNETTE_TEXT } from './vignette';

afterEach(cleanup);

const FOUNDING = 'treatment-new-vcf-prior-augmentation-or-surgery';

async function panelWith(text: string) {
  const fake = fakePorts({ 'text/reveal': { found: true } });
  const view = render(<App ports={fake.ports} />);
  await screen.findByRole('form', { name: 'Case' });
  const announcer = screen.getByTestId('result-announcer');
  fake.select(text);
  await waitFor(() => expect(screen.getByTestId('scenario-title').dataset.scenario).toBe(FOUNDING));
  return { fake, view, announcer };
}

describe('the panel over the real extraction and decision', () => {
  it('announces the result in a polite live region that was there before the result', async () => {
    const fake = fakePorts();
    render(<App ports={fake.ports} />);
    await screen.findByRole('form', { name: 'Case' });
    const announcer = screen.getByTestId('result-announcer');
    expect(announcer.getAttribute('aria-live')).toBe('polite');
    expect(announcer.textContent).toBe('');
    fake.select(VIGNETTE_TEXT);
    await waitFor(() => expect(announcer.textContent).toMatch(/^Scenario: Painful new compression fracture/));
    expect(announcer.textContent).toContain('6 ratings.');
    expect(screen.getByTestId('result-announcer')).toBe(announcer);
  });

  it('an edit changes the result and the announcement', async () => {
    const { announcer } = await panelWith(VIGNETTE_TEXT);
    const before = announcer.textContent;
    fireEvent.click(screen.getByRole('button', { name: 'Remove L2 from Prior augmentation levels' }));
    await waitFor(() => expect(screen.getByTestId('scenario-title').dataset.scenario).not.toBe(FOUNDING));
    expect(announcer.textContent).not.toBe(before);
  });

  it('a deficit in the text puts the emergency banner right after the title, and says so', async () => {
    const { view, announcer } = await panelWith(`${VIGNETTE_TEXT}\n\n${DEFICIT_TEXT}`);
    const main = view.container.querySelector('main') as HTMLElement;
    expect(main.children[0]?.tagName).toBe('HEADER');
    expect(main.children[1]?.getAttribute('role')).toBe('alert');
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(announcer.textContent).toContain('Urgent alert at the top.');
  });

  it('a chip reveals its words on the page', async () => {
    const { fake } = await panelWith(VIGNETTE_TEXT);
    fireEvent.click(screen.getByRole('button', { name: 'From the report: “osteoporosis”' }));
    await waitFor(() => expect(fake.sent).toContainEqual({ type: 'text/reveal', text: 'osteoporosis' }));
  });

  it('"Copy summary" copies plain text that names the pack and its version', async () => {
    const { fake } = await panelWith(VIGNETTE_TEXT);
    fireEvent.click(screen.getByRole('button', { name: 'Copy summary' }));
    await screen.findByText('Summary copied.');
    const { name, version } = bundledPack().metadata;
    expect(fake.copied[0]).toContain(`${name} ${version}`);
    expect(fake.copied[0]).toContain('Percutaneous');
  });

  it('"Clear" forgets the case', async () => {
    const { fake } = await panelWith(VIGNETTE_TEXT);
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    await waitFor(() => expect(screen.queryByTestId('scenario-title')).toBeNull());
    expect(fake.saved()).toBeNull();
    expect(screen.queryByRole('button', { name: 'Remove T11 from New fracture levels' })).toBeNull();
  });
});
