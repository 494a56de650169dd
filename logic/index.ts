/**
 * The public API of the pure logic: what the content script, the side panel, the analyze CLI and the
 * benchmarks call. Nothing here touches the DOM or any browser API.
 */
export * from './criteria';
export * from './decide';
export { type Extraction, extractCase } from './extract';
export { findMentions, mentionsInParts, warmUp } from './terms/find-mentions';
export { caseLexiconPatterns, pagePatterns } from './terms/matcher';
