import { expandRange, isLevel, type Level, levelIndex, sortLevels } from './levels';

/**
 * Vertebral levels as reports write them: "T11", "T-11", "T 11", OCR-like "Tl 1"/"Tl1", dorsal "D11", "11th
 * thoracic vertebral body", "twelfth thoracic", ranges "T12-L2" / "T12 through L2" / "L4-5" / "L3 to the sacrum". Each hit keeps
 * where it was, so evidence can point at the words.
 */
export interface LevelSpan {
  start: number;
  end: number;
  text: string;
  levels: Level[];
  /**
   * Not a vertebral body: an intervertebral level ("L4-5 disc", "at L4-L5 there is a bulge") or a part
   * behind the body ("the L2 and L3 transverse processes", "the S1 neural foramen").
   */
  notBody: boolean;
}

const REGION_LETTER: Record<string, string> = { cervical: 'C', thoracic: 'T', dorsal: 'T', lumbar: 'L', sacral: 'S' };
const ORDINAL_WORDS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
];

// One level token. The digit part allows OCR's "l" for "1" ("Tl 1", "Tl1", "Tl2") and a separator; Indonesian notes put
// a "V" for vertebra before the thoracic and lumbar ones ("VTh9", "VL1"); German notes name the body ("LWK 1" for
// Lendenwirbelkörper, "BWK 12" for Brustwirbelkörper, "HWK 5").
const LETTER = '[CTLSD]|Th|[LBH]WK';
// Roman numerals, as Slavic, Caucasian and Balkan schools write a level: "Th VII", "L III", "L IV–S I" (after a space or a
// dash only: "LV" is the left ventricle, "DX" a diagnosis). A lone "I" is the "1" above.
const ROMAN_NUMERALS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
// Longest first ("VIII" before "V"); not an X-ray's "X".
const ROMAN = ROMAN_NUMERALS.slice(1).reverse().join('|');
const NUMBER = String.raw`1[0-2]|[1-9]|(?<=[-\s])(?:${ROMAN})(?![-\s]?ray)|[lI](?:\s?[0-2])?`;
const TOKEN = String.raw`\b(?:V(?=Th|L))?(${LETTER})[-\s]?(${NUMBER})(?!\w)`;
// A range's second end may be a bare number ("L4-5") or a full token ("T12-L2"); words "through", "to", "thru", "up to".
// A comma or a plus before a bare number lists two: "T7,8", "T9,10 CFs", "old T11+12 CFs".
const RANGE_JOIN = String.raw`\s*(?:[-–—/]|[,+](?=\d)|\b(?:through|thru|(?:up )?to)\b)\s*`;
// "12th", "sixth": written short, as the page's expression has no room to spare; readOrdinal turns away
// what is no ordinal ("fifst").
// ... and a Roman one: "the IX thoracic vertebra".
const ORDINAL_WORD = String.raw`(?:(?:\d\d?|fir|seco|thi|four|fif|six|seven|eigh|nin|ten|eleven|twelf)(?:st|nd|rd|th)|\b(?:${ROMAN}|I)\b)`;
// "the 12th thoracic vertebra", "the sixth through ninth thoracic vertebrae", and two in a list: "the second and third
// lumbar vertebral bodies".
const LIST_JOIN = String.raw`\s*(?:,|,?\s*and|&)\s*`;
const ORDINAL = String.raw`\b(${ORDINAL_WORD}(?:(?:${RANGE_JOIN}|${LIST_JOIN})${ORDINAL_WORD}){0,3})\s+(cervical|thoracic|dorsal|lumbar|sacral)\b`;
const ORDINAL_WORDS_IN = new RegExp(ORDINAL_WORD, 'gi');
const RANGED = new RegExp(`^${ORDINAL_WORD}${RANGE_JOIN}${ORDINAL_WORD}$`, 'i');
// A construct down to the sacrum names no number: "T10 to the pelvis", "T4-sacrum" end at S1; "Th7-Th10" as German
// and Dutch write a range.
const SECOND = String.raw`(?:(?:(${LETTER})[-\s]?)?(${NUMBER})|(?:the )?(sacrum|pelvis))(?!\w)`;
/** One level token without capture groups ("T11", "T-11", "L 1", "Th12"), for the lexicon's {LEVEL} slot. */
export const LEVEL_TOKEN = String.raw`(?:[CTLSD]|Th)[-\s]?(?:1[0-2]|[1-9])\b`;
// A range written through its middle level: "PLIF L3-4-5", or a list of three: "T4,6,8 wedge deformities" (group 6, the last).
const THIRD = String.raw`(?:[-,](1[0-2]|[1-9])(?!\w))?`;
/** The numbers one to twelve as words: a dictated level's ("T eleven") and a duration's count ("three weeks"). */
export const NUMBER_WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];
// A level dictated as words, as voice recognition writes it: "T eleven", "L one", "tee twelve", "tea nine", "el one", and
// its homophones: "L won", "L for" (a thoracic or lumbar four only, and not a legend's "L for left"); a range of them too:
// "T eleven to L two", "L four to S one".
const SPOKEN_LETTERS = 'T|[Tt]ee|[Tt]ea|L|[Ee]ll?|C|S';
const SPOKEN_NUMBER = String.raw`${NUMBER_WORDS.join('|')}|won|for(?<=(?:\b[LT]|[Tt]ee|[Tt]ea|[Ee]ll?)[- ]for)(?! (?:left|right|lumbar|thoracic)\b)`;
const SPOKEN = String.raw`\b(${SPOKEN_LETTERS})[- ](${SPOKEN_NUMBER})\b(?:\s*(?:[-–]|\b(?:to|through|thru)\b)\s*(${SPOKEN_LETTERS})[- ](${SPOKEN_NUMBER})\b)?`;
const SPOKEN_LETTER: Record<string, string> = { tee: 'T', tea: 'T', el: 'L', ell: 'L' };
const HOMOPHONES: Record<string, string> = { won: 'one', for: 'four' };
/** A spoken level word in a gap between a level and its finding ("T nine and T ten compression fractures"). */
export const SPOKEN_LEVEL = String.raw`(?:${SPOKEN_LETTERS})[- ](?:${SPOKEN_NUMBER})\b`;
/** The level pattern's source without capture groups, for the lexicon's expressions and a form's answers. */
export const LEVEL_SOURCE = `${TOKEN}(?:${RANGE_JOIN}${SECOND}${THIRD})?|${ORDINAL}|${SPOKEN}`.replace(
  /\((?!\?)/g,
  '(?:',
);
// Checks one candidate where it stands (case-sensitive: "Cl" in a lab panel is chloride, not C1).
const LEVEL_AT = new RegExp(`${TOKEN}(?:${RANGE_JOIN}${SECOND}${THIRD})?`, 'y');
const ORDINAL_AT = new RegExp(ORDINAL, 'iy');
const SPOKEN_AT = new RegExp(SPOKEN, 'y');
// "T1-weighted", "T2 hyperintensity", "T1 and T2 signal", "sagittal T1, T2 and STIR", "low T1 marrow signal",
// "band-like T1 low signal", "a horizontal T1 dark fracture line", "T1 low and STIR high signal in the L2 body":
// MRI sequences, not vertebrae.
const SEQUENCE_AFTER =
  /^(?:\s*(?:,|and|or|\/)\s*(?:T[12]|STIR|FLAIR|DWI|PD|GRE)\b)*[\s,-]*(?:and\s+)?(?:weighted|w\b|(?:(?:low|high|intermediate|bright|dark)\s+)?(?:marrow\s+)?signal|bright\b|dark\b|low\b|high\b|hyper|hypo|images?|sequences?|flair|stir|dwi|fat[- ]?sat|post-?contrast|pre-?contrast|relaxation|\*)/i;
const SEQUENCE_BEFORE =
  /\b(?:low|high|bright|dark|intermediate|increased|decreased|(?:hypo|hyper|iso)-?intense on|(?:signal|line|band|intensity) on|sagittal|axial|coronal|fat[- ]?sat(?:urated)?|post-?contrast|pre-?contrast)[\s,-]*(?:(?:T[12]|STIR|FLAIR|PD)\b[\s,]*(?:and\s+|or\s+)?)*$/i;

const VITAMIN_BEFORE = /\bvit(?:amin)?\.?\s*$/i;

// Words after a level, or a list of levels, that name a part behind the body: "fractures of the left L2 and L3
// transverse processes", "extending to the S1 neural foramen", "L5 pars defects", "L5 spondylolysis".
const BEHIND_BODY_AFTER =
  /^(?:\s*(?:,|and|or|&)\s*[CTLS]\d{1,2})*\s+(?:(?:left|right|bilateral)\s+)?(?:(?:transverse|spinous|articular)\s+process|pars|spondyloly|lamina|(?:neural\s+)?foram|nerve\s+root|facet)/i;

// Words after a range that make it an intervertebral (disc) level rather than vertebral bodies.
const DISC_AFTER =
  /^[\s,]*(?:level\s+)?(?:(?:intervertebral\s+)?dis[ck]s?\b|dis[ck]\s+space|interspace|space\b|annul|herniat|bulg|protrusion|extrusion|foramin|neural foramen|facet|spondylolisthesis|stenosis|degenerative)/i;
// "At L4-L5 there is a broad-based bulge": a finding of the disc named later in the sentence.
const DISC_WORDS = /\b(?:dis[ck]|bulg\w*|herniat\w*|protrusion|extrusion|foramin\w*|stenosis|facet)\b/i;
const DISC_BEFORE = /(?:dis[ck]\s+(?:space\s+)?(?:at|of)?\s*|interspace\s+(?:at\s+)?)$/i;
// "a small intradiscal cement leak at T12-L1": the disc a finding before the level lies in.
const INTRADISCAL_BEFORE = /\b(?:intra-?dis[ck]al|inter-?vertebral)\s+(?:[\w-]+\s+){0,3}at\s*$/i;

/** "IX" is 9, "ix" too; 0 for no Roman numeral up to twelve. */
const romanValue = (word: string) => ROMAN_NUMERALS.indexOf(word.toUpperCase()) + 1;

function digitValue(raw: string): number {
  const roman = romanValue(raw);
  if (roman > 0) return roman;
  const plain = Number(raw);
  // "l" / "I" stand for "1": "Tl 1" = T11, "Tl" = T1.
  return Number.isNaN(plain) ? Number(raw.replace(/[lI]/g, '1').replace(/\s/g, '')) : plain;
}

function toLevel(letter: string, number: number): Level | null {
  // "D12": the dorsal spine, as British and Indian reports write the thoracic; not D1-D3, which are far more
  // often a vitamin ("vitamin D3").
  if (letter === 'D') return number > 3 ? toLevel('T', number) : null;
  // "Th11": the thoracic spine as German and Dutch write it.
  if (letter === 'Th' || letter === 'BWK') return toLevel('T', number);
  if (letter === 'LWK') return toLevel('L', number);
  if (letter === 'HWK') return toLevel('C', number);
  const name = letter === 'S' ? (number === 1 ? 'S1' : '') : `${letter}${number}`;
  return isLevel(name) ? name : null;
}

function ordinalNumber(word: string): number {
  const index = ORDINAL_WORDS.indexOf(word.toLowerCase());
  return index >= 0 ? index + 1 : romanValue(word) || Number.parseInt(word, 10);
}

/** What a level token means wherever it stands: its length as a level and the levels it names. */
interface Parsed {
  length: number;
  levels: Level[];
}
// Reports repeat the same few level words: each is parsed once (the context checks below still run per place).
const parsedCache = new Map<string, Parsed | null>();

function parseWords(words: string): Parsed | null {
  const known = parsedCache.get(words);
  if (known !== undefined) return known;
  LEVEL_AT.lastIndex = 0;
  ORDINAL_AT.lastIndex = 0;
  SPOKEN_AT.lastIndex = 0;
  const token = LEVEL_AT.exec(words);
  const ordinal = token ? null : ORDINAL_AT.exec(words);
  const spoken = token || ordinal ? null : SPOKEN_AT.exec(words);
  const span = token
    ? readToken(token)
    : ordinal
      ? readOrdinal(ordinal.index, ordinal[0], ordinal[1] ?? '', ordinal[2] ?? '')
      : spoken && readSpoken(spoken);
  const parsed = span ? { length: span.end, levels: span.levels } : null;
  if (parsedCache.size < 5000) parsedCache.set(words, parsed);
  return parsed;
}

/**
 * The level or range that `words` (matched at `start`) names, or null when they are not a level there:
 * checked case-sensitively ("Cl" is chloride), and not an MRI sequence; marked when it names no body.
 */
export function levelAt(text: string, start: number, words: string): LevelSpan | null {
  const parsed = parseWords(words);
  if (!parsed) return null;
  const span: LevelSpan = {
    start,
    end: start + parsed.length,
    // The words themselves when they are all the level (no copy): the usual case.
    text: words.slice(0, parsed.length),
    levels: parsed.levels,
    notBody: false,
  };
  // "Vitamin D 10 micrograms" is a dose.
  if (span.text.charCodeAt(0) === 68 /* D */ && VITAMIN_BEFORE.test(text.slice(Math.max(0, start - 12), start))) {
    return null;
  }
  if (
    isT1OrT2(span.text) &&
    (SEQUENCE_AFTER.test(text.slice(span.end, span.end + 40)) ||
      SEQUENCE_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start)))
  ) {
    return null;
  }
  const after = text.slice(span.end, span.end + 40);
  if (BEHIND_BODY_AFTER.test(after)) {
    span.notBody = true;
    return span;
  }
  if (span.levels.length !== 2) return span;
  const before = text.slice(Math.max(0, span.start - 24), span.start);
  const sentenceAfter = text.slice(span.end, span.end + 80).split(/[.;\n]/, 1)[0] ?? '';
  span.notBody =
    DISC_AFTER.test(after) ||
    DISC_BEFORE.test(before) ||
    (/\bat\s*$/i.test(before) && DISC_WORDS.test(sentenceAfter)) ||
    INTRADISCAL_BEFORE.test(text.slice(Math.max(0, span.start - 60), span.start));
  return span;
}

