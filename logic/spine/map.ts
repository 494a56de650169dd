import type { CaseField, CaseInput, Evidence, EvidenceSpan } from '../case';
import type { AlertId } from '../criteria/ids';
import { caseFacts } from '../decide/facts';
import { genantGrade } from '../extract/numbers';
import { areAdjacent, LEVELS, type Level, levelIndex, sortLevels } from './levels';
import { levelAt } from './parse';

/**
 * The spine at a glance, as data: which levels a case marks and how (fracture new or old, height loss,
 * cement, fusion), the relations the decision reads (a new fracture next to cement or a construct, or at a
 * treated level), where each sits on a vertical column, and the same in words. Pure: the panel's SpineMap
 * only draws it. The relations come from the decision's own case facts, so map and decision cannot disagree.
 */

/** Drawing units: one row per vertebra, head to tail. */
export const MAP_GEOMETRY = { top: 6, row: 13, body: 9 } as const;

export type FractureMark = 'new' | 'chronic' | 'age-unknown';

export interface HeightLoss {
  percent: number;
  /** Genant's semiquantitative grade (1: 20–25 %, 2: 25–40 %, 3: over 40 %); 0 below 20 %. */
  grade: 0 | 1 | 2 | 3;
}

/** One drawn vertebra: where it is and what marks it. */
export interface MapLevel {
  level: Level;
  /** Top of the body, in drawing units. */
  y: number;
  fracture: FractureMark | null;
  heightLoss: HeightLoss | null;
  cement: boolean;
  fused: boolean;
  /** A new fracture at a level treated before (the decision's same-level relation). */
  atTreatedLevel: boolean;
  /** Short words drawn beside the body ("new · 30 %", "cement"); empty when unmarked. */
  tag: string;
}

/** A fused construct: contiguous fused levels, drawn as one bracket. */
export interface Construct {
  levels: Level[];
  label: string;
}

/** A relation the decision uses, drawn as a connector from the new fracture to the treated level. */
export interface Connector {
  kind: 'next-to-augmentation' | 'next-to-fusion';
  from: Level;
  to: Level;
  /** The alert the decision shows for it, when it shows one. */
  alert: AlertId | null;
}

/** One thing a keyboard user can reach and a screen reader reads: a marked level or a construct. */
export interface MapTarget {
  id: string;
  kind: 'level' | 'fusion';
  /** "T11" or "T12–L2". */
  label: string;
  levels: Level[];
  /** What the map shows there, in words ("new fracture", "3 levels below the new fracture at T11"). */
  words: string[];
  /** `label: words`, one item of the text alternative. */
  text: string;
  /** The case fields that put it on the map, whose evidence it shows. */
  fields: CaseField[];
  /** The alerts the decision shows about this target. */
  alerts: AlertId[];
}

export interface SpineMapModel {
  /** The levels drawn, head to tail: C1–S1, or T1–S1 when the case names no cervical level. */
  shown: Level[];
  cervicalFolded: boolean;
  /** Every drawn level, marked or not, in order. */
  levels: MapLevel[];
  constructs: Construct[];
  connectors: Connector[];
  /** Marked levels and constructs, head to tail by their first level. */
  targets: MapTarget[];
  /** Facts the case holds without a level, said under the map. */
  unplaced: string[];
  /** The text alternative: the targets' texts and the unplaced facts, as a short list. */
  text: string;
  /** Height of the column in drawing units. */
  height: number;
}

const FRACTURE_WORDS: Record<FractureMark, string> = {
  new: 'new fracture',
  chronic: 'chronic fracture',
  'age-unknown': 'fracture, age unknown',
};
const FRACTURE_TAGS: Record<FractureMark, string> = { new: 'new', chronic: 'chronic', 'age-unknown': 'age ?' };

/** "T12–L2", or "L1" for one level. */
export function rangeLabel(levels: readonly Level[]): string {
  const first = levels[0] as Level;
  const last = levels.at(-1) as Level;
  return first === last ? first : `${first}–${last}`;
}

/** Contiguous runs of levels, head to tail. */
function runs(levels: readonly Level[]): Level[][] {
  const out: Level[][] = [];
  for (const level of sortLevels(levels)) {
    const run = out.at(-1);
    if (run && areAdjacent(run.at(-1) as Level, level)) run.push(level);
    else out.push([level]);
  }
  return out;
}

function heightLossWords(loss: HeightLoss): string {
  const percent = `${Math.round(loss.percent)} % height loss`;
  return loss.grade > 0 ? `${percent} (Genant grade ${loss.grade})` : percent;
}

/** "3 levels below the new fracture at T11": where a treated level lies from the nearest new fracture. */
function distanceWords(levels: readonly Level[], newLevels: readonly Level[]): string | null {
  let best: { gap: number; from: Level } | null = null;
  for (const from of newLevels) {
    if (levels.includes(from)) return null;
    for (const level of levels) {
      const gap = levelIndex(level) - levelIndex(from);
      if (!best || Math.abs(gap) < Math.abs(best.gap)) best = { gap, from };
    }
  }
  if (!best || Math.abs(best.gap) === 1) {
    return best ? `next to the new fracture at ${best.from}` : null;
  }
  const count = Math.abs(best.gap);
  return `${count} levels ${best.gap > 0 ? 'below' : 'above'} the new fracture at ${best.from}`;
}

