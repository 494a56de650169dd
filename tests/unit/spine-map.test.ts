import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractCase } from '@/logic';
import { type CaseInput, emptyCase } from '@/logic/case';
import { decide } from '@/logic/decide';
import { LEVELS, type Level } from '@/logic/spine/levels';
import { MAP_GEOMETRY, revealSpan, spineMap, targetEvidence } from '@/logic/spine/map';

const make = (facts: Partial<CaseInput>): CaseInput => ({ ...emptyCase(), ...facts });
const alertsOf = (input: CaseInput) => decide(input).alerts.map((alert) => alert.id);
const mapOf = (input: CaseInput) => spineMap(input, alertsOf(input));

/** The founding article's case: a new T11 fracture, L2 cemented two years before. */
const FOUNDING = make({
  fractureLevels: ['T11'],
  newFractureLevels: ['T11'],
  fractureAcuity: { T11: 'acute' },
  augmentationLevels: ['L2'],
  symptomatic: true,
});

describe('the spine map of a case', () => {
  it('the founding case: T11 new, L2 cemented three levels below it, no relation the decision reads', () => {
    const map = mapOf(FOUNDING);
    expect(map.text).toBe('T11: new fracture; L2: cement augmentation, 3 levels below the new fracture at T11.');
    expect(map.targets.map((t) => t.id)).toEqual(['T11', 'L2']);
    expect(map.connectors).toEqual([]);
    const t11 = map.levels.find((mark) => mark.level === 'T11');
    expect(t11).toMatchObject({ fracture: 'new', cement: false, tag: 'new', atTreatedLevel: false });
    expect(map.levels.find((mark) => mark.level === 'L2')).toMatchObject({ fracture: null, cement: true });
  });

  it('levels run head to tail one row apart; the cervical spine folds when the case names no cervical level', () => {
    const folded = spineMap(FOUNDING);
    expect(folded.cervicalFolded).toBe(true);
    expect(folded.shown[0]).toBe('T1');
    expect(folded.shown.at(-1)).toBe('S1');
    expect(folded.levels).toHaveLength(18);
    const ys = folded.levels.map((mark) => mark.y);
    expect(ys.every((y, i) => i === 0 || y - (ys[i - 1] as number) === MAP_GEOMETRY.row)).toBe(true);
    expect(folded.height).toBeGreaterThan((ys.at(-1) as number) + MAP_GEOMETRY.body);

    const cervical = spineMap(make({ fractureLevels: ['C6'], newFractureLevels: ['C6'] }));
    expect(cervical.cervicalFolded).toBe(false);
    expect(cervical.shown).toEqual([...LEVELS]);
    expect(cervical.levels[0]?.y).toBe(MAP_GEOMETRY.top);
  });

  it('a new fracture next to cement: a connector, and the alert named when the decision shows it', () => {
    const input = make({
      newFractureLevels: ['L1'],
      fractureLevels: ['T12', 'L1'],
      augmentationLevels: ['T12'],
      symptomatic: true,
    });
    const map = mapOf(input);
    expect(alertsOf(input)).toContain('adjacent-to-augmentation');
    expect(map.connectors).toEqual([
      { kind: 'next-to-augmentation', from: 'L1', to: 'T12', alert: 'adjacent-to-augmentation' },
    ]);
    expect(map.targets.find((t) => t.id === 'L1')?.alerts).toEqual(['adjacent-to-augmentation']);
    expect(map.text).toBe(
      'T12: fracture, age unknown, cement augmentation; L1: new fracture, next to the cement at T12.',
    );
    // Without the decision's alerts the relation is still drawn, naming no alert.
    expect(spineMap(input).connectors[0]?.alert).toBeNull();
  });

  it('a fused construct is one bracket; a new fracture next to it is linked to its end', () => {
    const input = make({
      newFractureLevels: ['L2'],
      fusionLevels: ['T9', 'T10', 'T11', 'T12', 'L1', 'L4', 'L5'],
      symptomatic: true,
    });
    const map = mapOf(input);
    expect(map.constructs.map((c) => c.label)).toEqual(['T9–L1', 'L4–L5']);
    expect(map.connectors).toEqual([{ kind: 'next-to-fusion', from: 'L2', to: 'L1', alert: 'adjacent-to-fusion' }]);
    expect(map.text).toBe(
      'T9–L1: fusion; L2: new fracture, next to the T9–L1 fusion; L4–L5: fusion, 2 levels below the new fracture at L2.',
    );
    expect(map.levels.filter((mark) => mark.fused).map((mark) => mark.level)).toEqual(input.fusionLevels);
  });

  it('a new fracture at a treated level is outlined and says so', () => {
    const input = make({ newFractureLevels: ['L1'], augmentationLevels: ['L1'], symptomatic: true });
    const map = mapOf(input);
    expect(map.levels.find((mark) => mark.level === 'L1')?.atTreatedLevel).toBe(true);
    expect(map.text).toBe('L1: new fracture, cement augmentation, at a treated level.');
    expect(map.targets[0]?.alerts).toEqual(['same-level-recurrence']);
  });

  it('chronic and age-unknown fractures are told apart; height loss sits on the only fracture, graded by Genant', () => {
    const one = spineMap(make({ fractureLevels: ['T8'], fractureAcuity: { T8: 'chronic' }, heightLossPercent: 33.3 }));
    expect(one.text).toBe('T8: chronic fracture, 33 % height loss (Genant grade 2).');
    expect(one.levels.find((mark) => mark.level === 'T8')).toMatchObject({
      fracture: 'chronic',
      heightLoss: { percent: 33.3, grade: 2 },
      tag: 'chronic · 33 % G2',
    });
    const two = spineMap(make({ fractureLevels: ['T8', 'T9'], heightLossPercent: 45 }));
    expect(two.levels.some((mark) => mark.heightLoss)).toBe(false);
    expect(two.text).toBe(
      'T8: fracture, age unknown; T9: fracture, age unknown; Worst fracture: 45 % height loss (Genant grade 3), level not stated.',
    );
    expect(spineMap(make({ fractureLevels: ['L1'], heightLossPercent: 10 })).text).toBe(
      'L1: fracture, age unknown, 10 % height loss.',
    );
  });

  it('facts without a level are said under the map, not drawn', () => {
    const map = spineMap(
      make({
        marrowEdema: true,
        priorSurgeryUnspecified: true,
        painAtTreatedLevel: true,
        augmentationLevels: ['T12', 'L2'],
      }),
    );
    expect(map.unplaced).toEqual([
      'New fracture (marrow edema), level not stated',
      'Earlier spine surgery, level not stated',
      'Pain at a treated level',
    ]);
    expect(spineMap(make({ painAtTreatedLevel: true, augmentationLevels: ['L2'] })).text).toBe(
      'L2: cement augmentation, pain at this treated level.',
    );
    expect(spineMap(emptyCase()).text).toBe('No level is recorded.');
    expect(spineMap(emptyCase()).targets).toEqual([]);
  });

  it('every marked level and every construct is a target, head to tail', () => {
    const levels = fc.subarray([...LEVELS] as Level[]);
    fc.assert(
      fc.property(levels, levels, levels, levels, (fractures, news, cement, fusion) => {
        const input = make({
          fractureLevels: fractures,
          newFractureLevels: news,
          augmentationLevels: cement,
          fusionLevels: fusion,
          symptomatic: true,
        });
        const map = mapOf(input);
        const placed = new Set(map.targets.flatMap((t) => t.levels));
        for (const level of [...fractures, ...news, ...cement, ...fusion]) expect(placed.has(level)).toBe(true);
        const firsts = map.targets.map((t) => LEVELS.indexOf(t.levels[0] as Level));
        expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
        // The map draws a relation exactly when the decision shows its alert or would fire it.
        const shown = alertsOf(input);
        if (shown.includes('adjacent-to-augmentation')) {
          expect(map.connectors.some((c) => c.kind === 'next-to-augmentation')).toBe(true);
        }
        if (shown.includes('adjacent-to-fusion')) {
          expect(map.connectors.some((c) => c.kind === 'next-to-fusion')).toBe(true);
        }
        for (const link of map.connectors)
          expect(Math.abs(LEVELS.indexOf(link.from) - LEVELS.indexOf(link.to))).toBe(1);
        expect(map.text.endsWith('.')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe("a level's words from the report", () => {
  const text = 'Acute T8 compression fracture with marrow edema. Old L4 fracture treated with kyphoplasty in 2022.';

  it('each level gets the words written at it, and its own name is what the page shows first', () => {
    const draft = extractCase(text);
    const map = spineMap(draft.case);
    const t8 = map.targets.find((t) => t.id === 'T8');
    const l4 = map.targets.find((t) => t.id === 'L4');
    if (!t8 || !l4) throw new Error(`targets: ${map.text}`);
    const t8Words = targetEvidence(t8, draft.evidence).map((span) => span.text);
    const l4Words = targetEvidence(l4, draft.evidence).map((span) => span.text);
    expect(t8Words).toContain('T8');
    expect(t8Words).not.toContain('L4');
    expect(l4Words).toContain('L4');
    expect(l4Words).toContain('kyphoplasty');
    expect(l4Words).not.toContain('T8');
    expect(revealSpan(t8, targetEvidence(t8, draft.evidence))?.text).toBe('T8');
    // Every span is a real piece of the text.
    for (const span of targetEvidence(l4, draft.evidence)) {
      expect(text.slice(span.start, span.end)).toBe(span.text);
    }
  });
});
