import { DOSE_FORMS } from '../assertion/sentences';
import type { EvidenceSpan } from '../case';
import { NUMBER_WORDS } from '../spine/parse';
import type { Annotation } from '../terms/annotate';
import { LEXICON } from '../terms/lexicon';
import { compiledNow } from '../terms/regexp-budget';
import { datesAsTimesBack } from './dates';
import { type ConceptIndex, firstOfSentence, inTextOrder, nothing, POSITIVE, type Read, spanOf } from './facts';
import { spanBack } from './rewritten';

/** The largest height loss stated in percent ("30% height loss", "loss of 40% of height"). */
export function heightLossPercent(annotations: Annotation[]): Read<number | null> {
  let best: Read<number | null> = nothing(null);
  for (const annotation of annotations) {
    if (annotation.concept !== 'height-loss' || !POSITIVE.has(annotation.assertion)) continue;
    const percent = /(\d{1,3}(?:\.\d)?)\s?(?:%|percent)/.exec(annotation.text);
    const value = percent ? Number(percent[1]) : Number.NaN;
    if (value >= 0 && value <= 100 && (best.value === null || value > best.value)) {
      best = { value, evidence: [spanOf(annotation)] };
    }
  }
  return best;
}

/** Genant semiquantitative grade from height loss: 1 at 20–25 %, 2 at 25–40 %, 3 above 40 %. */
export function genantGrade(percent: number | null): 0 | 1 | 2 | 3 | null {
  if (percent === null) return null;
  if (percent > 40) return 3;
  if (percent > 25) return 2;
  if (percent >= 20) return 1;
  return 0;
}

const UNIT_WEEKS: Record<string, number> = {
  day: 1 / 7,
  d: 1 / 7,
  week: 1,
  wk: 1,
  month: 52 / 12,
  mo: 52 / 12,
  year: 52,
  yr: 52,
  fortnight: 2,
};
// The pain word the duration and care patterns look for: "pain", and shorthand's "LBP" and "LBA" (low backache).
const PAIN_WORD = '(?:pain|LB[PA])';
// "x3 wk" (for three weeks) has no word boundary between the x and the count. British notes count
// weeks, months and days over 52, 12 and 7: "6/52", "x3/12", "2/7" (groups 3 and 4). "For the past week" is one, its "the"
// read here too, so that a pattern's own "(?:the past )?" before a count ("over the past 4 weeks") leaves "over the past
// month" whole; and "during last month", as many second languages say it. A half is written with a point or, in much of Europe, a comma: "since 1,5 month", as its sign: "3½ weeks", or
// in words: "three and a half weeks".
// An age is no time: "a seventy-seven-year-old man".
/** A duration's count in words, one to twenty: "fourteen weeks of conservative treatment" ("seven" or "seventeen": the unit
 * after it decides). */
const COUNT_WORDS = [
  ...NUMBER_WORDS,
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];
const DURATION = String.raw`(?:(?<=\bx)|\b)(?:(?:the (?=(?:past|last)\b))?(\d{1,3}(?:[.,]5|½)?|(?:${COUNT_WORDS.join('|')})(?: and a half)?|(?<!\b(?:times|once|twice|thrice|per) )a|several|(?<=\b(?:the|during) )(?:past|last))[- ]?(day|week|month|year|wk|mo|yr|d|fortnight)s?(?![- ]old\b)|(\d{1,2})\/(52|12|7))\b`;
const OVER_UNIT: Record<string, string> = { '52': 'week', '12': 'month', '7': 'day' };

/** "3", "three", "a" or "the past" (one); "several" is not a number, so it reads nothing. */
function countOf(word: string): number {
  const lower = word.toLowerCase();
  if (lower === 'a' || lower === 'past' || lower === 'last') return 1;
  const half = lower.endsWith(' and a half') ? 0.5 : 0;
  const index = COUNT_WORDS.indexOf(lower.replace(/ and a half$/, ''));
  return index >= 0 ? index + 1 + half : Number(word.replace(',', '.').replace('½', '.5'));
}

function weeks(count: string, unit: string): number {
  return Math.round(countOf(count) * (UNIT_WEEKS[unit.toLowerCase()] ?? 1) * 10) / 10;
}

