// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { computeAccessibleName } from 'dom-accessibility-api';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '@/components/App';
import { OptionsApp } from '@/components/OptionsApp';
import { fakeOptionsPorts, fakePorts } from './fake-ports';
import { VIGNETTE_TEXT } from './vignette';

afterEach(cleanup);

const FINDINGS = {
  enabled: true,
  findings: [
    { index: 0, start: 0, end: 8, text: 'fracture', category: 'fracture', assertion: 'affirmed', levels: [] },
    { index: 1, start: 9, end: 20, text: 'no fracture', category: 'fracture', assertion: 'negated', levels: [] },
  ],
};

/** Every form control in the container, with the name assistive technology would read for it. */
function unnamedControls(container: Element): string[] {
  const controls = [...container.querySelectorAll('input, select, textarea')];
  expect(controls.length).toBeGreaterThan(0);
  return controls.filter((control) => computeAccessibleName(control).trim() === '').map((control) => control.outerHTML);
}

describe('labels on every input', () => {
  it('the check itself finds an unlabelled control', () => {
    const { container } = render(
      <form>
        <input type="number" />
        <label>
          <input type="checkbox" /> named
        </label>
      </form>,
    );
    expect(unnamedControls(container)).toHaveLength(1);
  });

  it('every control of the panel has a name, prefilled or not, findings shown, all facts unfolded', async () => {
    const fake = fakePorts({ 'findings/list': FINDINGS });
    const { container } = render(<App ports={fake.ports} />);
    await screen.findByRole('form', { name: 'Case' });
    await screen.findByRole('checkbox', { name: 'Highlight findings' });
    expect(unnamedControls(container)).toEqual([]);

    fake.select(VIGNETTE_TEXT);
    await screen.findByRole('button', { name: 'Remove T11 from New fracture levels' });
    for (const details of container.querySelectorAll('details')) details.open = true;
    expect(container.querySelectorAll('input[type="radio"]').length).toBeGreaterThan(40);
    expect(unnamedControls(container)).toEqual([]);
  });

  it('every control of the options page has a name', async () => {
    const fake = fakeOptionsPorts(['https://pacs.example.org']);
    const { container } = render(<OptionsApp ports={fake.ports} />);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Stop' })).toBeTruthy());
    expect(container.querySelectorAll('input[type="color"]').length).toBe(8);
    expect(unnamedControls(container)).toEqual([]);
  });
});
