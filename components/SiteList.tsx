import { useEffect, useState } from 'preact/hooks';
import type { OptionsPorts } from './ports';

/** The origin of what the user typed, or null: grants are per origin, never per path. */
function originOf(typed: string): string | null {
  try {
    const url = new URL(typed.includes('://') ? typed : `https://${typed}`);
    return /^https?:$/.test(url.protocol) ? url.origin : null;
  } catch {
    return null;
  }
}

/** Sites where the page is highlighted as soon as it loads: grant one, revoke any. */
export function SiteList({ ports }: { ports: OptionsPorts }) {
  const [sites, setSites] = useState<string[]>([]);
  const [typed, setTyped] = useState('');
  const [message, setMessage] = useState('');
  const reload = () => void ports.listSites().then(setSites);
  useEffect(reload, [ports]);

  const grant = (event: Event) => {
    event.preventDefault();
    const origin = originOf(typed.trim());
    if (!origin) return setMessage('Type a web address, such as https://pacs.example.org');
    void ports.grantSite(origin).then((granted) => {
      setMessage(granted ? `Highlighting automatically on ${origin}.` : `${origin} was not allowed.`);
      if (granted) setTyped('');
      reload();
    });
  };

  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">Sites highlighted automatically</h2>
      {sites.length === 0 ? (
        <p class="quiet">None: pages are read only when you open VCF Lens on them.</p>
      ) : (
        <ul class="sites">
          {sites.map((site) => (
            <li key={site}>
              {site}{' '}
              <button type="button" onClick={() => void ports.revokeSite(site).then(reload)}>
                Stop
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={grant} class="inline">
        <label for="site-input">Add a site</label>
        <input id="site-input" value={typed} onInput={(event) => setTyped(event.currentTarget.value)} />
        <button type="submit">Allow</button>
      </form>
      <p role="status">{message}</p>
    </section>
  );
}