const FAILED = String.raw`(?:failed|failing|notwithstanding|although (?:still )?(?:on|using|wearing|taking|wear|take|with)|although already|without (?:any )?improvement (?:with|on|despite|after)|(?:did|does|do) not (?:cede|improve) (?:at|to|with|on)|(?:has|have|had)(?:n['’]t| not) settled (?:after|with|despite)|not responding to|failure of|unrelieved (?:by|with)|even (?:with|on|after)|no better (?:after|with|w\/|on|despite)|despite|in spite of|inspite of|(?:has |have )?not responded to|unresponsive to|not relieved (?:with|by)|not settl(?:ed|ing) (?:with|w\/|on|after)|unimproved with|not improved with|no improvement (?:with|after)|refractory to|persist\w* (?:despite|after)|still [^.\n]{0,20}?after|remains? [^.\n]{0,30}?after|uncontrolled (?:after|despite|with)|not (?:been )?(?:settled|resolved|improved|better|controlled) (?:after|despite|with|w\/|on|by)|not improving (?:with|on|despite)|not eas(?:ed|ing) (?:by|with|on|despite|after)|not (?:becoming|getting) better (?:with|on|despite|after)|(?:does|did) not pass with)`;
// Conservative care, by name or by what it is made of: a brace, analgesics, opioids, physical therapy (whole words: the
// pain of a fracture that "has crept back" had no "PT").
const CARE = String.raw`\b(?:conservative|co-?codamol|cons\.? (?:tx|rx|mx)|medical|non-?operative|analges\w*|brac(?:e|ing)|TLSO|orthosis|opioids?|opiates?|narcotics?|tramadol|PCM|oxycodon\w*|oxy\b|oxycontin|oxynorm|dexamethasone|dex\b|codeine|morphine|MST|hydromorphone|fentanyl|buprenorphine|tapentadol|naproxen|ibuprofen|diclofenac|calcitonin|paracet(?:[ae]mol)?\b|lidocaine patch|acetaminophen|APAP|tylenol|norco|vicodin|percocet|hydrocodone|T?LSO\b|NSAIDs?|PT\b|physio(?:therapy)?|physical therapy|pain medications?|meds\b|(?:bed )?rest\b|activity modification|(?:supervised |home )?exercises?\b(?! (?:tolerance|capacity|test))|(?:lumbar |back |lumbosacral )?belt|(?:lumbar|back|spinal) support\b|corset|pain ?killers?|tablets|antalgics?|analgetics?|\bAINS\b|lombostat|repose\b|Korsett|Dafalgan|Endone|Panadeine|Palexia|Targin|Physiotherapie|Novalgin|metamizol\w*|Tramal|Oramorph|orthes[ie]s|Trodon|Alaxan|hilot|massage|physiatri\w+ (?:treatment|therapy)|Loxonin|Tramcet|Celecox|Depon|Panadol|Lonarid|Apranax|Algocalmin|dipirona|pain therapy|(?:that|this|the same) (?:regimen|treatment|management))`;
// What care that did not help is said to have done: "did not help", "without relief", a second language's "no any improvement", "have helped very little",
// shorthand's "still VAS 8", "she is still with pain".
const NO_RELIEF = String.raw`(?:(?:did|does|has) not pass\b|still (?:with|in|having|has) (?:(?:severe|much|a lot of) )?pain|(?:has |have |had )?made no (?:(?:meaningful|real|significant|great) )?difference|none of (?:which|these|this|them|it) (?:has |have |had )?(?:helped|worked|relieved|touched|eased)|(?:has|have|had) helped (?:very |only )?little|(?:without|w\/o) (?:(?:meaningful|significant|much|any|real|sufficient|adequate|good) )?(?:relief|improvement|benefit|effect|result)|(?:(?:is|are|was|were) )?(?:not |in)effective|(?:gives?|gave|giving) (?:insufficient|no|little) (?:effect|relief)|insufficient effect|(?:pain )?has (?:climbed|risen|increased|gone up) from \d+\/10|no (?:(?:any|meaningful|significant|real|obvious|clear|notable) )?(?:relief|improvement|benefit|change|help|response (?:to|from))|still (?:(?:largely|mostly|completely|essentially) )?(?:can'?t|cannot|can not|unable|in (?:severe )?pain|(?:severe )?pain \d+\/10|(?:bed|chair|house)-?bound|in bed|\d+\/10|(?:VAS|NRS) ?\d)|did not help|not helped|(?:have|has|had) not (?:given|provided|brought) (?:\w+ )?(?:relief|benefit|improvement)|(?:is |was |are |were )?not (?:helping|working)|(?:did )?not decreas\w*|failed|(?:(?:have|has|did) not|(?:have|has|did|does)n['’]?t) (?:\w+ly )?(?:settled|controlled|helped|help|worked|relieved|improved|touched|eased|shifted)|without success|unsuccessful|failing|(?:little|minimal|limited) (?:benefit|relief|improvement|effect)|did not cede|(?:has|have) not ceded|barely (?:touched|helped)|pain (?:is )?not reduced?|(?:does|did|do) ?n[o']t (?:improve|settle|respond)|(?:but )?not improve\b|(?:pain )?(?:remains|unchanged) (?:at )?\d+ ?(?:\/|out of) ?10|(?:pain )?(?:stays|remains) (?:at )?(?:NRS|VAS) ?\d|did nothing|(?:has|have) done nothing|(?:(?:has|have|did) )?not subsided?|(?:no|without) amelioration|not ameliorated|(?:is |are )?(?:becoming|getting|growing) more and more|(?:pain )?not under control|(?:pain )?(?:is |was )?not controlled|(?:pain )?not reducing|(?:pain )?not relieve[ds]?|(?:the )?pain (?:continues|persists)|(?:made|makes|making) (?:no|little|hardly any|not much|minimal) (?:difference|impact)|not much (?:improvement|relief|better|help|benefit)|no much (?:improvement|relief|help|benefit)|worse (?:rather )?than|pain ?↑(?! ?(?:on|with)\b)|(?:has |have )?(?:steadily |progressively |gradually )?(?:worsened|escalated)|still (?:rates?|rating|scores?|grades?|puts?) (?:(?:his|her|the|their) )?pain\b|(?:not (?:any ?more|any longer)|no longer) (?:effective|working|helping))`;
/**
 * Care that did not help, or pain that grew through it: "has not become better", "instead of getting better", and as Welsh
 * English puts it first, "Worse the pain has got".
 */
