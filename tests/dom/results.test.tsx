// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EmergencyBanner } from '@/components/EmergencyBanner';
import { Guidance } from '@/components/Guidance';
import { QuickLookup } from '@/components/QuickLookup';
import { Results } from '@/components/Results';
import type { PackInfo, ResultView } from '@/components/result-view';

afterEach(cleanup);

const PACK: PackInfo = {
  name: 'Test pack',
  version: '1.2.3',
  edition: 'test edition',
  officialUrl: 'https://acsearch.acr.org/list/GenerateAppendixPDF?TopicId=171&PanelName=Musculoskeletal',
  importedFrom: null,
};

const RESULT: ResultView = {
  scenario: { id: 'scenario-a', title: 'Scenario A title', variant: null },
  why: ['reason one', 'reason two'],
  wouldChange: ['missing fact one'],
  missing: [{ field: 'neuroDeficit', text: 'missing fact one' }],
  ratings: [
    {
      procedure: 'p1',
      name: 'Procedure one',
      rating: 'usually-appropriate',
      words: 'Usually appropriate',
      radiation: 'O',
      source: 'S1',
    },
    {
      procedure: 'p2',
      name: 'Procedure two',
      rating: 'not-bundled',
      words: 'Not bundled: see ACR',
      radiation: null,
      source: '—',
    },
  ],
  alerts: [
    { id: 'a1', severity: 'warning', text: 'warning text' },
    { id: 'a2', severity: 'emergency', text: 'emergency text' },
  ],
  pitfalls: [{ id: 'pf', text: 'pitfall text' }],
  branches: [
    { title: 'Branch one', steps: [{ id: 's1', text: 'step one' }] },
    { title: 'Branch two', steps: [{ id: 's2', text: 'step two' }] },
  ],
  differential: [{ id: 'd1', text: 'differential one' }],
};

describe('results', () => {
  it('shows the scenario, why in one line, what would change it, and every section', () => {
    const open = { pitfalls: true, nextSteps: true, differential: true };
    render(
      <>
        <Results result={RESULT} pack={PACK} otherPage={null} onCopy={() => {}} onJump={() => {}} />
        <Guidance result={RESULT} open={open} onFold={() => {}} />
      </>,
    );
    expect(screen.getByTestId('scenario-title').textContent).toBe('Scenario A title');
    expect(screen.getByTestId('why').textContent).toBe('Why: reason one reason two');
    expect(screen.getByRole('button', { name: 'New neurologic deficit?' }).getAttribute('title')).toBe(
      'missing fact one',
    );
    for (const text of ['warning text', 'pitfall text', 'step one', 'step two']) {
      expect(screen.getByText(text)).toBeTruthy();
    }
    expect(screen.getByRole('heading', { name: 'Branch one' })).toBeTruthy();
    expect(screen.getByText('differential one')).toBeTruthy();
  });

  it('a "would change it" prompt asks to jump to its field', () => {
    const onJump = vi.fn();
    render(<Results result={RESULT} pack={PACK} otherPage={null} onCopy={() => {}} onJump={onJump} />);
    fireEvent.click(screen.getByRole('button', { name: 'New neurologic deficit?' }));
    expect(onJump).toHaveBeenCalledWith('neuroDeficit');
  });

  it('ACR’s variant wording is there on demand, folded, only when the pack gives it', () => {
    const scenario = { id: 'scenario-a', title: 'Short title', variant: 'ACR variant wording' };
    render(
      <Results result={{ ...RESULT, scenario }} pack={PACK} otherPage={null} onCopy={() => {}} onJump={() => {}} />,
    );
    const wording = screen.getByText('ACR variant wording');
    expect(wording.closest('details')?.open).toBe(false);
    expect(screen.getByText('ACR’s wording').tagName).toBe('SUMMARY');
    cleanup();
    render(<Results result={RESULT} pack={PACK} otherPage={null} onCopy={() => {}} onJump={() => {}} />);
    expect(screen.queryByText('ACR’s wording')).toBeNull();
  });

  it('a result of another tab’s case says whose it is', () => {
    const { container } = render(
      <Results result={RESULT} pack={PACK} otherPage="Patient B report" onCopy={() => {}} onJump={() => {}} />,
    );
    expect(screen.getByTestId('result-other-page').textContent).toContain('Patient B report');
    expect(container.querySelector('section.results')?.getAttribute('data-other-page')).toBe('true');
    expect(screen.getByRole('region', { name: 'Results for the report in another tab' })).toBeTruthy();
  });

  it('lists each rating with ACR words, radiation and source; a not-bundled one links to ACR', () => {
    render(<Results result={RESULT} pack={PACK} otherPage={null} onCopy={() => {}} onJump={() => {}} />);
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(within(rows[0] as HTMLElement).getByText('Usually appropriate')).toBeTruthy();
    expect(within(rows[0] as HTMLElement).getByText('O')).toBeTruthy();
    expect(within(rows[0] as HTMLElement).getByText('S1')).toBeTruthy();
    const link = within(rows[1] as HTMLElement).getByRole('link', { name: 'Not bundled: see ACR' });
    expect(link.getAttribute('href')).toBe(PACK.officialUrl);
  });

  it('keeps emergencies out of the alert list and announces them as an alert', () => {
    render(<EmergencyBanner alerts={RESULT.alerts} />);
    expect(screen.getByRole('alert').textContent).toBe('emergency text');
    cleanup();
    render(<Results result={RESULT} pack={PACK} otherPage={null} onCopy={() => {}} onJump={() => {}} />);
    expect(screen.queryByText('emergency text')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('"Copy summary" asks for the summary', () => {
    const onCopy = vi.fn();
    render(<Results result={RESULT} pack={PACK} otherPage={null} onCopy={onCopy} onJump={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy summary' }));
    expect(onCopy).toHaveBeenCalledOnce();
  });

  it('lookup filters scenarios by words of the title or a rated procedure, not one listed as not bundled', () => {
    const other = { id: 'scenario-b', title: 'Scenario B title', ratings: [] };
    render(
      <QuickLookup
        scenarios={[{ id: 'scenario-a', title: 'Scenario A title', ratings: RESULT.ratings }, other]}
        officialUrl=""
        open
      />,
    );
    const search = screen.getByLabelText('Search scenarios and procedures');
    fireEvent.input(search, { target: { value: 'procedure one' } });
    expect(screen.getByRole('status').textContent).toBe('1 of 2 scenarios');
    expect(screen.getByText('Scenario A title')).toBeTruthy();
    expect(screen.queryByText('Scenario B title')).toBeNull();
    fireEvent.input(search, { target: { value: 'procedure two' } });
    expect(screen.getByRole('status').textContent).toBe('0 of 2 scenarios');
  });
});
