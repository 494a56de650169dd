import { useCallback, useEffect, useState } from 'preact/hooks';
import type { FindingsReply } from '@/logic/messages';
import type { PanelPorts, ReportTab } from './ports';

/**
 * The report tab and what its content script says about it. Every reply comes parsed by the schema its
 * request names (PAGE_CALLS): a page without our script (or an old one) reads as "no answer", never as a crash.
 */
export function useReportPage(ports: PanelPorts) {
  const [tab, setTab] = useState<ReportTab | null>(null);
  const [reply, setReply] = useState<FindingsReply | null>(null);
  const [siteGranted, setSiteGranted] = useState(false);

  useEffect(() => ports.watchReportTab(setTab), [ports]);

  const refresh = useCallback(async () => {
    if (!tab) return setReply(null);
    setReply(await ports.callPage(tab.id, { type: 'findings/list' }));
  }, [ports, tab]);

  useEffect(() => {
    void refresh();
    if (!tab) return undefined;
    if (tab.origin) void ports.siteGranted(tab.origin).then(setSiteGranted);
    return ports.watchFindingsChanged(tab.id, () => void refresh());
  }, [ports, tab, refresh]);

  /** Text from the page (its selection or the whole report); null when the page does not answer. */
  const readText = async (type: 'selection/get' | 'page/text'): Promise<string | null> => {
    if (!tab) return null;
    return (await ports.callPage(tab.id, { type }))?.text ?? null;
  };

  const revealText = async (text: string): Promise<boolean> => {
    if (!tab) return false;
    return (await ports.callPage(tab.id, { type: 'text/reveal', text }))?.found ?? false;
  };

  const revealFinding = (index: number) => {
    if (tab) void ports.callPage(tab.id, { type: 'findings/reveal', index });
  };

  const setEnabled = async (enabled: boolean) => {
    if (!tab) return;
    const reply = await ports.callPage(tab.id, { type: 'highlight/set-enabled', enabled });
    if (reply) setReply(reply);
    else await refresh();
  };

  const alwaysHighlight = (origin: string) => {
    // Straight from the click: the browser asks the user only while the gesture lasts.
    void ports.requestSite(origin).then(setSiteGranted);
  };

  return { tab, reply, siteGranted, refresh, readText, revealText, revealFinding, setEnabled, alwaysHighlight };
}