const GREW_OR_NO_RELIEF = String.raw`(?:${NO_RELIEF}|\bnot (?:become|became|got|gotten|getting|becoming) better|\binstead of (?:getting )?better|\brather than (?:improving|getting better)|\b(?:is|are) (?:getting|becoming) worse|\bincreasing day by day|\bworse\b[^.\n]{0,30}?\bhas (?:got|gotten|become)\b)`;
// A time told before, named again: "since then", "since the diagnosis", "since the fall".
const SINCE_THEN = String.raw`\bsince (?:then|that time|diagnosis|the (?:diagnosis|fall|injury|fracture|onset))\b`;
const PAIN_SINCE = [
  // Not "6 weeks ago: pain improved" (time since something else), nor "79 year old lady, thoracic pain".
  new RegExp(`${DURATION}(?![ -](?:ago|old)\\b)(?:[- ]long)? (?:history of |of )?[^.\\n]{0,30}?\\bpain`, 'i'),
  new RegExp(
    `\\b${PAIN_WORD}\\b[^.\\n]{0,70}?\\b(?:(?:for|over|since|during)\\s(?:(?:the )?(?:past|last) )?(?:about |approximately |around |~)?|x\\s?)${DURATION}`,
    'i',
  ),
  // ... "which is getting worse in these 2 weeks", "it is increased in the last 2 weeks".
  new RegExp(
    `\\bpain\\b[^.\\n]{0,100}?\\b(?:worse|increased|worsened) in (?:these|the (?:past|last)) ${DURATION}`,
    'i',
  ),
  // ... further on when the pain's own verb carries it: "Pain is worse on sitting up ..., and it has been increasing for
  // three weeks", "Mechanical pain on standing and turning has been increasing over two weeks", "The pain is clearly
  // mechanical - worse on standing ... - and has increased over 3 weeks".
  new RegExp(
    `\\bpain\\b[^.\\n]{0,100}?\\b(?:has|have) (?:been )?(?:steadily |gradually |progressively )?(?:increasing|increased|worsening|worsened|getting worse|got(?:ten)? worse|present|ongoing|building|going on)\\s(?:for|over|since)\\s(?:the (?:past|last) )?${DURATION}`,
    'i',
  ),
  // ... or its length straight after it, as Chinese English writes a chief complaint: "low back pain 2 weeks, aggravate 3 days".
  new RegExp(`\\b${PAIN_WORD}\\s+${DURATION}(?![ -](?:ago|old)\\b)`, 'i'),
  // ... or from a time back: "From 1 month ago his back pain has been increasing".
  new RegExp(`\\b(?:from|since) ${DURATION} ago\\b[^.\\n]{0,30}?\\b${PAIN_WORD}\\b`, 'i'),
  // ... or the last month, opening its sentence: "Last month he has increasing pain in lumbar spine" (count and unit in
  // groups 1 and 2, "last" read as one).
  new RegExp(
    `(?:^|[.:;\\n]\\s*|\\b(?:since|during|in|over|for) )(?:the )?(last) (week|month)\\b[^.\\n]{0,40}?\\b${PAIN_WORD}\\b`,
    'i',
  ),
];
const PAIN_SCORE = [/\bpain\b[^.\n]{0,40}?\b(10|[0-9])\s?\/\s?10\b/i];
const CONSERVATIVE_FAILED = [
  // The whole time of the care, told in brackets after it (first, so the shorter time before it is not read instead): "Pain
  // ↑ over last 4/52 despite PT + analgesia (6/52 in total)".
  new RegExp(
    `(?<=${CARE}\\w*\\s*\\()(?:about |~)?${DURATION} (?:in total|total|altogether)\\)(?<=${FAILED}[^.\\n]{0,60})`,
    'i',
  ),
  new RegExp(`${FAILED}[^.\\n]{0,30}?${DURATION}[^.\\n]{0,30}?${CARE}`, 'i'),
  // The weeks of pain that grew with the care named after it: "In the last 6 weeks the pain is getting more and more, ...
  // with NSAID (Diclofenac, Ketonal) and corset there is no improvement" (not pain of another time: "in remission for 9 years
  // developed severe low back pain 6 days ago lifting a suitcase; analgesics since then have not helped").
  new RegExp(
    `\\b(?:since|for|over|in|during) (?:the )?(?:last |past )?${DURATION}[^.;\\n]{0,60}?\\b${PAIN_WORD}\\b(?:(?!\\bago\\b)[^.\\n]){0,80}?${CARE}[^.\\n]{0,40}?${NO_RELIEF}`,
    'i',
  ),
  // ... and the weeks, then the care: "typical mechanical, already 5 weeks, Tramal and Naklofen are without sufficient effect".
  // (Not care after a semicolon, which may have weeks of its own: "pain for 5 weeks; bracing for a month has not helped".)
  new RegExp(`${DURATION}(?![ -](?:ago|old)\\b),?\\s+${CARE}[^.;\\n]{0,40}?${NO_RELIEF}`, 'i'),
  // The weeks of pain that grew despite the care: "since last 6 weeks the pain is increasing day by day in spite of these
  // medicines and brace".
  new RegExp(
    `\\b(?:since|for|over|in) (?:the )?(?:last |past )?${DURATION}[^.;\\n]{0,60}?\\b${PAIN_WORD}\\b[^.\\n]{0,120}?${FAILED}[^.\\n]{0,30}?${CARE}`,
    'i',
  ),
  new RegExp(
    `${FAILED}[^.\\n]{0,40}?${CARE}[^.\\n]{0,60}?(?:for|x|over|since|during)\\s?(?:these |those |the (?:past |last |whole |full )?|all )?${DURATION}`,
    'i',
  ),
  // "tried home physio and oxycodone for six weeks and is still in bed", "has worn a brace and taken regular
  // analgesics for the seven weeks since, yet the pain has flared", "treated with a TLSO brace, hydrocodone and
  // physical therapy for six weeks, but her pain remains 8/10", "has been in a TLSO brace with regular analgesia for the
  // last three weeks, yet her pain remains 8/10"
  new RegExp(
    `\\b(?:tried|had|been on|been in|using|used|worn|taken|treated with) [^.\\n]{0,80}?${CARE}[^.\\n]{0,30}?(?:(?:for|x)\\s?)?(?:the (?:past |last )?|these |those )?${DURATION}[^.\\n]{0,30}?(?:still|yet|no better|not better|remains? \\d|${NO_RELIEF})`,
    'i',
  ),
  // "For 5 months she try everything: Tylenol, brace, also massage - not working".
  new RegExp(
    `${DURATION}[^.\\n]{0,30}?\\b(?:tried|try|tries|trying)\\b[^.\\n]{0,80}?${CARE}[^.\\n]{0,80}?${NO_RELIEF}`,
    'i',
  ),
  // "three weeks of a brace and analgesics without relief", "six weeks in a brace without relief", "5 weeks
  // conservative: TLSO brace, paracetamol + tapentadol, physio - she is still with pain 8/10"
  new RegExp(
    `${DURATION}(?![ -](?:ago|old)\\b) (?:(?:of|in|on|with) )?[^.\\n]{0,40}?${CARE}[^.\\n]{0,40}?${NO_RELIEF}`,
    'i',
  ),
  // "pain 9/10 x3 wk despite brace/meds", "five weeks of severe pain despite a brace", "for the past five weeks he has
  // had severe pain at the junction despite paracetamol" (not "six weeks ago"); what the pain stops may come between:
  // "Five weeks of pain since a stumble; still needing Oramorph and unable to manage the stairs despite a brace".
  new RegExp(
    `${DURATION}(?![ -](?:ago|old)\\b)(?:[^.\\n]{0,50}?\\b(?:pain|LB[PA]|worse)\\b[^.\\n]{0,120}?|[\\s,]+)${FAILED}[^.\\n]{0,20}?${CARE}`,
    'i',
  ),
  // "Worsening mechanical low back pain for 3 weeks, fine at rest and severe when he stands, despite MST 20 mg bd", "intense
  // lumbalgia since 3 weeks after a fall, that does not cede with paracetamol", "His pain has escalated over the past month despite
  // increasing doses of oxycodone"; a Highland writer's "a sore pain on her in the middle of the back this four weeks, ... and it is
  // not easing with the paracetamol".
  new RegExp(
    `\\b(?:pain|LB[PA]|l[ou]mbalgi\\w*|dorsalgi\\w*)\\b[^.\\n]{0,60}?(?:for|x|over|since|of|this|these)\\s?(?:the (?:past|last) )?${DURATION}(?![ -](?:ago|old)\\b)[^.\\n]{0,100}?${FAILED}[^.\\n]{0,30}?${CARE}`,
    'i',
  ),
  // Care the patient took, after the pain's weeks, that brought no relief: "low back pain since 3 weeks, VAS 8, already
  // got NSAID and bedrest but no improvement".
  new RegExp(
    `\\b${PAIN_WORD}\\b[^.\\n]{0,40}?(?:for|x|over|since)\\s?(?:the (?:past|last) )?${DURATION}(?![ -](?:ago|old)\\b)[^.\\n]{0,40}?\\b(?:got|took|received|tried|used|given)\\b[^.\\n]{0,20}?${CARE}[^.\\n]{0,40}?${NO_RELIEF}`,
    'i',
  ),
  // Pain still high after the weeks of care: "VAS 8/10 after a month of bracing and analgesia".
  new RegExp(
    `\\b(?:pain|VAS|LB[PA])\\b[^.\\n]{0,12}?(?:\\d{1,2}\\/10|still|severe|unchanged)[^.\\n]{0,12}?\\bafter ${DURATION} (?:of|on|in|with) [^.\\n]{0,20}?${CARE}`,
    'i',
  ),
  // Care named first and its weeks after, the things tried in brackets between: "Medical treatment well conducted during 6
  // weeks (level 2 antalgics, lumbar corset, then teriparatide) without improvement", "Already conservative treatment 3 weeks
  // (bed rest, lumbar brace, calcitonin injection), pain no obvious relief".
  new RegExp(
    `${CARE}[^.\\n]{0,30}?\\b(?:(?:during|for|x|over)\\s?)?${DURATION}(?![ -](?:ago|old)\\b)[^.\\n]{0,70}?${NO_RELIEF}`,
    'i',
  ),
  // "x 6 wks w/o relief from brace/analgesics"
  new RegExp(`${DURATION}[^.\\n]{0,30}?${NO_RELIEF}[^.\\n]{0,30}?${CARE}`, 'i'),
  // "Paracetamol and corset are not helping since 3 weeks", "Paracetamol and tramadol have not helped for the last 4 weeks"
  new RegExp(
    `${CARE}\\w*[^.\\n]{0,30}?${NO_RELIEF}[^.\\n]{0,20}?(?:since|for|x|over)\\s?(?:the (?:past |last )?|these |those )?${DURATION}`,
    'i',
  ),
  // The care told straight after a time back: since then ("Pain got worse again 3 weeks ago and since then corset,
  // paracetamol and tramadol have not helped"), the failure first ("a T12 fracture sustained six weeks ago, which had not
  // settled despite regular paracetamol and codeine, a brace and community physiotherapy"), or the care first ("a T12
  // fracture first seen on radiographs five weeks ago, treated with a TLSO brace, paracetamol and tramadol without relief";
  // "a T8 fracture diagnosed 10 weeks ago, treated conservatively with a brace and analgesics since then, now with
  // worsening mid back pain", "... seven weeks ago, treated with a TLSO and analgesics; pain increasing", "... diagnosed 6
  // weeks ago, managed with a brace and analgesics; her pain is getting worse"); or the care
  // since then after the event of then ("low back pain 6 days ago lifting a suitcase; analgesics since then have not helped").
  new RegExp(
    `${DURATION} ago\\b(?:[^.\\n]{0,40}?[;,] (?:[\\w-]+ ){0,2}?${CARE}\\w* since then[^.\\n]{0,20}?${NO_RELIEF}|,? (?:(?:and )?since then,? [^.\\n]{0,40}?${CARE}[^.\\n]{0,40}?${NO_RELIEF}|(?:which|that|and) [^.\\n]{0,12}?${FAILED}[^.\\n]{0,30}?${CARE}|(?:and )?(?:treated|managed)\\b[^.\\n]{0,60}?${CARE}[^.\\n]{0,60}?(?:${NO_RELIEF}|\\bsince (?:then|that time|diagnosis)\\b[^.\\n]{0,40}?(?:\\bworse|worsening|increasing|no better|not better)|[;,] (?:(?:the|her|his) )?pain (?:is |has been |now )*(?:getting |becoming )?(?:increasing|worse|worsening|escalating)\\b)))`,
    'i',
  ),
  // ... or in a sentence of its own, "since" pointing back at the time, and the pain worse later on: "a T12 compression
  // fracture diagnosed three months ago; the MRI at the time showed ... Managed conservatively since. New standing films
  // show ... and his pain is clearly worse", "... managed with a brace and analgesics since then. She now reports
  // escalating pain", shorthand's "dx 2/12 ago ... Managed conservatively w/ TLSO + analgesia since. Today: ↑ pain".
  new RegExp(
    `${DURATION} ago\\b[^\\n]{0,160}?\\b(?:managed|treated) (?:with (?:an? )?)?${CARE}\\w*(?: (?:and|with|w\\/|plus|\\+|&) (?:an? )?[\\w-]+){0,3} since\\b(?: then| diagnosis)?[.;,][^\\n]{0,200}?(?:\\b(?:pain|LBP) (?:is |has been |now |got )*(?:(?:clearly|much|definitely|significantly|markedly) )?(?:worse|worsening|increasing)\\b|\\b(?:escalating|increasing|worsening|worse) (?:back )?pain\\b|↑ ?(?:back )?pain\\b)`,
    'i',
  ),
  // ... or the time since the fracture told, then the care that has not helped in the next sentence: "a painful L1 compression
  // fracture from a fall from standing 5 weeks ago. Despite a TLSO brace, tramadol and physical therapy, his pain is still
  // 7/10".
  new RegExp(
    `${DURATION} ago\\.\\s+(?:Despite|In spite of)\\b[^.\\n]{0,20}?${CARE}[^.\\n]{0,80}?\\b(?:pain|LBP)\\b[^.\\n]{0,12}?(?:still|remains|persists|worse|no better|not better)`,
    'i',
  ),
  // ... or the care's time told, then the pain worse in the next sentence: "Conservative treatment given: bed rest, brace,
  // analgesic and calcitonin injection for 2 months. But recent 2 weeks the pain becomes more serious".
  new RegExp(
    `${CARE}\\w*[^.\\n]{0,80}?\\b(?:for|x|over|during)\\s?${DURATION}(?![ -](?:ago|old)\\b)\\.\\s+(?:But|However|Yet|Still)\\b[^.\\n]{0,40}?\\b(?:pain|LBP)\\b[^.\\n]{0,20}?(?:more serious|more severe|worse|worsening|increas\\w*)`,
    'i',
  ),
  // ... and in shorthand, the pain back worse in the next line: "known T12 wedge # from fall 6/52 ago, managed conservatively by
  // GP. RTED w/ ↑ pain", "(dx 6/52 ago, conservative mx). Pain ↑ despite oxycodone + TLSO", "diagnosed eight weeks ago, treated
  // with bracing and analgesics, now with worsening mid-back pain".
  new RegExp(
    `${DURATION} ago\\b[^.\\n]{0,40}?\\b(?:(?:managed|treated) (?:with )?)?${CARE}\\w*(?: (?:mx|tx|management|treatment))?(?: (?:and|\\+|&) [\\w-]+){0,2}(?: by (?:the )?\\w+)?\\)?[.;,]\\s*[^.\\n]{0,40}?(?:(?:↑ ?|\\b(?:increas\\w*|worse\\w*|worsening) )(?:(?:low|mid|upper)[- ])?(?:back )?pain\\b|\\bpain ?↑)`,
    'i',
  ),
  // ... or the care since named on its own, and the pain worse on the next line: "known T12 wedge # from fall 8/52 ago,
  // conservative mx since.\n- Pain worse not better", "L1 OP CF dx 8/52 ago (MRI then: ...), brace + analgesia since. Now ↑ pain".
  new RegExp(
    `${DURATION} ago\\b[^.\\n]{0,60}?[,;]\\s*${CARE}\\w*(?: (?:mx|tx|rx|management|treatment|care))?(?: ?(?:\\+|&|and|w\\/) ?[\\w-]+){0,3} since\\b[.;,]?\\s*(?:[-•*]\\s*)?(?:(?:\\w+ ){0,2}?${PAIN_WORD} (?:is |has been |now )?(?:worse|↑|increas\\w*|no better|not better)|(?:now )?(?:↑|increas\\w*|worse\\w*|worsening) ?(?:back )?${PAIN_WORD})`,
    'i',
  ),
  // Care since a time told earlier in the sentence: "Since 3 weeks strong back pain after lifting a box; pain therapy with
  // Novalgin and Tramal since then without sufficient effect".
  // (Not past a nearer time, which "since then" means: "in remission for 9 years developed severe low back pain 6 days ago
  // lifting a suitcase; analgesics since then have not helped".)
  new RegExp(
    `${DURATION}(?:(?!\\bago\\b)[^.\\n]){0,100}?${CARE}[^.\\n]{0,40}?\\bsince then\\b[^.\\n]{0,20}?${NO_RELIEF}`,
    'i',
  ),
  // "severe pain 3/52 post fall from standing, analgesia failing"
  new RegExp(`${DURATION}[^.\\n]{0,40}?${CARE}\\w*\\s+(?:is |are )?(?:failing|not working)`, 'i'),
  // "4 wks conservative tx failed", "3/52 conservative tx (analgesia, TLSO, physio) failed", "eight weeks of
  // supervised physio and regular analgesia: pain now worse than at the start"
  new RegExp(`${DURATION}\\s+(?:of )?(?:[\\w-]+ ){0,2}?${CARE}\\w*[^.\\n]{0,120}?${NO_RELIEF}`, 'i'),
  // "Managed for six weeks with scheduled acetaminophen and PT, but nursing reports more pain with care"
  new RegExp(
    `${DURATION}[^.\\n]{0,30}?\\b(?:with|on|of) [^.\\n]{0,60}?${CARE}[^.\\n]{0,60}?\\b(?:but|yet|however)\\b[^.\\n]{0,50}?\\b(?:more|worse|increas\\w*|persist\\w*|ongoing|still|climb\\w*|rising|risen)\\b`,
    'i',
  ),
  // "For the last 3 weeks he has been managed with a lumbar brace, hydrocodone and activity modification without
  // meaningful improvement".
  new RegExp(
    `${DURATION}(?![ -](?:ago|old)\\b)[^.\\n]{0,40}?\\b(?:managed|treated|been) (?:with|on|in) [^.\\n]{0,60}?${CARE}[^.\\n]{0,60}?${NO_RELIEF}`,
    'i',
  ),
  // "conservative treatment failed after 8 wks"
  new RegExp(`${CARE}\\w*[^.\\n]{0,20}?(?:failed|did not help|not helped) (?:after|at|for|x|over)\\s?${DURATION}`, 'i'),
  // "managed conservatively; at 10 weeks her pain is worse rather than better", "Analgesia + brace x 3/52,
  // pain still 7/10", "regular analgesia for the full eight weeks without improvement", "paracetamol and codeine
  // over those three weeks have not controlled the pain", a form's "Conservative mx: analgesia + brace 2 wks, pain still 8/10",
  // "PT and tramadol continued throughout those 6 weeks, yet the pain keeps getting worse", "Under morphine since 3 weeks and still
  // the pain continue to increase", "using brace and paracetamol for 6 weeks but the pain is going up", "paracetamol and a brace
  // for three weeks, but the pain remained 9/10"
  new RegExp(
    `${CARE}\\w*[^.\\n]{0,30}?(?:(?:at|after|for|x|over|throughout)\\s?)?(?:these |those |the (?:full|past|last|whole) |all )?${DURATION}(?![ -]ago)[^.\\n]{0,40}?(?:worse|no better|not better|persist|pain (?:is )?still|pain (?:has |had )?remain(?:ed|s) (?:at )?(?:\\d|severe|unchanged|the same)|still (?:(?:the|his|her) |in )?pain|pain (?:is |has been |has )?(?:now )?(?:increasing|increased|going up|rising|climbing|escalating)|(?:instead of|rather than) (?:settling|improving)|${NO_RELIEF})`,
    'i',
  ),
  // ... or the care in one sentence, then its time and the pain grown in the next: "Managed conservatively - analgesia, physio,
  // alendronate started. 12/52 on, pain ↑ not ↓", "Managed conservatively with Taylor brace, Tab. Tramadol ... daily. Now about 15
  // weeks, pain is increasing instead of decreasing" (a prescription's "Tab." ends no sentence).
  new RegExp(
    `${CARE}\\w*(?:[^.\\n]|(?<=\\b(?:Tab|Tabs|Inj|Cap|Caps|Syp))\\.){0,100}\\.\\s+(?:now |at )?(?:about |around |~)?${DURATION}(?: on| later| in| into (?:it|treatment))?,?\\s+(?:\\w+ ){0,2}?${PAIN_WORD}\\s*(?:is |has been )?(?:↑|increas\\w*|worse\\w*|escalat\\w*|no better|not better)`,
    'i',
  ),
  // ... or the pain's poor control told before the care's time: "Mech pain worse on sitting/rolling, poorly controlled x 4/52
  // on opioids + brace".
  new RegExp(
    `\\b(?:poorly|not|inadequately|badly) controlled (?:x|for|over)\\s?${DURATION}(?![ -](?:ago|old)\\b) (?:on|with|of|despite) [^.\\n]{0,20}?${CARE}`,
    'i',
  ),
  // "5 weeks out from a T11 fracture managed with a brace and analgesics. His pain is still 8/10": the care
  // and its failure in two sentences.
  new RegExp(
    `${DURATION} (?:out )?(?:from|after|since) [^.\\n]{0,60}?${CARE}[^.\\n]{0,60}\\.\\s+(?:\\w+ )?pain (?:is |remains )?(?:still|unchanged|no better|not better|worse)`,
    'i',
  ),
  // "His back is 'no better at all' a month after he fractured L2, and he still can't sleep despite tramadol and a brace":
  // no better first, then the time and the care.
  new RegExp(
    `\\b(?:no better|not better|not improved)\\b[^.\\n]{0,30}?\\b${DURATION} (?:after|since|from) [^.\\n]{0,60}?${FAILED}[^.\\n]{0,20}?${CARE}`,
    'i',
  ),
  // "It is now a month since the injury and, despite analgesia, a brace and physiotherapy, he is no better".
  new RegExp(
    `${DURATION} (?:since|after|from) (?:the |his |her )?(?:injury|fall|fracture|onset)\\b[^.\\n]{0,20}?${FAILED}[^.\\n]{0,20}?${CARE}[^.\\n]{0,60}?(?:no better|not better|\\bworse\\b|${NO_RELIEF})`,
    'i',
  ),
  // "corset and analgesic treatment was started 6 weeks ago but there is no benefit".
  new RegExp(
    `${CARE}[^.\\n]{0,40}?\\b(?:started|begun|begin|initiated|introduced|prescribed) ${DURATION} ago\\b[^.\\n]{0,40}?${NO_RELIEF}`,
    'i',
  ),
  // "Three weeks ago a new L2 compression fracture was found after a minor fall, and his pain has not settled with a
  // brace and oral analgesics": the care since then.
  // (in one clause: "Six weeks ago he lifted a box; the pain goes on despite paracetamol" dates the lifting).
  // ... "developed new low back pain after a fall from standing, and despite regular analgesia".
  new RegExp(`${DURATION} ago\\b[^.;\\n]{0,80}?\\b${PAIN_WORD}\\b[^.\\n]{0,40}?${FAILED}[^.\\n]{0,20}?${CARE}`, 'i'),
  // "T11 # 5/52 ago, Mx analgesia + brace - pain still 8/10": the care since a fracture of a few weeks back; the pain
  // may come first: "New L3 fx after stepping off kerb 3/52 ago; pain 8/10 despite TLSO + paracetamol".
  new RegExp(
    `(?:#|fx|fracture|V?CF)s?(?!\\w)[^.;\\n]{0,40}?${DURATION} ago\\b(?:[^.\\n]{0,20}?${CARE}[^.\\n]{0,40}?(?:no better|not better|${NO_RELIEF})|[^.\\n]{0,20}?\\b${PAIN_WORD}\\b[^.\\n]{0,20}?${FAILED}[^.\\n]{0,20}?${CARE})`,
    'i',
  ),
  // The care since a time told a sentence or two before: "diagnosed 8 weeks ago with an L1 compression fracture ...; MRI
  // at that time .... She has worn a brace and taken analgesics since the diagnosis, yet her pain has steadily increased".
  new RegExp(
    `${DURATION} ago\\b[^\\n]{0,200}?(?:${CARE}[^.\\n]{0,60}?${SINCE_THEN}|${SINCE_THEN}[^.\\n]{0,60}?${CARE})[^.\\n]{0,60}?(?:\\b(?:yet|but|still|worse)\\b|increas\\w*|no better|not better|${NO_RELIEF})`,
    'i',
  ),
  // ... or the care "since" ending its sentence, and the pain worse in the next: "diagnosed 8 weeks ago with an osteoporotic
  // T12 compression fracture; ... She has worn a brace and taken analgesics since. She returns with worsening pain".
  new RegExp(
    `${DURATION} ago\\b[^\\n]{0,200}?${CARE}[^.\\n]{0,60}?\\bsince\\.\\s+[^.\\n]{0,40}?(?:\\bworse\\b|worsening|increasing|no better|not better)`,
    'i',
  ),
  // ... or the pain that began then, and the care that has not helped opening the next sentence: "developed sudden low
  // back pain while lifting a bag five weeks ago. Despite regular paracetamol and a lumbar brace, his pain remains 8
  // out of 10". ... the time first as well: "slipped five weeks ago and has had severe pain since that time. She was
  // treated with a brace, hydrocodone and calcitonin without meaningful improvement".
  new RegExp(
    `(?:\\b${PAIN_WORD}\\b[^.\\n]{0,60}?)?${DURATION} ago\\b(?:[^.\\n]{0,80}?\\b${PAIN_WORD}\\b[^.\\n]{0,40}?)?\\.\\s+(?:${FAILED}[^.\\n]{0,80}?|[^.\\n]{0,30}?\\b(?:treated|managed)\\b[^.\\n]{0,20}?)${CARE}[^.\\n]{0,80}?(?:\\b(?:still|worse)\\b|no better|not better|${NO_RELIEF})`,
    'i',
  ),
  // ... or the pain said to have lasted through the care: "pain after bending to pick up a box three weeks ago.  Pain has
  // persisted despite a TLSO brace".
  new RegExp(
    `\\b${PAIN_WORD}\\b[^.\\n]{0,60}?${DURATION} ago\\.\\s+(?:the |his |her )?(?:back )?pain (?:has |had )?(?:persisted|continued|not settled|not improved|worsened) (?:despite|in spite of)[^.\\n]{0,20}?${CARE}`,
    'i',
  ),
  // ... and the same told from the time the pain has lasted: "Since 3,5 week she has severe back pain after a fall.
  // Despite paracetamol, tramadol and a corset the pain stays NRS 8"; the pain may come first: "has had severe pain for
  // 5 weeks since a bout of coughing. Despite a brace ... he still rates the pain 8/10".
  new RegExp(
    `(?:(?<=\\b${PAIN_WORD}\\b[^.\\n]{0,40})|(?=[^.\\n]{0,70}?\\b${PAIN_WORD}\\b))\\b(?:since|for) (?:the (?:past|last) )?${DURATION}(?![ -](?:ago|old)\\b)[^.\\n]{0,120}\\.\\s+${FAILED}[^.\\n]{0,80}?${CARE}[^.\\n]{0,80}?(?:\\b(?:still|worse)\\b|no better|not better|${NO_RELIEF})`,
    'i',
  ),
  // "managed conservatively in TLSO x12/52. Now worsening pain": the care, its weeks, then the pain in the next sentence;
  // "Treated with rest and panadol 6 weeks. Now the pain is more worse not less", "... and a brace for 10 weeks. Today she says
  // '...' (my back is very sore), the pain is worse".
  new RegExp(
    `${CARE}\\w*[^.\\n]{0,30}?(?:(?:x|for)\\s?)?${DURATION}\\.\\s+(?:(?:today|now|currently)\\b[^.\\n]{0,120}?)?(?:(?:\\w+ ){0,2}(?:worsening|worse|increasing|persistent|ongoing|escalating) pain|(?:now )?(?:the )?pain (?:is |has been )?(?:now )?(?:more |much |even )?(?:worse\\b|worsening|getting worse|increasing|escalating))`,
    'i',
  ),
  // ... or the weeks, then the care, and its failure opening the next sentence or the one after: "She has been managed for
  // those 3 months with a brace, analgesia and physiotherapy. Rather than improving, her pain has worsened", "seen for twelve
  // weeks of physiotherapy following her ... fracture. Her MRI .... Unfortunately, rather than improving, her back pain has
  // become worse".
  new RegExp(
    `${DURATION}(?![ -](?:ago|old)\\b)[^.\\n]{0,40}?${CARE}[^.\\n]{0,80}\\.(?:\\s+[^.\\n]{0,120}\\.)?\\s+(?:(?:unfortunately|sadly),? )?(?:rather than|instead of|despite (?:this|that|these|it)|however|but|yet)\\b[^.\\n]{0,60}?(?:\\bworse\\b|worsen\\w*|increas\\w*|no better|not better|persist\\w*|${NO_RELIEF})`,
    'i',
  ),
  // "After 12 weeks of bracing and analgesics her pain is steadily worse", "After 10/52 brace + analgesia pain worse".
  new RegExp(
    `\\bafter\\s${DURATION} (?:of )?[^.\\n]{0,30}?${CARE}[^.\\n]{0,40}?(?:\\bworse\\b|no better|not better|${NO_RELIEF})`,
    'i',
  ),
  // "Pain severe after 4 weeks of analgesia and bracing" (not "pain settled after 4 weeks of a brace").
  new RegExp(
    `\\bpain\\s(?:is |remains |still )?(?:severe|worse|unchanged|uncontrolled|persist\\w*|no better|not better|ongoing|\\d+\\/10)[^.\\n]{0,20}?\\bafter\\s${DURATION} of [^.\\n]{0,30}?${CARE}`,
    'i',
  ),
  // Last, the care, its weeks and its failure in one sentence in any order, as writers of a second language put them:
  // "he has for five weeks had new pain ... and it has not become better with painkillers and a brace", "doing physio
  // and taking the tablets since 3 months but instead of getting better the pain is getting worse" (not a cancer's
  // remission: "lymphoma in remission for 9 years"; nor a plan's condition: "r/v 2/52, consider VP if pain persists").
  new RegExp(
    `(?:^|[.\\n])(?=[^.\\n]*?${CARE})(?=[^.\\n]*?(?<!\\b(?:if|unless|should|in case) (?:the |his |her )?)${GREW_OR_NO_RELIEF})[^.\\n]*?(?<!\\b(?:remission|disease[- ]free|cancer[- ]free)(?: for)? )${DURATION}(?![ -](?:ago|old)\\b)`,
    'i',
  ),
  // ... or the care dated by the fracture's diagnosis told before it, the pain grown through it after: "a T12 compression
  // fracture diagnosed 2 months ago after a fall, managed with a TLSO and analgesics. Serial radiographs show progression
  // ..., and her pain has worsened".
  new RegExp(
    `\\b(?:diagnosed|found|fractured|fell|fall)\\b[^.\\n]{0,60}?${DURATION} ago\\b[^\\n]{0,160}?\\b(?:managed|treated)\\b[^.\\n]{0,40}?${CARE}[^.\\n]{0,80}(?:\\.\\s+[^.\\n]{0,200})?\\b(?:(?:the |her |his )?pain (?:has |is )?(?:now )?(?:steadily |progressively |gradually )?(?:worsened|worse|increas\\w*|escalat\\w*)|pain as worse)`,
    'i',
  ),
  // ... or the care and its weeks in one sentence, the pain grown through them in the next or the one after: "She completed
  // twelve weeks of physiotherapy and a brace. Her MRI showed no tumour. Her pain is steadily worse", "treated w/ 4 mo of
  // bracing + analgesics. Fx has collapsed further ... and he now needs a walker because of worsening pain".
  new RegExp(
    `(?:^|[.\\n])(?=[^.\\n]*?${CARE})[^.\\n]*?${DURATION}(?![ -](?:ago|old)\\b)[^.\\n]*\\.(?:\\s+[^.\\n]{0,120}\\.)?\\s+(?:[^.\\n]{0,40}?\\b${PAIN_WORD}\\b[^.\\n]{0,30}?\\b(?:worse|worsen\\w*|increas\\w*|escalat\\w*|no better|not better|unchanged|not (?:improved|settled|eased|getting better))|[^.\\n]{0,100}?\\b(?:worse|worsening|increasing|escalating|unrelenting) (?:\\w+ )?${PAIN_WORD}\\b)`,
    'i',
  ),
  // ... or the pain grown over the care's weeks: "it has been getting worse over six weeks of regular morphine".
  new RegExp(
    `\\b(?:pain|it)\\b[^.\\n]{0,40}?\\b(?:getting worse|got(?:ten)? worse|worsened|worsening|increasing|no better)\\s+(?:over|through|during|despite|in spite of)\\s+(?:the )?(?:last |past )?${DURATION} (?:of|on) [^.\\n]{0,30}?${CARE}`,
    'i',
  ),
];
// The words the patterns need nearby, in one scan: "pain", "LBP" or "LBA" (group 1) or a kind of care. They start with
// different letters and each match lies within one word, so each kind's matches are the ones its own
// scan would find, and a page that names neither is read once, not three times.
const ANCHOR = compiledNow(new RegExp(String.raw`\b(?:(pain|LB[PA])\b|${CARE})`, 'gi'));
// Wide enough for care, its doses and its failure in one dictated sentence ("eight weeks of outpatient physical
// therapy and has taken hydrocodone-acetaminophen 5/325 mg three times daily ..., without meaningful improvement").
const WINDOW = 260;
const MAX_ANCHORS = 200;

