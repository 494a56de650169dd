// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EmergencyBanner } from '@/components/EmergencyBanner';
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
  scenario: { id: 'scenario-a', title: 'Scenario A title' },
  why: ['reason one'],
  wouldChange: ['missing fact one'],
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
  it('shows the scenario, why, what would change it, and every section', () => {
    render(<Results result={RESULT} pack={PACK} onCopy={() => {}} />);
    expect(screen.getByTestId('scenario-title').textContent).toBe('Scenario A title');
    for (const text of ['reason one', 'missing fact one', 'warning text', 'pitfall text', 'step one', 'step two']) {
      expect(screen.getByText(text)).toBeTruthy();
    }
    expect(screen.getByRole('heading', { name: 'Branch one' })).toBeTruthy();
    expect(screen.getByText('differential one')).toBeTruthy();
  });

  it('lists each rating with ACR words, radiation and source; a not-bundled one links to ACR', () => {
    render(<Results result={RESULT} pack={PACK} onCopy={() => {}} />);
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
    render(<Results result={RESULT} pack={PACK} onCopy={() => {}} />);
    expect(screen.queryByText('emergency text')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('"Copy summary" asks for the summary', () => {
    const onCopy = vi.fn();
    render(<Results result={RESULT} pack={PACK} onCopy={onCopy} />);
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
