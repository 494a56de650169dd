import type { ScenarioId } from '../criteria/ids';
import { type CaseFacts, levelsText } from './facts';

export interface Route {
  scenario: ScenarioId | null;
  /** Which case facts matched, or why no scenario fits. */
  why: string[];
}

const at = (levels: string): string => (levels ? ` at ${levels}` : '');

function priorText(f: CaseFacts): string {
  const { priorAugmentation, priorFusion } = f;
  const parts = [
    priorAugmentation.length > 0 ? `augmentation at ${levelsText(priorAugmentation)}` : '',
    priorFusion.length > 0 ? `fusion at ${levelsText(priorFusion)}` : '',
  ].filter(Boolean);
  return parts.length > 0 ? `Earlier ${parts.join(' and ')}.` : 'Earlier spine surgery (level not stated).';
}

/** Why nothing fits when every rule passed by: name the first gap in the chain of facts. */
function noFit(f: CaseFacts): string[] {
  const c = f.input;
  if (!f.fractureRecorded) return ['No new or worsening vertebral fracture is recorded.'];
  if (c.symptomatic === null) return ['It is not known whether the fracture causes symptoms.'];
  if (c.symptomatic === false && f.newDeficit) {
    return ['No symptoms are recorded, yet a neurologic deficit is: the two disagree, so no scenario is chosen.'];
  }
  if (!f.newFracture) return ['The fracture is not recorded as new, and not as a known one getting worse.'];
  if (c.marrowEdema === false) return ['MRI shows no marrow edema, so the fracture does not read as acute.'];
  return ['The facts given match none of the bundled scenarios.'];
}

/**
 * Rule 3, no symptoms attributable to the fracture: a cancer history (or an established tumour fracture) →
 * asymptomatic imaging; otherwise Variant 5, osteoporotic bone assumed unless denied. A malignancy that is
 * only suspected leaves the bone disease open, so neither is assumed; nor is Variant 5 for a fracture
 * with retropulsion or instability.
 */
function asymptomatic(f: CaseFacts): Route {
  const c = f.input;
  // "No back pain" in a bone-health letter whose films show no vertebral fracture is no asymptomatic fracture.
  if (!f.fractureRecorded) return { scenario: null, why: noFit(f) };
  const none = 'The fracture causes no symptoms.';
  if (c.malignancy === true || c.pathologicFracture === true) {
    return {
      scenario: 'imaging-asymptomatic-malignancy-history',
      why: [none, c.malignancy === true ? 'Cancer in the history.' : 'A pathologic (tumour) fracture is established.'],
    };
  }
  if (c.malignancy === 'uncertain' || c.malignantMriFeatures === true) {
    return {
      scenario: null,
      why: [
        none,
        'A malignancy is suspected but not established: neither the osteoporotic nor the cancer-history scenario can be assumed.',
      ],
    };
  }
  if (c.osteoporosis === false) {
    return {
      scenario: null,
      why: [none, 'Osteoporosis is ruled out and no cancer history is recorded: no ACR scenario fits.'],
    };
  }
  // Variant 5 rates surgical consultation usually not appropriate: it cannot speak for a fracture that
  // narrows the canal or is unstable, where the instability alert asks for a surgeon's view.
  if (c.retropulsion === true || c.instability === true) {
    return {
      scenario: null,
      why: [
        none,
        'Retropulsion or instability is recorded: the asymptomatic osteoporotic scenario, which advises against surgical consultation, does not fit that fracture.',
      ],
    };
  }
  return {
    scenario: 'treatment-asymptomatic-osteoporotic',
    why: [
      none,
      c.malignancy === false ? 'No cancer history.' : 'No cancer history is recorded.',
      c.osteoporosis === true
        ? 'Osteoporosis is stated.'
        : 'Osteoporosis is assumed because it is not stated (most such fractures are osteoporotic).',
    ],
  };
}

/** The facts sheet's routing order, rules 2–9: the first rule that fits picks the scenario (rule 1 is an alert). */
export function route(f: CaseFacts): Route {
  const c = f.input;
  const newAt = at(levelsText(f.newLevels));

  if (c.highEnergyTrauma === true && f.youngerWithoutBoneDisease) {
    return {
      scenario: null,
      why: ['High-energy trauma in a younger patient without bone disease: outside this ACR topic (see spine trauma).'],
    };
  }
  // A new neurologic deficit is a symptom: "no symptoms" beside it is a contradiction, not rule 3 (a paraplegia of
  // years is no symptom of the new fracture).
  if (c.symptomatic === false && !f.newDeficit) return asymptomatic(f);
  if (f.sameLevel && !f.newElsewhere) {
    return {
      scenario: 'imaging-new-pain-prior-vcf',
      why: [
        `Pain at a level treated before${at(levelsText(f.treated))}.`,
        'No new fracture at another level is recorded.',
      ],
    };
  }
  if (f.newFracture && c.symptomatic === true && f.priorIntervention) {
    return {
      scenario: 'treatment-new-vcf-prior-augmentation-or-surgery',
      why: [`New symptomatic fracture${newAt}.`, priorText(f), 'The new fracture is not at a treated level.'],
    };
  }
  if (c.pathologicFracture === true && c.symptomatic === true) {
    return {
      scenario: 'treatment-pathologic-mechanical-pain',
      why: ['A pathologic (malignant) fracture is established.', 'It is painful.'],
    };
  }
  if (c.knownFractureWorsening === true && !f.newFracture && c.pathologicFracture !== true) {
    return {
      scenario: 'treatment-benign-worsening',
      why: ['A fracture known before is getting worse.', 'No new fracture and no established tumour.'],
    };
  }
  // Rule 8 also takes a painful fracture whose age the films could not tell, where the case waits on an MRI not yet
  // done: the next study is what dates it.
  if ((f.newFracture || (f.ageUnknown && c.mriDone === false)) && c.symptomatic === true && !f.mriKnown) {
    const cancer = c.malignancy === true;
    return {
      scenario: cancer ? 'imaging-new-symptomatic-known-malignancy' : 'imaging-new-symptomatic-no-malignancy',
      why: [
        f.newFracture ? `New symptomatic fracture${newAt}.` : 'A painful fracture whose age the films could not tell.',
        'No MRI yet.',
        cancer ? 'Cancer in the history.' : 'No known cancer history.',
      ],
    };
  }
  if (
    c.marrowEdema === true &&
    c.pathologicFracture !== true &&
    c.malignantMriFeatures !== true &&
    c.osteoporosis !== false
  ) {
    return {
      scenario: 'treatment-osteoporotic-with-edema',
      why: [`Marrow edema on MRI${newAt}.`, 'No established tumour.'],
    };
  }
  return { scenario: null, why: noFit(f) };
}