/**
 * The map of a case: `alerts` are the ids of the alerts the decision shows, so a relation can name the
 * alert it raises.
 */
export function spineMap(input: CaseInput, alerts: readonly string[] = []): SpineMapModel {
  const facts = caseFacts(input);
  const shownAlert = (id: AlertId): AlertId | null => (alerts.includes(id) ? id : null);
  const newLevels = facts.newLevels;
  const fractured = sortLevels([...input.fractureLevels, ...newLevels]);
  const augmented = new Set(input.augmentationLevels);
  const fused = new Set(input.fusionLevels);
  const treated = new Set(facts.treated);

  const mentioned = sortLevels([...fractured, ...augmented, ...fused]);
  const cervicalFolded = !mentioned.some((level) => level.startsWith('C'));
  const shown = cervicalFolded ? LEVELS.filter((level) => !level.startsWith('C')) : [...LEVELS];
  const y = (level: Level) => MAP_GEOMETRY.top + shown.indexOf(level) * MAP_GEOMETRY.row;

  const fractureOf = (level: Level): FractureMark | null => {
    if (newLevels.includes(level)) return 'new';
    if (!input.fractureLevels.includes(level)) return null;
    return input.fractureAcuity[level] === 'chronic' ? 'chronic' : 'age-unknown';
  };
  // Height loss is the worst fracture's: it has a place only when the case has one fractured level.
  const percent = input.heightLossPercent;
  const loss: HeightLoss | null =
    percent === null ? null : { percent, grade: genantGrade(percent) as HeightLoss['grade'] };
  const lossAt = loss && fractured.length === 1 ? (fractured[0] as Level) : null;

  const constructs: Construct[] = runs(input.fusionLevels).map((levels) => ({ levels, label: rangeLabel(levels) }));
  const constructOf = (level: Level) => constructs.find((c) => c.levels.includes(level));

  const connectors: Connector[] = [];
  for (const from of facts.nextToAugmentation) {
    for (const to of input.augmentationLevels.filter((done) => areAdjacent(from, done))) {
      connectors.push({ kind: 'next-to-augmentation', from, to, alert: shownAlert('adjacent-to-augmentation') });
    }
  }
  for (const from of facts.nextToFusion) {
    for (const to of input.fusionLevels.filter((done) => areAdjacent(from, done))) {
      connectors.push({ kind: 'next-to-fusion', from, to, alert: shownAlert('adjacent-to-fusion') });
    }
  }

  // Pain at a treated level belongs to a level only when one thing was treated.
  const treatedTargets = [...input.augmentationLevels.filter((level) => !fused.has(level)), ...constructs];
  const painAt = input.painAtTreatedLevel === true && treatedTargets.length === 1 ? treatedTargets[0] : undefined;
  const sameLevelAlert = shownAlert('same-level-recurrence');

  const levels: MapLevel[] = shown.map((level) => {
    const fracture = fractureOf(level);
    const heightLoss = level === lossAt ? loss : null;
    const cement = augmented.has(level);
    const tag = [
      fracture ? FRACTURE_TAGS[fracture] : '',
      heightLoss ? `${Math.round(heightLoss.percent)} %${heightLoss.grade > 0 ? ` G${heightLoss.grade}` : ''}` : '',
      cement ? 'cement' : '',
    ]
      .filter(Boolean)
      .join(' · ');
    return {
      level,
      y: y(level),
      fracture,
      heightLoss,
      cement,
      fused: fused.has(level),
      atTreatedLevel: fracture === 'new' && treated.has(level),
      tag,
    };
  });

  const targets: MapTarget[] = [];
  for (const mark of levels) {
    if (!mark.fracture && !mark.cement) continue;
    const { level } = mark;
    const words: string[] = [];
    const fields: CaseField[] = [];
    const targetAlerts: AlertId[] = [];
    if (mark.fracture) {
      words.push(FRACTURE_WORDS[mark.fracture]);
      if (mark.fracture === 'new') fields.push('newFractureLevels');
      if (input.fractureLevels.includes(level)) fields.push('fractureLevels');
      if (input.fractureAcuity[level]) fields.push('fractureAcuity');
    }
    if (mark.heightLoss) {
      words.push(heightLossWords(mark.heightLoss));
      fields.push('heightLossPercent');
    }
    if (mark.cement) {
      words.push('cement augmentation');
      fields.push('augmentationLevels');
    }
    const construct = constructOf(level);
    if (construct) {
      words.push(`within the ${construct.label} fusion`);
      fields.push('fusionLevels');
    }
    if (mark.atTreatedLevel) {
      words.push('at a treated level');
      if (sameLevelAlert) targetAlerts.push(sameLevelAlert);
    }
    for (const link of connectors.filter((c) => c.from === level)) {
      words.push(
        link.kind === 'next-to-augmentation'
          ? `next to the cement at ${link.to}`
          : `next to the ${constructOf(link.to)?.label} fusion`,
      );
      if (link.alert && !targetAlerts.includes(link.alert)) targetAlerts.push(link.alert);
    }
    if (mark.cement && !construct) {
      const linked = connectors.some((c) => c.to === level);
      const where = linked ? null : distanceWords([level], newLevels);
      if (where) words.push(where);
    }
    if (painAt === level) {
      words.push('pain at this treated level');
      fields.push('painAtTreatedLevel');
      if (sameLevelAlert && !targetAlerts.includes(sameLevelAlert)) targetAlerts.push(sameLevelAlert);
    }
    const unique = [...new Set(words)];
    targets.push({
      id: level,
      kind: 'level',
      label: level,
      levels: [level],
      words: unique,
      text: `${level}: ${unique.join(', ')}`,
      fields: [...new Set(fields)],
      alerts: targetAlerts,
    });
  }
  for (const construct of constructs) {
    const words = ['fusion'];
    const targetAlerts: AlertId[] = [];
    const fields: CaseField[] = ['fusionLevels'];
    const linked = connectors.some((c) => c.kind === 'next-to-fusion' && construct.levels.includes(c.to));
    const where = linked ? null : distanceWords(construct.levels, newLevels);
    if (where) words.push(where);
    if (painAt === construct) {
      words.push('pain at this treated level');
      fields.push('painAtTreatedLevel');
      if (sameLevelAlert) targetAlerts.push(sameLevelAlert);
    }
    targets.push({
      id: `fusion-${construct.label}`,
      kind: 'fusion',
      label: construct.label,
      levels: construct.levels,
      words,
      text: `${construct.label}: ${words.join(', ')}`,
      fields,
      alerts: targetAlerts,
    });
  }
  targets.sort((a, b) => levelIndex(a.levels[0] as Level) - levelIndex(b.levels[0] as Level));

  const unplaced: string[] = [];
  if (facts.newFracture && newLevels.length === 0) unplaced.push('New fracture (marrow edema), level not stated');
  if (loss && !lossAt) unplaced.push(`Worst fracture: ${heightLossWords(loss)}, level not stated`);
  if (input.priorSurgeryUnspecified === true && constructs.length === 0) {
    unplaced.push('Earlier spine surgery, level not stated');
  }
  if (input.painAtTreatedLevel === true && !painAt) unplaced.push('Pain at a treated level');

  const items = [...targets.map((t) => t.text), ...unplaced];
  return {
    shown,
    cervicalFolded,
    levels,
    constructs,
    connectors,
    targets,
    unplaced,
    text: items.length > 0 ? `${items.join('; ')}.` : 'No level is recorded.',
    height: MAP_GEOMETRY.top * 2 + shown.length * MAP_GEOMETRY.row,
  };
}

