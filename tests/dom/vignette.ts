/** The founding article's vignette as the e2e fixture page tells it (tests/fixtures/panel/vignette.html). */
export const VIGNETTE_TEXT = [
  '78-year-old woman with severe osteoporosis. L2 vertebroplasty two years ago. Now three weeks of new, severe',
  'mid-back pain after a minor fall.',
  '',
  'Findings',
  '',
  'New superior endplate compression fracture of T11. Cement in the L2 vertebral body from the prior',
  'vertebroplasty, unchanged. No other fracture.',
].join('\n');

export const DEFICIT_TEXT = 'Since yesterday she reports new weakness of both legs and urinary retention.';
