/**
 * The dev corpus's first line ("# source: ...") is provenance, not report text. It is blanked rather
 * than cut, so every offset the engine reports still points into the file as it is.
 */
export function withoutProvenance(text: string): string {
  return text.replace(/^# source:[^\n]*/, (line) => ' '.repeat(line.length));
}
