import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { decide, type Extraction, extractCase, findMentions } from '../../logic';
import { assertLines } from './assert';
import { withoutProvenance } from './provenance';
import { type Gold, score } from './score';

/**
 * `npm run -s analyze -- FILE...`: the extension's logic over plain-text reports, one JSON object per
 * input per line (../shared/design/ANALYZE-CONTRACT.md). `-` reads standard input. `--score DIR` also
 * compares with DIR/gold.json. A file that cannot be read is reported on stderr and the others still run.
 */
const USAGE = 'usage: npm run -s analyze -- [--pretty] [--score DIR] FILE... | --assert FILE (- reads standard input)';

interface Options {
  pretty: boolean;
  scoreDir: string | null;
  /** JSON Lines of spans for the ConText stage alone. */
  assertFile: string | null;
  files: string[];
}

function parseArgs(args: string[]): Options | string {
  const options: Options = { pretty: false, scoreDir: null, assertFile: null, files: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--pretty') options.pretty = true;
    else if (arg === '--score') {
      const dir = args[++i];
      if (!dir) return '--score needs a folder holding gold.json';
      options.scoreDir = dir;
    } else if (arg === '--assert') {
      const file = args[++i];
      if (!file) return '--assert needs a JSON Lines file (- for standard input)';
      options.assertFile = file;
    } else if (arg.startsWith('-') && arg !== '-') return `unknown flag ${arg}`;
    else options.files.push(arg);
  }
  return options;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Text of a report, or why it is not one. NUL bytes or invalid UTF-8 mean a binary file. */
async function readReport(file: string): Promise<string> {
  if (file !== '-' && (await stat(file)).isDirectory()) throw new Error('is a directory, not a report');
  const bytes = file === '-' ? await readStdin() : await readFile(file);
  if (bytes.includes(0)) throw new Error('looks binary (NUL bytes), not a plain-text report');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error('is not UTF-8 text');
  }
  return withoutProvenance(text);
}

/** The contract's object for one report, and the extraction it holds (for --score). */
function analyzeText(file: string, text: string) {
  const extraction = extractCase(text);
  const decision = decide(extraction.case);
  const result = {
    file,
    vcf: extraction.vcf,
    mentions: findMentions(text).map(({ start, end, text: words, category, assertion, levels, concept }) => ({
      start,
      end,
      text: words,
      category,
      assertion,
      levels,
      concept,
    })),
    case: { ...extraction.case, genantGrade: extraction.genantGrade, evidence: extraction.evidence },
    decision,
  };
  return { result, extraction };
}

function pct(value: number): string {
  return value.toFixed(3);
}

async function printScore(dir: string, extractions: Map<string, Extraction>): Promise<boolean> {
  let gold: Record<string, Gold>;
  try {
    gold = JSON.parse(await readFile(join(dir, 'gold.json'), 'utf8'));
  } catch (error) {
    console.error(`analyze: cannot read ${join(dir, 'gold.json')}: ${(error as Error).message}`);
    return false;
  }
  const scores = score(gold, extractions);
  console.error(`\nfield               precision  recall     F1   (tp/fp/fn)  over ${extractions.size} reports`);
  for (const s of scores) {
    console.error(
      `${s.field.padEnd(20)}${pct(s.precision).padStart(9)}${pct(s.recall).padStart(8)}${pct(s.f1).padStart(7)}   ${s.tp}/${s.fp}/${s.fn}`,
    );
  }
  for (const s of scores) for (const miss of s.misses) console.error(`  ${s.field}: ${miss}`);
  return true;
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  if (typeof options === 'string') {
    console.error(`analyze: ${options}\n${USAGE}`);
    return 2;
  }
  if (options.assertFile) {
    try {
      for (const line of assertLines(await readReport(options.assertFile))) console.log(line);
      return 0;
    } catch (error) {
      console.error(`analyze: ${options.assertFile}: ${(error as Error).message}`);
      return 1;
    }
  }
  if (options.files.length === 0) {
    console.error(`analyze: no input files\n${USAGE}`);
    return 2;
  }
  let failed = false;
  const extractions = new Map<string, Extraction>();
  for (const file of options.files) {
    let text: string;
    try {
      text = await readReport(file);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
      console.error(`analyze: ${file}: ${reason}`);
      failed = true;
      continue;
    }
    const { result, extraction } = analyzeText(file, text);
    extractions.set(basename(file), extraction);
    console.log(JSON.stringify(result, null, options.pretty ? 2 : undefined));
  }
  if (options.scoreDir && !(await printScore(options.scoreDir, extractions))) failed = true;
  return failed ? 1 : 0;
}

main().then((code) => {
  process.exitCode = code;
});