/** "T1" or "T2" exactly, or the two joined ("T1/T2", "T2-T1"): the words MRI sequences share with levels. */
function isT1OrT2(words: string): boolean {
  return (
    (words.length === 2 && words.charCodeAt(0) === 84 && (words.charCodeAt(1) === 49 || words.charCodeAt(1) === 50)) ||
    T1_AND_T2.test(words)
  );
}
const T1_AND_T2 = /^T([12])[/-]T(?!\1)[12]$/;

/** "sixth through ninth thoracic" is a range; "sixth, seventh and ninth thoracic" a list. */
function readOrdinal(start: number, whole: string, ordinals: string, region: string): LevelSpan | null {
  const letter = REGION_LETTER[region.toLowerCase()] ?? '';
  const named = (ordinals.match(ORDINAL_WORDS_IN) ?? []).map((word) => toLevel(letter, ordinalNumber(word)));
  const [first, second] = named;
  if (!first || named.some((level) => level === null)) return null;
  const levels =
    named.length === 2 && RANGED.test(ordinals) && second && levelIndex(second) > levelIndex(first)
      ? expandRange(first, second)
      : sortLevels(new Set(named as Level[]));
  return { start, end: start + whole.length, text: whole, levels, notBody: false };
}

function readSpoken([whole, letter = '', number = '', toLetter, toNumber]: RegExpExecArray): LevelSpan | null {
  const level = spokenLevel(letter, number);
  if (!level) return null;
  const last = toLetter && toNumber ? spokenLevel(toLetter, toNumber) : null;
  // A backwards or unreadable second end keeps the first alone, as a written range does.
  const levels = last && levelIndex(last) > levelIndex(level) ? expandRange(level, last) : [level];
  const end = levels.length > 1 ? whole.length : whole.indexOf(number) + number.length;
  return { start: 0, end, text: whole.slice(0, end), levels, notBody: false };
}

