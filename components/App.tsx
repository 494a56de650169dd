import { useState } from 'preact/hooks';
import { extractCase } from '@/logic';
import { CaseForm } from './CaseForm';
import { EmergencyBanner } from './EmergencyBanner';
import { PageStatus } from './PageStatus';
import { PanelFooter } from './PanelFooter';
import { PrefillBar } from './PrefillBar';
import type { PanelPorts } from './ports';
import { QuickLookup } from './QuickLookup';
import { ReplacePrompt } from './ReplacePrompt';
import { ResultAnnouncer } from './ResultAnnouncer';
import { Results } from './Results';
import { useCaseState } from './use-case-state';
import { useCriteria } from './use-criteria';
import { useReportPage } from './use-report-page';
import { useSettings } from './use-settings';

/**
 * The side panel: what the page shows, the case (prefilled from report text, corrected by hand) and
 * the decision for it, redrawn on every edit. Emergencies come before everything else.
 */
export function App({ ports }: { ports: PanelPorts }) {
  const page = useReportPage(ports);
  const [settings] = useSettings(ports);
  const { state, selection, incoming, offer, edit, resolve, clear } = useCaseState(ports, extractCase);
  const criteria = useCriteria(ports, state?.case ?? null);
  const [status, setStatus] = useState('');

  const prefillFrom = async (type: 'selection/get' | 'page/text') => {
    const text = await page.readText(type);
    if (text?.trim()) offer(text, Date.now());
    else setStatus(type === 'selection/get' ? 'Nothing is selected on the page.' : 'The page gave no text.');
  };
  const reveal = (text: string) =>
    void page.revealText(text).then((found) => setStatus(found ? '' : `“${text}” is not on this page any more.`));
  const copy = () =>
    void ports.copyText(criteria.summary).then(
      () => setStatus('Summary copied.'),
      () => setStatus('Copying was refused by the browser.'),
    );

  return (
    <main class="panel">
      <header>
        <h1>VCF Lens</h1>
        <p class="privacy">Runs offline: report text stays in this browser.</p>
      </header>
      {criteria.result && <EmergencyBanner alerts={criteria.result.alerts} />}
      {criteria.problem && <p class="banner warning">{criteria.problem}</p>}
      <PageStatus
        tab={page.tab}
        reply={page.reply}
        siteGranted={page.siteGranted}
        colours={settings.colours}
        onToggle={(enabled) => void page.setEnabled(enabled)}
        onAlwaysHighlight={page.alwaysHighlight}
        onReveal={page.revealFinding}
      />
      <section aria-labelledby="case-heading">
        <h2 id="case-heading">Case</h2>
        <PrefillBar
          canReadPage={page.reply !== null}
          onUseSelection={() => void prefillFrom('selection/get')}
          onReadReport={() => void prefillFrom('page/text')}
          onClear={clear}
        />
        <p role="status" class="quiet">
          {status}
        </p>
        {incoming && <ReplacePrompt onChoose={resolve} />}
        {selection && (
          <details>
            <summary>Selected text</summary>
            <blockquote data-testid="selection-text">{selection.text}</blockquote>
          </details>
        )}
        {state && <CaseForm state={state} onEdit={edit} onReveal={reveal} />}
      </section>
      <ResultAnnouncer result={criteria.result} />
      {criteria.result && <Results result={criteria.result} pack={criteria.info} onCopy={copy} />}
      <QuickLookup scenarios={criteria.lookup} officialUrl={criteria.info.officialUrl} open={!criteria.result} />
      <PanelFooter pack={criteria.info} />
    </main>
  );
}