/**
 * A search for the first match of any of `patterns` in a window around a word that must be there
 * ("pain", "conservative"): the patterns run on a few short windows, not over a whole page.
 */
interface NearWord {
  patterns: RegExp[];
  anchors: number;
  /** Where the last window began its word: the next window starts no earlier. */
  from: number;
  found: RegExpExecArray | null;
  /** Words that make a match no finding: a plan's condition. */
  unless?: RegExp;
}

const nearWord = (patterns: RegExp[], unless?: RegExp): NearWord => ({
  patterns,
  anchors: 0,
  from: -1,
  found: null,
  unless,
});
/** Care that would fail is a plan's condition, not a failure: "cont medical mgmt; if pain persists at 3-4 wk, consider KP". */
const CONDITION = /\b(?:if|should|unless|in case)\b/i;
const done = (near: NearWord) => near.found !== null || near.anchors >= MAX_ANCHORS;

/** Reads the window around the anchor word at [start, end). */
function readWindow(text: string, near: NearWord, start: number, end: number): void {
  near.anchors++;
  const from = Math.max(near.from, start - WINDOW, 0);
  const window = text.slice(from, end + WINDOW);
  for (const pattern of near.patterns) {
    const match = pattern.exec(window);
    if (match && !near.unless?.test(match[0])) {
      match.index += from;
      near.found = match;
      return;
    }
  }
  near.from = start;
}

