// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/components/App';
import type { AlertItem } from '@/components/result-view';
import { SpineMap } from '@/components/SpineMap';
import { decide, extractCase } from '@/logic';
import type { CaseField, CaseInput } from '@/logic/case';
import { LEVELS, type Level } from '@/logic/spine/levels';
import { DEFAULT_COLOURS } from '@/logic/storage';
import { fakePorts } from './fake-ports';
import { VIGNETTE_TEXT } from './vignette';

afterEach(cleanup);

const VIGNETTES = join(__dirname, '../../../shared/corpus/vignettes');

function draw(
  text: string,
  { yours = [] as CaseField[], onReveal = (_: string) => {}, onFold = (_: boolean) => {} } = {},
) {
  const draft = extractCase(text);
  const decision = decide(draft.case);
  const view = render(
    <SpineMap
      input={draft.case}
      evidence={draft.evidence}
      yours={yours}
      alerts={decision.alerts as AlertItem[]}
      colours={DEFAULT_COLOURS}
      open={true}
      onFold={onFold}
      onReveal={onReveal}
    />,
  );
  const svg = view.container.querySelector('svg[data-testid="spine-map"]') as SVGSVGElement;
  return { draft, decision, view, svg, desc: svg.querySelector('desc')?.textContent ?? '' };
}

/** The text alternative read back into "label → words", as a listener would split it. */
function entries(desc: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const item of desc.replace(/\.$/, '').split('; ')) {
    const colon = item.indexOf(': ');
    if (colon > 0 && /^[CTLS]\d/.test(item)) out.set(item.slice(0, colon), item.slice(colon + 2));
  }
  return out;
}

const index = (level: string) => LEVELS.indexOf(level as Level);

/** Whether the text alternative says what the case holds, level by level, and nothing it does not. */
function checkAgainstCase(desc: string, input: CaseInput): string[] {
  const problems: string[] = [];
  const said = entries(desc);
  const acute = input.fractureLevels.filter((l) => ['acute', 'subacute'].includes(input.fractureAcuity[l] ?? ''));
  const news = new Set([...input.newFractureLevels, ...acute]);
  const expect = (level: string, words: string) => {
    if (!said.get(level)?.includes(words)) problems.push(`${level} should say "${words}", says "${said.get(level)}"`);
  };
  for (const level of news) expect(level, 'new fracture');
  for (const level of input.fractureLevels.filter((l) => !news.has(l))) {
    expect(level, input.fractureAcuity[level] === 'chronic' ? 'chronic fracture' : 'fracture, age unknown');
  }
  for (const level of input.augmentationLevels) expect(level, 'cement augmentation');
  for (const level of input.fusionLevels) {
    const construct = [...said].find(([label, words]) => {
      const [from, to = from] = label.split('–');
      return words.startsWith('fusion') && index(from as string) <= index(level) && index(level) <= index(to as string);
    });
    if (!construct) problems.push(`${level} is in no construct of "${desc}"`);
  }
  const marked = new Set<string>([...news, ...input.fractureLevels, ...input.augmentationLevels]);
  for (const [label, words] of said) {
    if (!label.includes('–') && !marked.has(label) && !input.fusionLevels.includes(label as Level)) {
      problems.push(`${label} is said but not in the case`);
    }
    const far = /(\d+) levels (below|above) the new fracture at (\w+)/.exec(words);
    if (far) {
      const gap = index(label.split('–')[0] as string) - index(far[3] as string);
      if (Math.abs(gap) !== Number(far[1]) || gap > 0 !== (far[2] === 'below'))
        problems.push(`wrong distance: ${words}`);
    }
  }
  if (marked.size === 0 && input.fusionLevels.length === 0 && said.size > 0) problems.push('levels said for none');
  return problems;
}

