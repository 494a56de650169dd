import { useState } from 'preact/hooks';
import { loadPack } from '@/logic';
import type { OptionsPorts } from './ports';
import { useCriteria } from './use-criteria';

type Problem = { path: string; message: string };

/** Reads a pack file: anything but a pack that validates is refused, with every problem, and nothing is stored. */
async function readPack(file: File): Promise<{ ok: true; raw: unknown } | { ok: false; problems: Problem[] }> {
  let raw: unknown;
  try {
    raw = JSON.parse(await file.text());
  } catch (error) {
    return { ok: false, problems: [{ path: '(file)', message: `not JSON: ${(error as Error).message}` }] };
  }
  const loaded = loadPack(raw);
  return loaded.ok ? { ok: true, raw } : { ok: false, problems: loaded.problems };
}

/** The criteria pack the panel uses: import one from a file, or go back to the bundled one. */
export function PackImport({ ports }: { ports: OptionsPorts }) {
  const { info } = useCriteria(ports, null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [status, setStatus] = useState('');

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const read = await readPack(file);
    if (!read.ok) {
      setProblems(read.problems);
      setStatus(`${file.name} was refused; the pack in use is unchanged.`);
      return;
    }
    await ports.savePack({ fileName: file.name, importedAt: Date.now(), pack: read.raw });
    setProblems([]);
    setStatus(`Imported ${file.name}.`);
  };

  return (
    <section aria-labelledby="pack-heading">
      <h2 id="pack-heading">Criteria pack</h2>
      <p data-testid="pack-in-use">
        In use: {info.name} {info.version} ({info.edition}),{' '}
        {info.importedFrom ? `imported from ${info.importedFrom}` : 'bundled'}.
      </p>
      <label for="pack-file">Import a criteria pack (JSON)</label>{' '}
      <input
        id="pack-file"
        type="file"
        accept=".json,application/json"
        onChange={(event) => void onFile(event.currentTarget.files?.[0])}
      />
      {info.importedFrom && (
        <button type="button" onClick={() => void ports.clearPack().then(() => setStatus('Back to the bundled pack.'))}>
          Use the bundled pack
        </button>
      )}
      <p role="status">{status}</p>
      {problems.length > 0 && (
        <ul class="problems" aria-label="Problems in the pack">
          {problems.map((problem) => (
            <li key={`${problem.path}:${problem.message}`}>
              <code>{problem.path || '(top level)'}</code>: {problem.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
