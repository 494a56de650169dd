// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EmergencyBanner } from '@/components/EmergencyBanner';
import { Guidance } from '@/components/Guidance';
import { QuickLookup } from '@/components/QuickLookup';
import { Results } from '@/components/Results';
import { type PackInfo, RATING_WORDS, type RatingRow, type ResultView, toLookup } from '@/components/result-view';
import { bundledPack } from '@/logic/criteria';

afterEach(cleanup);

const PACK: PackInfo = {
  name: 'Test pack',
  version: '1.2.3',
  edition: 'test edition',
  officialUrl: 'https://acsearch.acr.org/list/GenerateAppendixPDF?TopicId=171&PanelName=Musculoskeletal',
  importedFrom: null,
};

const row = (fields: Partial<RatingRow> & Pick<RatingRow, 'procedure' | 'name' | 'rating'>): RatingRow => ({
  words: RATING_WORDS[fields.rating],
  score: null,
  disagreement: false,
  radiation: null,
  radiationByRegion: null,
  source: 'S1',
  needsConfirmation: false,
  ...fields,
});

/** Given out of order on purpose: the table groups them. */
const RATINGS: RatingRow[] = [
  row({ procedure: 'p-not', name: 'Procedure not', rating: 'usually-not-appropriate', score: '2/9' }),
  row({ procedure: 'p1', name: 'Procedure one', rating: 'usually-appropriate', score: '9/9', radiation: 'O 0 mSv' }),
  row({
    procedure: 'p-may',
    name: 'Procedure may',
    rating: 'may-be-appropriate',
    score: '5/9',
    disagreement: true,
    radiation: 'Varies',
    radiationByRegion: 'CT complete spine ☢☢☢☢ 10–30 mSv',
    source: 'ACR 2022 table, transcribed copy — confirm in the official table',
    needsConfirmation: true,
  }),
];

const RESULT: ResultView = {
  scenario: { id: 'scenario-a', title: 'Scenario A title', acrVariant: 'Variant 1: ACR words.' },
  why: ['reason one', 'reason two'],
  wouldChange: ['missing fact one'],
  missing: [{ field: 'neuroDeficit', text: 'missing fact one' }],
  ratings: RATINGS,
  alerts: [
    { id: 'a1', severity: 'warning', text: 'warning text' },
    { id: 'a2', severity: 'emergency', text: 'emergency text' },
  ],
  pitfalls: [{ id: 'pf', text: 'pitfall text' }],
  branches: [
    { title: 'Branch one', steps: [{ id: 's1', text: 'step one' }] },
    { title: 'Branch two', steps: [{ id: 's2', text: 'step two' }] },
  ],
  nextStepsNote: null,
  differential: [{ id: 'd1', text: 'differential one' }],
};