describe('the spine map', () => {
  it('the founding vignette: a titled drawing whose text alternative lists T11 new and L2 cemented below it', () => {
    const { svg, desc } = draw(VIGNETTE_TEXT);
    expect(svg.querySelector('title')?.textContent).toBe('Spine T1 to S1 (no cervical level in this case)');
    expect(svg.getAttribute('aria-describedby')).toBe(svg.querySelector('desc')?.id);
    expect(desc).toBe('T11: new fracture; L2: cement augmentation, 3 levels below the new fracture at T11.');
    const targets = within(svg as unknown as HTMLElement).getAllByRole('button');
    expect(targets.map((t) => t.getAttribute('aria-label'))).toEqual([
      'T11: new fracture',
      'L2: cement augmentation, 3 levels below the new fracture at T11',
    ]);
    for (const target of targets) expect(target.getAttribute('tabindex')).toBe('0');
    // The drawing itself is hidden from screen readers: they hear the title, the list and the buttons.
    for (const text of svg.querySelectorAll('text')) expect(text.closest('[aria-hidden="true"]')).not.toBeNull();
    // No C1–C7 rows when the case names no cervical level; T1 to S1 drawn.
    expect(svg.querySelector('[data-level="C7"]')).toBeNull();
    expect(svg.querySelectorAll('[data-level]')).toHaveLength(18);
    expect(svg.querySelector('[data-level="T11"] .body.fracture.new')).not.toBeNull();
    expect(svg.querySelector('[data-level="L2"] .cement')).not.toBeNull();
    expect(svg.querySelector('[data-level="T12"] .fracture, [data-level="T12"] .cement')).toBeNull();
    const legend = screen.getByRole('list', { name: 'Legend' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'New fracture',
      'Chronic or age unknown',
      'Height loss, to scale (Genant grade)',
      'Cement (augmentation)',
      'Fusion',
      'New fracture next to a treated level',
      'New fracture at a treated level',
    ]);
  });

  it('a click on a level shows its words from the report and shows the level on the page; Enter and Space do too', () => {
    const onReveal = vi.fn();
    const { svg } = draw(VIGNETTE_TEXT, { onReveal });
    const details = screen.getByTestId('spine-map-details');
    expect(within(details).queryAllByRole('button')).toHaveLength(0);
    const t11 = svg.querySelector('[data-target="T11"]') as Element;
    fireEvent.click(t11);
    expect(onReveal).toHaveBeenLastCalledWith('T11');
    expect(t11.getAttribute('aria-pressed')).toBe('true');
    expect(details.textContent).toContain('T11: new fracture');
    const chips = within(details)
      .getAllByRole('button')
      .map((chip) => chip.textContent);
    expect(chips).toContain('From the report: “T11”');
    expect(chips).toEqual([
      'From the report: “New”',
      'From the report: “endplate compression fracture”',
      'From the report: “T11”',
    ]);
    expect(chips.some((chip) => chip?.includes('L2'))).toBe(false);
    // A chip shows its own words.
    fireEvent.click(within(details).getByRole('button', { name: 'From the report: “endplate compression fracture”' }));
    expect(onReveal).toHaveBeenLastCalledWith('endplate compression fracture');

    const l2 = svg.querySelector('[data-target="L2"]') as Element;
    fireEvent.keyDown(l2, { key: 'Enter' });
    expect(onReveal).toHaveBeenLastCalledWith('L2');
    expect(details.textContent).toContain('L2: cement augmentation');
    expect(within(details).getByRole('button', { name: /vertebroplasty/ })).toBeTruthy();
    onReveal.mockClear();
    fireEvent.keyDown(t11, { key: ' ' });
    expect(onReveal).toHaveBeenCalledWith('T11');
    fireEvent.keyDown(t11, { key: 'a' });
    expect(onReveal).toHaveBeenCalledTimes(1);
  });

  it('a level the user set by hand has no report words: it says "yours" and shows nothing on the page', () => {
    const onReveal = vi.fn();
    const { svg } = draw(VIGNETTE_TEXT, { onReveal, yours: ['augmentationLevels'] });
    fireEvent.click(svg.querySelector('[data-target="L2"]') as Element);
    expect(onReveal).not.toHaveBeenCalled();
    const details = screen.getByTestId('spine-map-details');
    expect(details.textContent).toContain('yours');
    expect(within(details).queryAllByRole('button')).toHaveLength(0);
  });

  it('a relation the decision raises an alert for: drawn as a connector, and the alert is shown with the level', () => {
    const { svg, decision } = draw(
      '80-year-old woman, L1 kyphoplasty last year. Now new severe back pain: acute T12 compression fracture.',
    );
    expect(decision.alerts.map((a) => a.id)).toContain('adjacent-to-augmentation');
    expect(svg.querySelectorAll('path.link')).toHaveLength(1);
    fireEvent.click(svg.querySelector('[data-target="T12"]') as Element);
    const alert = decision.alerts.find((a) => a.id === 'adjacent-to-augmentation');
    expect(screen.getByTestId('spine-map-details').textContent).toContain(alert?.text);
  });

  it('folds from its heading, and the choice goes to the settings', () => {
    const onFold = vi.fn();
    draw(VIGNETTE_TEXT, { onFold });
    fireEvent.click(screen.getByRole('heading', { name: 'Spine at a glance' }));
    expect(onFold).toHaveBeenCalledWith(false);
  });
});