function durationRead(
  match: RegExpExecArray | null,
  evidence: (match: RegExpExecArray) => EvidenceSpan,
): Read<number | null> {
  const count = match?.[1] ?? match?.[3];
  const unit = match?.[2] ?? OVER_UNIT[match?.[4] ?? ''];
  const value = count && unit ? weeks(count, unit) : Number.NaN;
  return Number.isFinite(value) && match ? { value, evidence: [evidence(match)] } : nothing(null);
}

// A week counted from the fracture, as a form writes it, reads as that many weeks: "now wk 9: pain escalating" ("9 wk", the
// same length, so the places stay).
const WEEK_NUMBER = /\b(now|currently|at) (wk|week) (\d{1,2})\b/gi;

// (The expressions that read a whole text are compiled when the module loads: regexp-budget.ts.)
// Care said to have failed with no time beside it ("Discussion: ... worsening pain after failed conservative care"), and
// its time told where the care is ("Managed with analgesia, an orthosis and physiotherapy since then (8 weeks)", "six
// weeks of bracing"): the weeks are the care's.
const FAILED_CARE_SAID = compiledNow(
  /\b(?:failed|failure of|unsuccessful) (?:conservative|medical|non-?operative) (?:care|management|mx|treatment|therapy|tx)\b|\b(?:conservative|medical|non-?operative) (?:care|management|mx|treatment|therapy|tx) (?:has |have |had )?failed\b/i,
);
const CARE_LASTED = compiledNow(
  new RegExp(
    `${CARE}\\w*[^.\\n]{0,80}?(?:\\b(?:for|x|over|during|since then)\\s?\\(?|\\()(?:the (?:past |last )?)?${DURATION}(?![ -](?:ago|old)\\b)|${DURATION}(?![ -](?:ago|old)\\b) (?:of|on|in|with) (?:[\\w-]+ ){0,3}?${CARE}`,
    'i',
  ),
);

