export * from './ids';
export { bundledPack, type LoadResult, loadPack, type PackProblem } from './load';
export { type ScenarioRating, scenarioRatings } from './ratings';
export { type CriteriaPack, CriteriaPackSchema, type PackRating, type PackScenario } from './schema';
