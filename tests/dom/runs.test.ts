// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Engine } from '@/content/findings';
import { blockLines, RUN_CHARS, readRun, runEnd } from '@/content/runs';
import { indexSubtree } from '@/content/text-index';
import type { Mention } from '@/logic/terms/mention';

afterEach(() => {
  document.body.innerHTML = '';
});

/** An engine that finds what `find` says in the text it is given. */
const engineFinding = (find: (text: string) => Mention[]): Engine => ({
  findMentions: find,
  mentionsInParts: () => [][Symbol.iterator](),
  warmUp: () => {},
});

const mention = (text: string, words: string): Mention => {
  const start = text.indexOf(words);
  return { start, end: start + words.length, text: words, category: 'level', assertion: 'affirmed', levels: [] };
};

describe('runs: consecutive blocks read as one text', () => {
  it('cuts a run where the next text would take it past RUN_CHARS, and always takes the first', () => {
    const lengths = [1000, 1000, 1000, 1000, 1000, RUN_CHARS * 2, 10];
    const at = (i: number) => lengths[i] as number;
    // 1000 + 3 × 1001 = 4003 fits; a fifth would make 5004.
    expect(runEnd(0, lengths.length, at)).toBe(4);
    expect(runEnd(4, lengths.length, at)).toBe(5);
    expect(runEnd(5, lengths.length, at)).toBe(6);
    // A text `joins` refuses ends the run before it.
    expect(runEnd(0, lengths.length, at, (i) => i !== 2)).toBe(2);
  });

  it('gives each block the mentions in its own line, and none that runs on into the next', () => {
    document.body.innerHTML = '<p>Fracture of T12 -</p><h3>Levels</h3><p>L1 and L2</p>';
    const blocks = indexSubtree(document.body);
    expect(blockLines(blocks)).toBe('Fracture of T12 -\nLevels:\nL1 and L2');
    // A range the text broke over two blocks ("T12 -" / "Levels") belongs to neither.
    const found = readRun(
      engineFinding((read) => [mention(read, 'T12 -\nLevels'), mention(read, 'L1'), mention(read, 'L2')]),
      blocks,
      '',
    );
    expect(found.map((mentions) => mentions.map((m) => [m.text, m.start, m.end]))).toEqual([
      [],
      [],
      [
        ['L1', 0, 2],
        ['L2', 7, 9],
      ],
    ]);
  });
});
