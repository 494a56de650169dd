import { z } from 'zod';

/** Vertebral bodies head to tail. The sacrum is written S1, as the gold guidelines do. */
export const LEVELS = [
  'C1',
  'C2',
  'C3',
  'C4',
  'C5',
  'C6',
  'C7',
  'T1',
  'T2',
  'T3',
  'T4',
  'T5',
  'T6',
  'T7',
  'T8',
  'T9',
  'T10',
  'T11',
  'T12',
  'L1',
  'L2',
  'L3',
  'L4',
  'L5',
  'S1',
] as const;

export type Level = (typeof LEVELS)[number];
export const LevelSchema = z.enum(LEVELS);

const INDEX = new Map<string, number>(LEVELS.map((level, i) => [level, i]));

export function isLevel(value: string): value is Level {
  return INDEX.has(value);
}

/** Position of a level head to tail (C1 = 0). */
export function levelIndex(level: Level): number {
  return INDEX.get(level) as number;
}

/** Sorted head to tail, without duplicates: the canonical form of every level list. */
export function sortLevels(levels: Iterable<Level>): Level[] {
  return [...new Set(levels)].sort((a, b) => levelIndex(a) - levelIndex(b));
}

/** Every level from `from` to `to` inclusive, in either order ("T12-L2" is T12, L1, L2). */
export function expandRange(from: Level, to: Level): Level[] {
  const [lo, hi] = [levelIndex(from), levelIndex(to)].sort((a, b) => a - b) as [number, number];
  return LEVELS.slice(lo, hi + 1);
}

/** Neighbours across regions too: T12 and L1 are adjacent, as are C7 and T1. */
export function areAdjacent(a: Level, b: Level): boolean {
  return Math.abs(levelIndex(a) - levelIndex(b)) === 1;
}

/** A level counts as treated when it was augmented or lies inside a fused construct. */
export function isSameLevel(level: Level, treated: readonly Level[]): boolean {
  return treated.includes(level);
}

/** The levels that sit right next to a treated level without being treated themselves, head to tail. */
export function adjacentTo(levels: readonly Level[], treated: readonly Level[]): Level[] {
  return sortLevels(
    levels.filter((level) => !isSameLevel(level, treated) && treated.some((done) => areAdjacent(level, done))),
  );
}