// Last of all, the care in a sentence of its own and the time the pain has grown through it opening the next: "Managed
// conservatively with a brace and celecoxib. For the past 3 weeks the pain is more severe than before" (at least those
// weeks of care failed; a time the care itself is given, "three months of bracing ... without benefit", says more).
const GREW_AFTER_CARE = compiledNow(
  new RegExp(
    `\\b(?:managed|treated)\\b[^.\\n]{0,20}?${CARE}[^.\\n]*\\.\\s+(?:for|over|in) (?:the )?(?:past |last )?${DURATION},? (?:the |his |her )?pain (?:is|has been|has become|became|got|has got(?:ten)?) (?:(?:much|even|far|a lot) )?(?:more severe|worse|increasing|stronger)`,
    'i',
  ),
);

// Pain that grew, said after the weeks of care without a word of failure: "managed conservatively with a brace,
// analgesics and physiotherapy for the past eight weeks, but her son says she is in more pain now", "Managed
// conservatively with brace ... for 14 weeks. Now patient says ... (back pain became much more)", "corset, NSAID ...
// during 8 weeks. Despite this pain becomes stronger" (not what makes it worse: "pain is worse on standing"). The care
// is looked for only in the characters before each (few) such word, never over the whole page: the care pattern tries
// every position it is given.
const PAIN_GREW = compiledNow(
  /\bmore pain\b|\bpain\b[^.\n]{0,30}?\b(?:became|becomes?|has become|is|got) (?:much |even |far )?(?:more|worse|stronger)\b(?! (?:with|when|on|in|at|after|if)\b)/gi,
);
const PAIN_GREW_CHARS = 200;
const PAIN_GREW_READ = 8;

