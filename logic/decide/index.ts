export { type Decision, type DecisionItem, decide } from './decide';
export type { MissingFact } from './missing';
