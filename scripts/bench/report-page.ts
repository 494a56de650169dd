/**
 * A deterministic report page of about `bytes` bytes: a seeded mix of paragraphs, tables and lists
 * like a PACS/EHR worklist of reports, with VCF terms about once per 60–100 characters, some split
 * across inline elements, and a clock the benchmark ticks to stand for a live page.
 */

/** mulberry32: tiny, seedable, the same page on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LEVELS = ['T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12', 'L1', 'L2', 'L3', 'L4', 'L5'];
const TERMS = [
  'compression fracture',
  'marrow edema',
  'vertebroplasty',
  'kyphoplasty',
  'osteoporosis',
  'retropulsion',
  'cord compression',
  'height loss',
  'metastasis',
  'acute',
  'chronic',
  'fall',
];
const FILLER = [
  'the alignment is maintained on the sagittal images',
  'the paraspinal soft tissues are within normal limits',
  'disc desiccation is noted at several levels',
  'the facet joints show mild degenerative change',
  'the conus terminates at a normal level',
  'comparison is made with the prior examination',
];

/** A sentence of ~60–100 characters holding one term (split over inline nodes now and then). */
function sentence(next: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const term = pick(TERMS);
  const shown =
    next() < 0.2 && term.includes(' ')
      ? term.replace(' ', ' <b>').concat('</b>')
      : next() < 0.1
        ? `<span>${term}</span>`
        : term;
  const negated = next() < 0.2 ? 'No ' : '';
  return `${negated}${shown} at ${pick(LEVELS)}; ${pick(FILLER)}. `;
}

export function reportPage(bytes: number, seed = 1): string {
  const next = random(seed);
  const parts: string[] = [];
  let size = 0;
  let report = 0;
  while (size < bytes) {
    report++;
    const kind = next();
    let body: string;
    if (kind < 0.5) {
      body = Array.from({ length: 3 }, () => `<p>${sentence(next)}${sentence(next)}</p>`).join('');
    } else if (kind < 0.75) {
      const rows = Array.from({ length: 4 }, () => `<tr><td>${sentence(next)}</td><td>${sentence(next)}</td></tr>`);
      body = `<table><tbody>${rows.join('')}</tbody></table>`;
    } else {
      body = `<ul>${Array.from({ length: 5 }, () => `<li>${sentence(next)}</li>`).join('')}</ul>`;
    }
    const section = `<section><h2>Report ${report}</h2>${body}</section>\n`;
    parts.push(section);
    size += section.length;
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Benchmark report page</title>
<style>body{font:14px/1.5 sans-serif;margin:16px}table{border-collapse:collapse}td{border:1px solid #ccc;padding:2px}</style>
</head><body><header>Worklist <span id="clock">00:00:00</span></header>
<main id="reports">${parts.join('')}</main>
<script>
let ticks = 0;
window.tick = () => { document.getElementById('clock').textContent = '00:00:' + String(++ticks).padStart(2, '0'); };
window.appendReport = (html) => {
  const section = document.createElement('section');
  section.innerHTML = html;
  document.getElementById('reports').append(section);
};
</script></body></html>`;
}

/** One more report of about 2 KB, as a live page would append it. */
export function extraReport(seed = 99): string {
  const next = random(seed);
  let html = '<h2>New report</h2>';
  while (html.length < 2048) html += `<p>${sentence(next)}${sentence(next)}</p>`;
  return html;
}