/**
 * The weeks of care told apart from its failure, or before the pain that grew after it; nothing when neither is said.
 */
function careLasted(read: string): RegExpExecArray | null {
  if (FAILED_CARE_SAID.test(read)) return CARE_LASTED.exec(read);
  PAIN_GREW.lastIndex = 0;
  for (let i = 0, grew = PAIN_GREW.exec(read); grew && i < PAIN_GREW_READ; i++, grew = PAIN_GREW.exec(read)) {
    const from = Math.max(0, grew.index - PAIN_GREW_CHARS);
    const care = CARE_LASTED.exec(read.slice(from, grew.index));
    if (care) {
      // (Its place in the whole text, for the evidence.)
      care.index += from;
      return care;
    }
  }
  return null;
}

// The period after a dose form ends no sentence, so the patterns, which stop at a period, read over it as a space: "not
// relieved with tab. paracetamol, LS belt and complete bed rest for 1 month".
const DOSE_FORM_PERIOD = new RegExp(String.raw`\b(?:${DOSE_FORMS.join('|')})\.(?= )`, 'gi');

/**
 * How long the pain has lasted ("3-week history of back pain", "back pain for 2 months"), pain on the
 * 0–10 scale ("pain 8/10") and weeks of conservative care that failed ("failed 4 weeks of conservative
 * therapy").
 */