describe('every case note of the corpus', () => {
  const files = readdirSync(VIGNETTES).filter((name) => name.endsWith('.txt'));

  it('the check itself tells a wrong text alternative', () => {
    const input = extractCase(VIGNETTE_TEXT).case;
    expect(checkAgainstCase('T11: new fracture; L2: cement augmentation.', input)).toEqual([]);
    expect(checkAgainstCase('T11: new fracture.', input)).not.toEqual([]);
    expect(checkAgainstCase('T12: new fracture; L2: cement augmentation.', input)).not.toEqual([]);
    expect(
      checkAgainstCase('T11: new fracture; L2: cement augmentation, 2 levels below the new fracture at T11.', input),
    ).not.toEqual([]);
  });

  it.each(files)('%s: drawn without errors, its text alternative says the case', (name) => {
    const errors = vi.spyOn(console, 'error');
    const { draft, svg, desc } = draw(readFileSync(join(VIGNETTES, name), 'utf8'));
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    expect(checkAgainstCase(desc, draft.case)).toEqual([]);
    // One keyboard stop per level or construct the text names.
    const targets = svg.querySelectorAll('[role="button"][tabindex="0"]');
    expect(targets.length).toBe(entries(desc).size);
    for (const target of targets) expect(desc).toContain(target.getAttribute('aria-label'));
  });
});

describe('in the panel', () => {
  it('sits after the answer and before the case facts, and an edit of a level field redraws it at once', async () => {
    const fake = fakePorts({ 'text/reveal': { found: true } });
    const view = render(<App ports={fake.ports} />);
    await screen.findByRole('form', { name: 'Case' });
    fake.select(VIGNETTE_TEXT);
    const svg = (await screen.findByTestId('spine-map')) as unknown as SVGSVGElement;
    const main = view.container.querySelector('main') as HTMLElement;
    const results = main.querySelector('section.results') as HTMLElement;
    const map = main.querySelector('#spine-map') as HTMLElement;
    expect(results.nextElementSibling).toBe(map);
    expect(
      map.compareDocumentPosition(screen.getByRole('form', { name: 'Case' })) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    const desc = () => svg.querySelector('desc')?.textContent;
    expect(desc()).toBe('T11: new fracture; L2: cement augmentation, 3 levels below the new fracture at T11.');

    const add = screen.getByRole('combobox', { name: 'Add a level to Prior augmentation levels' });
    fireEvent.change(add, { target: { value: 'T12' } });
    await waitFor(() => expect(desc()).toContain('T11: new fracture, next to the cement at T12'));
    expect(svg.querySelector('[data-level="T12"] .cement')).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Remove L2 from Prior augmentation levels' }));
    await waitFor(() => expect(desc()).not.toContain('L2'));

    fireEvent.click(svg.querySelector('[data-target="T11"]') as Element);
    await waitFor(() => expect(fake.sent).toContainEqual({ type: 'text/reveal', text: 'T11' }));
  });
});