describe('results', () => {
  it('shows the scenario, why in one line, what would change it, and every section', () => {
    const open = { pitfalls: true, nextSteps: true, differential: true, spineMap: true };
    render(
      <>
        <Results result={RESULT} pack={PACK} otherPage={null} onCopy={() => {}} onJump={() => {}} />
        <Guidance result={RESULT} open={open} onFold={() => {}} />
      </>,
    );
    expect(screen.getByTestId('scenario-title').textContent).toBe('Scenario A title');
    expect(screen.getByTestId('why').textContent).toBe('Why: reason one reason two');
    expect(screen.getByRole('button', { name: 'Neurologic deficit?' }).getAttribute('title')).toBe('missing fact one');
    for (const text of ['warning text', 'pitfall text', 'step one', 'step two']) {
      expect(screen.getByText(text)).toBeTruthy();
    }
    expect(screen.getByRole('heading', { name: 'Branch one' })).toBeTruthy();
    expect(screen.getByText('differential one')).toBeTruthy();
  });

  it('a "would change it" prompt asks to jump to its field', () => {
    const onJump = vi.fn();
    render(<Results result={RESULT} pack={PACK} otherPage={null} onCopy={() => {}} onJump={onJump} />);
    fireEvent.click(screen.getByRole('button', { name: 'Neurologic deficit?' }));
    expect(onJump).toHaveBeenCalledWith('neuroDeficit');
  });

  it('ACR’s variant wording is there on demand, folded, only when the pack gives it', () => {
    render(<Results result={RESULT} pack={PACK} otherPage={null} onCopy={() => {}} onJump={() => {}} />);
    const wording = screen.getByText('Variant 1: ACR words.');
    expect(wording.closest('details')?.open).toBe(false);
    expect(screen.getByText('ACR’s wording').tagName).toBe('SUMMARY');
    cleanup();
    const scenario = { id: 'scenario-a', title: 'Short title', acrVariant: null };
    render(
      <Results result={{ ...RESULT, scenario }} pack={PACK} otherPage={null} onCopy={() => {}} onJump={() => {}} />,
    );
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

  it('groups the ratings usually appropriate → may be → usually not, whatever order they come in', () => {
    const { container } = render(
      <Results result={RESULT} pack={PACK} otherPage={null} onCopy={() => {}} onJump={() => {}} />,
    );
    const groups = [...container.querySelectorAll('table.ratings tbody')];
    expect(groups.map((g) => g.getAttribute('data-group'))).toEqual([
      'usually-appropriate',
      'may-be-appropriate',
      'usually-not-appropriate',
    ]);
    expect(groups.map((g) => g.querySelector('th[scope="rowgroup"]')?.textContent)).toEqual([
      'Usually appropriate',
      'May be appropriate',
      'Usually not appropriate',
    ]);
    expect(
      groups.map((g) => [...g.querySelectorAll('tr[data-procedure]')].map((r) => r.getAttribute('data-procedure'))),
    ).toEqual([['p1'], ['p-may'], ['p-not']]);
  });

  it('leaves out a group with no rows', () => {
    const result = { ...RESULT, ratings: RATINGS.filter((r) => r.rating !== 'may-be-appropriate') };
    const { container } = render(
      <Results result={result} pack={PACK} otherPage={null} onCopy={() => {}} onJump={() => {}} />,
    );
    expect(container.querySelectorAll('table.ratings tbody')).toHaveLength(2);
    expect(screen.queryByText('May be appropriate')).toBeNull();
  });

  it('each row shows its score out of 9, the radiation level with its regions, and its source', () => {
    const { container } = render(
      <Results result={RESULT} pack={PACK} otherPage={null} onCopy={() => {}} onJump={() => {}} />,
    );
    const one = container.querySelector('tr[data-procedure="p1"]') as HTMLElement;
    expect(within(one).getByText('9/9')).toBeTruthy();
    expect(within(one).getByText('O 0 mSv')).toBeTruthy();
    expect(within(one).getByText('S1')).toBeTruthy();
    const may = container.querySelector('tr[data-procedure="p-may"]') as HTMLElement;
    expect(may.querySelector('td.score')?.textContent).toBe('May be appropriate, score 5/9');
    expect(within(may).getByText('Varies')).toBeTruthy();
    expect(within(may).getByText('CT complete spine ☢☢☢☢ 10–30 mSv')).toBeTruthy();
  });

  it('a table of treatments only has no radiation column', () => {
    const treatments = RATINGS.map((r) => ({ ...r, radiation: null, radiationByRegion: null }));
    const { container } = render(
      <Results
        result={{ ...RESULT, ratings: treatments }}
        pack={PACK}
        otherPage={null}
        onCopy={() => {}}
        onJump={() => {}}
      />,
    );
    expect(screen.queryByRole('columnheader', { name: 'Radiation' })).toBeNull();
    expect(container.querySelector('tr[data-procedure="p1"]')?.children).toHaveLength(2);
    cleanup();
    render(<Results result={RESULT} pack={PACK} otherPage={null} onCopy={() => {}} onJump={() => {}} />);
    expect(screen.getByRole('columnheader', { name: 'Radiation' })).toBeTruthy();
  });

  it('marks the panel’s disagreement only where ACR does', () => {
    const { container } = render(
      <Results result={RESULT} pack={PACK} otherPage={null} onCopy={() => {}} onJump={() => {}} />,
    );
    expect(container.querySelectorAll('.disagreement')).toHaveLength(1);
    expect(
      within(container.querySelector('tr[data-procedure="p-may"]') as HTMLElement).getByText('Panel disagreement'),
    ).toBeTruthy();
  });

  it('a row only the transcribed table states says so and links to the official table; others name their source', () => {
    const { container } = render(
      <Results result={RESULT} pack={PACK} otherPage={null} onCopy={() => {}} onJump={() => {}} />,
    );
    const may = container.querySelector('tr[data-procedure="p-may"]') as HTMLElement;
    const link = within(may).getByRole('link', {
      name: 'ACR 2022 table, transcribed copy — confirm in the official table',
    });
    expect(link.getAttribute('href')).toBe(PACK.officialUrl);
    const one = container.querySelector('tr[data-procedure="p1"]') as HTMLElement;
    expect(within(one).queryByRole('link')).toBeNull();
    expect(container.querySelectorAll('.source.transcribed')).toHaveLength(1);
  });

  it('says why a scenario has no next steps', () => {
    const open = { pitfalls: true, nextSteps: true, differential: true, spineMap: true };
    render(
      <Guidance
        result={{ ...RESULT, branches: [], nextStepsNote: 'none bundled here' }}
        open={open}
        onFold={() => {}}
      />,
    );
    expect(screen.getByText('Next steps')).toBeTruthy();
    expect(screen.getByText('none bundled here')).toBeTruthy();
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

  it('lookup filters scenarios by words of the title, ACR’s wording or a rated procedure', () => {
    const other = { id: 'scenario-b', title: 'Scenario B title', acrVariant: 'Variant 2: other words.', ratings: [] };
    render(
      <QuickLookup
        scenarios={[{ id: 'scenario-a', title: 'Scenario A title', acrVariant: null, ratings: RESULT.ratings }, other]}
        officialUrl=""
        open
      />,
    );
    const search = screen.getByLabelText('Search scenarios and procedures');
    fireEvent.input(search, { target: { value: 'procedure one' } });
    expect(screen.getByRole('status').textContent).toBe('1 of 2 scenarios');
    expect(screen.getByText('Scenario A title')).toBeTruthy();
    expect(screen.queryByText('Scenario B title')).toBeNull();
    fireEvent.input(search, { target: { value: 'other words' } });
    expect(screen.getByRole('status').textContent).toBe('1 of 2 scenarios');
    expect(screen.getByText('ACR Variant 2: other words.')).toBeTruthy();
    fireEvent.input(search, { target: { value: 'procedure two' } });
    expect(screen.getByRole('status').textContent).toBe('0 of 2 scenarios');
  });

  it.each<[string, string[]]>([
    [
      'ablation',
      [
        'treatment-asymptomatic-osteoporotic',
        'treatment-osteoporotic-with-edema',
        'treatment-new-vcf-prior-augmentation-or-surgery',
        'treatment-benign-worsening',
        'treatment-pathologic-mechanical-pain',
      ],
    ],
    ['biopsy', ['imaging-new-symptomatic-known-malignancy', 'imaging-asymptomatic-malignancy-history']],
  ])('the bundled lookup lists all nine variants; "%s" finds the variants that rate it', (query, ids) => {
    const pack = bundledPack();
    const { container } = render(<QuickLookup scenarios={toLookup(pack)} officialUrl="" open />);
    expect(screen.getByRole('status').textContent).toBe('9 of 9 scenarios');
    fireEvent.input(screen.getByLabelText('Search scenarios and procedures'), { target: { value: query } });
    const shown = [...container.querySelectorAll('details[data-scenario]')].map((d) => d.getAttribute('data-scenario'));
    expect(shown).toEqual(ids);
    const rating = pack.scenarios.filter((s) => s.ratings.some((r) => r.procedure.includes(query))).map((s) => s.id);
    expect(shown).toEqual(rating);
  });
});