export function painAndCare(text: string): {
  symptomWeeks: Read<number | null>;
  painSeverity: Read<number | null>;
  failedConservativeWeeks: Read<number | null>;
} {
  // (The dose forms' periods go as spaces: the same length, so the places stay the dated view's.)
  const dated = datesAsTimesBack(text);
  const read = dated.text
    .replace(DOSE_FORM_PERIOD, (form) => `${form.slice(0, -1)} `)
    .replace(WEEK_NUMBER, (_, word, unit, count) => `${word} ${count} ${unit}`);
  const evidence = (match: RegExpExecArray) => spanBack(match, text, dated.at);
  const since = nearWord(PAIN_SINCE);
  const score = nearWord(PAIN_SCORE);
  const failed = nearWord(CONSERVATIVE_FAILED, CONDITION);
  // Failed care told more than once keeps its longest time, which counts all of it: "four weeks of calcitonin ... worsening
  // pain despite 14 weeks of nonoperative care" (each window is read once, up to MAX_ANCHORS of them).
  let longest: { match: RegExpExecArray; weeks: number } | null = null;
  ANCHOR.lastIndex = 0;
  for (let word = ANCHOR.exec(read); word; word = ANCHOR.exec(read)) {
    const end = word.index + word[0].length;
    if (word[1] === undefined) {
      if (failed.anchors < MAX_ANCHORS) {
        failed.found = null;
        readWindow(read, failed, word.index, end);
        // (readWindow set it: a cast, since the null above narrowed its type.)
        const found = failed.found as RegExpExecArray | null;
        const weeks = found ? durationRead(found, evidence).value : null;
        if (found && weeks !== null && weeks > (longest?.weeks ?? -1)) longest = { match: found, weeks };
        if (found) failed.from = found.index + found[0].length;
      }
    } else {
      if (!done(since)) readWindow(read, since, word.index, end);
      if (!done(score)) readWindow(read, score, word.index, end);
    }
    if (done(since) && done(score) && failed.anchors >= MAX_ANCHORS) break;
  }
  return {
    symptomWeeks: durationRead(since.found, evidence),
    painSeverity: score.found?.[1]
      ? { value: Number(score.found[1]), evidence: [evidence(score.found)] }
      : nothing(null),
    failedConservativeWeeks: durationRead(longest?.match ?? careLasted(read) ?? GREW_AFTER_CARE.exec(read), evidence),
  };
}

const INTERVENTIONS = LEXICON.filter((concept) => concept.category === 'intervention').map((concept) => concept.id);

/** When the earlier intervention was done, in the report's words ("2 years ago", "in 2019"). */
export function interventionWhen(text: string, annotations: Annotation[], concepts: ConceptIndex): Read<string | null> {
  // The sentences of past interventions, ascending; their annotations are read in text order, found by
  // binary search rather than by reading every annotation of the page.
  const treated = new Set(
    inTextOrder(concepts, INTERVENTIONS)
      .filter((a) => a.assertion === 'historical')
      .map((a) => a.sentence),
  );
  for (const sentenceIndex of treated) {
    for (let i = firstOfSentence(annotations, sentenceIndex); i < annotations.length; i++) {
      const annotation = annotations[i] as Annotation;
      if (annotation.sentence !== sentenceIndex) break;
      const sentence = text.slice(annotation.start, annotation.start + 120).split(/[.\n]/, 1)[0] ?? '';
      const when =
        /\b(?:\d{1,2}|one|two|three|four|five|several) (?:years?|months?|weeks?) ago\b|\bin (?:19|20)\d\d\b/i.exec(
          sentence,
        );
      if (when) {
        const start = annotation.start + when.index;
        return { value: when[0], evidence: [{ start, end: start + when[0].length, text: when[0] }] };
      }
    }
  }
  return nothing(null);
}