/** The levels a span of evidence names ("T11", "T12-L2"), none for other words. */
function namedLevels(span: EvidenceSpan): Level[] {
  return levelAt(span.text, 0, span.text)?.levels ?? [];
}

/**
 * The words of the report behind one target: for each field that placed it, all its spans when they name
 * no other level; otherwise the spans naming the target's levels and the other words nearest to them (each
 * word goes with the level named closest to it in the text).
 */
export function targetEvidence(target: MapTarget, evidence: Evidence): EvidenceSpan[] {
  const out: EvidenceSpan[] = [];
  const seen = new Set<string>();
  const add = (span: EvidenceSpan) => {
    const key = `${span.start}-${span.end}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(span);
    }
  };
  const mine = (levels: readonly Level[]) => levels.some((level) => target.levels.includes(level));
  for (const field of target.fields) {
    const spans = evidence[field] ?? [];
    const named = spans.map((span) => ({ span, levels: namedLevels(span) })).filter((s) => s.levels.length > 0);
    if (named.every((s) => mine(s.levels))) {
      spans.forEach(add);
      continue;
    }
    for (const span of spans) {
      const own = namedLevels(span);
      if (own.length > 0) {
        if (mine(own)) add(span);
        continue;
      }
      const nearest = named.reduce<(typeof named)[number] | null>(
        (best, candidate) =>
          !best || Math.abs(candidate.span.start - span.start) < Math.abs(best.span.start - span.start)
            ? candidate
            : best,
        null,
      );
      if (nearest && mine(nearest.levels)) add(span);
    }
  }
  return out;
}

/** Which of a target's words to show on the page first: the first naming its level, else the first. */
export function revealSpan(target: MapTarget, spans: readonly EvidenceSpan[]): EvidenceSpan | null {
  return spans.find((span) => namedLevels(span).some((level) => target.levels.includes(level))) ?? spans[0] ?? null;
}
