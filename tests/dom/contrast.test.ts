import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The panel's colour variables per scheme, read from its stylesheet (light: :root; dark: the media query). */
const CSS = readFileSync('entrypoints/sidepanel/style.css', 'utf8');

function variables(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{6})/g)].map((m) => [m[1], m[2]]));
}
const light = variables(CSS.slice(0, CSS.indexOf('@media (prefers-color-scheme: dark)')));
const darkStart = CSS.indexOf('@media (prefers-color-scheme: dark)');
const dark = variables(CSS.slice(darkStart, CSS.indexOf('body {', darkStart)));

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Text colour on background colour, as the stylesheet pairs them. */
const PAIRS: [string, string][] = [
  ['fg', 'bg'],
  ['fg', 'surface'],
  ['muted', 'bg'],
  ['muted', 'surface'],
  ['accent', 'bg'],
  ['accent-fg', 'accent'],
  ['emergency-fg', 'emergency-bg'],
  ['warning-fg', 'warning-bg'],
  ['info-fg', 'info-bg'],
  ['good', 'bg'],
  ['maybe', 'bg'],
  ['bad', 'bg'],
];

describe('WCAG AA contrast (4.5:1 for text) in both colour schemes', () => {
  it('the check tells a failing pair', () => {
    expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21);
  });

  for (const [scheme, colours] of [
    ['light', light],
    ['dark', dark],
  ] as const) {
    it(`${scheme}: every text colour on its background`, () => {
      expect(Object.keys(colours).length).toBeGreaterThanOrEqual(16);
      const failing = PAIRS.map(([fg, bg]) => {
        const [a, b] = [colours[fg], colours[bg]];
        if (!a || !b) return `${fg} on ${bg}: missing`;
        const ratio = contrast(a, b);
        return ratio < 4.5 ? `${fg} on ${bg}: ${ratio.toFixed(2)}` : null;
      }).filter(Boolean);
      expect(failing).toEqual([]);
    });
  }
});