function spokenLevel(letter: string, number: string): Level | null {
  return toLevel(SPOKEN_LETTER[letter.toLowerCase()] ?? letter, NUMBER_WORDS.indexOf(HOMOPHONES[number] ?? number) + 1);
}

function readToken(match: RegExpExecArray): LevelSpan | null {
  const [whole, letter, digits, secondLetter, secondDigits, sacrum, thirdDigits] = match;
  const start = match.index;
  const end = start + whole.length;
  // OCR reads "1" as "l" in "Tl 1"; "Cl" is chloride far more often than C1.
  if (!letter || !digits || (letter === 'C' && /^[lI]/.test(digits))) return null;
  const first = toLevel(letter, digitValue(digits));
  if (!first) return null;
  if (secondDigits === undefined && sacrum === undefined)
    return { start, end, text: whole, levels: [first], notBody: false };
  // A comma or a plus lists the levels it names, each one: "T4,6,8", "T11+12".
  if ((whole.includes(',') || whole.includes('+')) && !sacrum) {
    const named = [secondDigits, thirdDigits].map((d) =>
      d === undefined ? null : toLevel(secondLetter ?? letter, digitValue(d)),
    );
    const levels = [first, ...named].filter((level): level is Level => level !== null);
    if (levels.every((level, i) => i === 0 || levelIndex(level) > levelIndex(levels[i - 1] as Level)))
      return { start, end, text: whole, levels, notBody: false };
  }
  const second = sacrum ? 'S1' : toLevel(secondLetter ?? letter, digitValue(thirdDigits ?? secondDigits ?? ''));
  // "L5-S1" with a bare second number in another region, or a backwards range: keep only what is sure.
  if (!second || levelIndex(second) <= levelIndex(first)) {
    const firstEnd = start + whole.search(/[\s,\-–—/]|through|thru|to/i);
    return { start, end: firstEnd > start ? firstEnd : end, text: whole, levels: [first], notBody: false };
  }
  // A slash between levels that are not neighbours lists two ("cement L2/L4"); between neighbours it is a pair.
  const listed = whole.includes('/') && levelIndex(second) - levelIndex(first) > 1;
  return { start, end, text: whole, levels: listed ? [first, second] : expandRange(first, second), notBody: false };
}
