import { useState } from 'preact/hooks';
import { extractCase } from '@/logic';
import type { FoldableSection } from '@/logic/storage';
import { CaseForm } from './CaseForm';
import { CategorySettings } from './CategorySettings';
import { EmergencyBanner } from './EmergencyBanner';
import { Guidance } from './Guidance';
import { PageStatus } from './PageStatus';
import { PanelFooter } from './PanelFooter';
import { PrefillBar } from './PrefillBar';
import type { PanelPorts } from './ports';
import { QuickLookup } from './QuickLookup';
import { ReplacePrompt } from './ReplacePrompt';
import { ResultAnnouncer } from './ResultAnnouncer';
import { Results } from './Results';
import { SourceBanner } from './SourceBanner';
import { SpineMap } from './SpineMap';
import { blankState, sourceOf, useCaseState } from './use-case-state';
import { useCriteria } from './use-criteria';
import { useReportPage } from './use-report-page';
import { useSettings } from './use-settings';

/** Moves the focus to a case field's control (a "would change it" prompt), unfolding "More facts" if needed. */
function jumpTo(field: string): void {
  const row = document.querySelector<HTMLElement>(`[data-field="${field}"]`);
  if (!row) return;
  const folded = row.closest('details');
  if (folded && !folded.open) folded.open = true;
  // A yes/no/unknown group's tab stop is its checked choice; other fields, their first control.
  const control =
    row.querySelector<HTMLElement>('input:checked') ?? row.querySelector<HTMLElement>('select, input, button');
  row.scrollIntoView({ block: 'center' });
  control?.focus();
}

/**
 * The side panel, answer first: whose case this is (when not the report in front), any emergency, the
 * scenario with its ratings and alerts; then the case facts behind it, then pitfalls, next steps and the
 * differential, then what the page shows and the scenario lookup. Redrawn on every edit.
 */
export function App({ ports }: { ports: PanelPorts }) {
  const page = useReportPage(ports);
  const [settings, saveSettings] = useSettings(ports);
  const cases = useCaseState(ports, extractCase, page.tab);
  const { state, own, selection, incoming } = cases;
  const criteria = useCriteria(ports, state?.case ?? null);
  const result = criteria.result;
  const [status, setStatus] = useState('');

  const here = sourceOf(page.tab);
  const other = state !== null && !own;
  const otherTitle = other ? state.source?.title || state.source?.url || 'an untitled page' : null;

  const prefillFrom = async (type: 'selection/get' | 'page/text') => {
    const text = await page.readText(type);
    if (text?.trim()) cases.offer(text, Date.now(), here);
    else setStatus(type === 'selection/get' ? 'Nothing is selected on the page.' : 'The page gave no text.');
  };
  const reveal = (text: string) => {
    if (other) return setStatus('These words are in the report of another tab: show that tab first.');
    void page.revealText(text).then((found) => setStatus(found ? '' : `“${text}” is not on this page any more.`));
  };
  const copy = () =>
    void ports.copyText(criteria.summary).then(
      () => setStatus('Summary copied.'),
      () => setStatus('Copying was refused by the browser.'),
    );
  const showSource = () => {
    const tabId = state?.source?.tabId;
    if (tabId !== undefined) {
      void ports.showTab(tabId).then((shown) => setStatus(shown ? '' : 'That tab is closed.'));
    }
  };
  const fold = (section: FoldableSection, open: boolean) =>
    saveSettings({ ...settings, sections: { ...settings.sections, [section]: open } });
  const missing = new Map((result?.missing ?? []).map((fact) => [fact.field as string, fact.text]));
  const lookup = (open: boolean) => (
    <QuickLookup scenarios={criteria.lookup} officialUrl={criteria.info.officialUrl} open={open} />
  );

  return (
    <main class="panel">
      <header>
        <h1>VCF Lens</h1>
        <p class="privacy">Runs offline: report text stays in this browser.</p>
      </header>
      {other && (
        <SourceBanner
          source={state.source}
          sameTab={state.source?.tabId === page.tab?.id}
          canReadHere={page.reply !== null}
          onReadHere={() => void prefillFrom('page/text')}
          onShowSource={showSource}
        />
      )}
      {result && <EmergencyBanner alerts={result.alerts} />}
      {criteria.problem && <p class="banner warning">{criteria.problem}</p>}
      {incoming && <ReplacePrompt from={incoming.source?.title ?? null} onChoose={cases.resolve} />}
      {result && <Results result={result} pack={criteria.info} otherPage={otherTitle} onCopy={copy} onJump={jumpTo} />}
      {/* Under the answer, not beside it: at 360 px the card needs the full width to keep the ratings and alerts on the first screen. */}
      {result && state && (
        <SpineMap
          input={state.case}
          evidence={state.evidence}
          yours={state.yours}
          alerts={result.alerts}
          colours={settings.colours}
          open={settings.sections.spineMap}
          other={other}
          onFold={(open) => fold('spineMap', open)}
          onReveal={reveal}
        />
      )}
      <section class="case" aria-labelledby="case-heading">
        <h2 id="case-heading">
          {result ? 'Case facts' : 'Case'}
          {other && <span class="other-tag"> from another tab</span>}
        </h2>
        <PrefillBar
          canReadPage={page.reply !== null}
          onUseSelection={() => void prefillFrom('selection/get')}
          onReadReport={() => void prefillFrom('page/text')}
          onClear={cases.clear}
        />
        <p role="status" class="quiet">
          {status}
        </p>
        {selection && selection.tabId === (state?.source?.tabId ?? null) && (
          <details>
            <summary>Selected text</summary>
            <blockquote data-testid="selection-text">{selection.text}</blockquote>
          </details>
        )}
        {!result && lookup(true)}
        {!result && <h3 class="by-hand">Or enter the facts</h3>}
        {cases.loaded && (
          <CaseForm state={state ?? blankState(here)} missing={missing} onEdit={cases.edit} onReveal={reveal} />
        )}
      </section>
      {result && <Guidance result={result} open={settings.sections} onFold={fold} />}
      <ResultAnnouncer result={result} otherPage={otherTitle} />
      <PageStatus
        tab={page.tab}
        reply={page.reply}
        siteGranted={page.siteGranted}
        colours={settings.colours}
        onToggle={(enabled) => void page.setEnabled(enabled)}
        onAlwaysHighlight={page.alwaysHighlight}
        onReveal={page.revealFinding}
      />
      <details class="fold" id="categories">
        <summary>
          <h2>Highlight categories and colours</h2>
        </summary>
        <CategorySettings settings={settings} onChange={saveSettings} />
      </details>
      {result && lookup(false)}
      <PanelFooter pack={criteria.info} />
    </main>
  );
}
