import { useMemo, useState } from 'preact/hooks';
import type { CaseField, CaseInput, Evidence } from '@/logic/case';
import { MAP_GEOMETRY, type MapLevel, type MapTarget, revealSpan, spineMap, targetEvidence } from '@/logic/spine/map';
import type { Category } from '@/logic/terms/mention';
import { EvidenceChip } from './EvidenceChip';
import { FoldSection } from './FoldSection';
import type { AlertItem } from './result-view';

const { body } = MAP_GEOMETRY;
/** Columns of the drawing, left (anterior) to right (posterior, then words). */
const X = { label: 22, link: 26, body: 31, width: 34, rod: 70, tag: 80, end: 200 } as const;

/** A vertebral body: a box, or a wedge when its front lost height (drawn to scale). */
function Body({ mark }: { mark: MapLevel }) {
  const { y } = mark;
  const cls = mark.fracture ? `body fracture ${mark.fracture}` : 'body';
  const fill = mark.fracture === 'new' ? 'var(--map-fracture)' : mark.fracture ? 'url(#spine-map-hatch)' : undefined;
  if (mark.heightLoss) {
    const drop = (body * Math.min(mark.heightLoss.percent, 90)) / 100;
    const points = [
      [X.body, y + drop],
      [X.body + X.width, y],
      [X.body + X.width, y + body],
      [X.body, y + body],
    ];
    return <polygon class={cls} fill={fill} points={points.map((p) => p.join(',')).join(' ')} />;
  }
  return <rect class={cls} fill={fill} x={X.body} y={y} width={X.width} height={body} rx={1.5} />;
}

/** A new fracture next to a treated level: a bracket in front of the two bodies. */
function Link({ from, to }: { from: number; to: number }) {
  const [a, b] = [from + body / 2, to + body / 2];
  return (
    <path
      class="link"
      d={`M${X.body - 1},${a} H${X.link} V${b} H${X.body - 1}`}
      fill="none"
      stroke="var(--map-relation)"
      stroke-width={1.5}
    />
  );
}

/**
 * The spine at a glance: a column C1–S1 (C1–C7 left out when the case names no cervical level) with the
 * case's new and old fractures, height loss, cement and fused constructs, and the relations the decision
 * reads. Each marked level or construct is a button: a click or Enter shows its words from the report and
 * shows them on the page. Drawn from the case and the decision alone; redrawn on every edit.
 */
export function SpineMap({
  input,
  evidence,
  yours,
  alerts,
  colours,
  open,
  other = false,
  onFold,
  onReveal,
}: {
  input: CaseInput;
  evidence: Evidence;
  yours: readonly CaseField[];
  /** The decision's alerts: a relation that raises one shows its text. */
  alerts: readonly AlertItem[];
  colours: Record<Category, string>;
  open: boolean;
  /** The case is another tab's: said in the heading, as the case facts do. */
  other?: boolean;
  onFold(open: boolean): void;
  onReveal(text: string): void;
}) {
  const map = useMemo(
    () =>
      spineMap(
        input,
        alerts.map((alert) => alert.id),
      ),
    [input, alerts],
  );
  const [chosen, setChosen] = useState<string | null>(null);
  const selected = map.targets.find((target) => target.id === chosen) ?? null;
  const width = X.end;
  const yOf = (level: string) => map.levels.find((mark) => mark.level === level)?.y ?? 0;

  // The words of fields the user set by hand are not the case's any more, as in the form.
  const reported = useMemo(
    () => Object.fromEntries(Object.entries(evidence).filter(([field]) => !yours.includes(field as CaseField))),
    [evidence, yours],
  ) as Evidence;
  const choose = (target: MapTarget) => {
    setChosen(target.id);
    const first = revealSpan(target, targetEvidence(target, reported));
    if (first) onReveal(first.text);
  };

  const style = {
    '--map-fracture': colours.fracture,
    '--map-cement': colours.intervention,
    '--map-relation': colours.level,
  } as Record<string, string>;

  return (
    <FoldSection
      id="spine-map"
      title={other ? 'Spine at a glance, from another tab' : 'Spine at a glance'}
      open={open}
      onToggle={onFold}
    >
      <div class="spine-map" style={style}>
        {/* biome-ignore lint/a11y/useSemanticElements: an SVG drawing cannot be a <fieldset>; the group names its buttons' drawing */}
        <svg
          role="group"
          aria-labelledby="spine-map-title"
          aria-describedby="spine-map-desc"
          viewBox={`0 0 ${width} ${map.height}`}
          width={width}
          height={map.height}
          data-testid="spine-map"
        >
          <title id="spine-map-title">
            {map.cervicalFolded ? 'Spine T1 to S1 (no cervical level in this case)' : 'Spine C1 to S1'}
          </title>
          <desc id="spine-map-desc">{map.text}</desc>
          <defs>
            <pattern
              id="spine-map-hatch"
              width={4}
              height={4}
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <line x1={0} y1={0} x2={0} y2={4} stroke="var(--map-fracture)" stroke-width={1.6} />
            </pattern>
          </defs>
          {/* The drawing is for the eye: screen readers hear the title, the list (desc) and the buttons. */}
          {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG <g> without tabindex is not focusable */}
          <g class="drawing" aria-hidden="true">
            {map.levels.map((mark) => (
              <g key={mark.level} class="vertebra" data-level={mark.level}>
                <text class="level-name" x={X.label} y={mark.y + body - 1} text-anchor="end">
                  {mark.level}
                </text>
                <Body mark={mark} />
                {mark.cement && (
                  <ellipse
                    class="cement"
                    cx={X.body + X.width / 2}
                    cy={mark.y + body / 2}
                    rx={9}
                    ry={2.6}
                    fill="var(--map-cement)"
                  />
                )}
                {mark.atTreatedLevel && (
                  <rect
                    class="same-level"
                    x={X.body - 3}
                    y={mark.y - 2}
                    width={X.width + 6}
                    height={body + 4}
                    rx={2}
                    fill="none"
                    stroke="var(--map-relation)"
                    stroke-width={1.5}
                    stroke-dasharray="3 2"
                  />
                )}
                {mark.tag && (
                  <text class="tag" x={X.tag} y={mark.y + body - 1}>
                    {mark.tag}
                  </text>
                )}
              </g>
            ))}
            {map.constructs.map((construct) => {
              const top = yOf(construct.levels[0] as string);
              const bottom = yOf(construct.levels.at(-1) as string) + body;
              // Named beside its first level that has no words of its own.
              const free = map.levels.find((mark) => construct.levels.includes(mark.level) && !mark.tag);
              return (
                <g key={construct.label} class="construct" data-construct={construct.label}>
                  <path
                    d={`M${X.body + X.width + 1},${top} H${X.rod} V${bottom} H${X.body + X.width + 1}`}
                    fill="none"
                    stroke="var(--map-cement)"
                    stroke-width={2.5}
                  />
                  {construct.levels.map((level) => (
                    <circle key={level} cx={X.rod} cy={yOf(level) + body / 2} r={2} fill="var(--map-cement)" />
                  ))}
                  {free && (
                    <text class="tag" x={X.tag} y={free.y + body - 1}>
                      fusion {construct.label}
                    </text>
                  )}
                </g>
              );
            })}
            {map.connectors.map((link) => (
              <Link key={`${link.from}-${link.to}`} from={yOf(link.from)} to={yOf(link.to)} />
            ))}
          </g>
          {map.targets.map((target) => {
            const top = yOf(target.levels[0] as string) - 2;
            const bottom = yOf(target.levels.at(-1) as string) + body + 2;
            const [x, w] = target.kind === 'fusion' ? [X.rod - 4, 8] : [0, width];
            return (
              // biome-ignore lint/a11y/useSemanticElements: an SVG shape cannot be a <button>; role and keys make it one
              <g
                key={target.id}
                class="target"
                role="button"
                tabindex={0}
                aria-label={target.text}
                aria-pressed={selected?.id === target.id}
                aria-controls="spine-map-details"
                data-target={target.id}
                onClick={() => choose(target)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' || event.key === ' ') {
                    event.preventDefault();
                    choose(target);
                  }
                }}
              >
                <rect class="hit" x={x} y={top} width={w} height={bottom - top} rx={3} />
              </g>
            );
          })}
        </svg>
        <ul class="spine-legend" aria-label="Legend">
          <li>
            <svg aria-hidden="true" width="16" height="10">
              <rect x="1" y="1" width="14" height="8" fill="var(--map-fracture)" />
            </svg>
            New fracture
          </li>
          <li>
            <svg aria-hidden="true" width="16" height="10">
              <rect x="1" y="1" width="14" height="8" fill="url(#spine-map-hatch)" stroke="var(--map-fracture)" />
            </svg>
            Chronic or age unknown
          </li>
          <li>
            <svg aria-hidden="true" width="16" height="10">
              <polygon points="1,5 15,1 15,9 1,9" fill="var(--map-fracture)" />
            </svg>
            Height loss, to scale (Genant grade)
          </li>
          <li>
            <svg aria-hidden="true" width="16" height="10">
              <rect x="1" y="1" width="14" height="8" class="body" />
              <ellipse cx="8" cy="5" rx="5" ry="2" fill="var(--map-cement)" />
            </svg>
            Cement (augmentation)
          </li>
          <li>
            <svg aria-hidden="true" width="16" height="10">
              <path d="M2,1 H10 V9 H2" fill="none" stroke="var(--map-cement)" stroke-width="2.5" />
            </svg>
            Fusion
          </li>
          <li>
            <svg aria-hidden="true" width="16" height="10">
              <path d="M14,1 H4 V9 H14" fill="none" stroke="var(--map-relation)" stroke-width="1.5" />
            </svg>
            New fracture next to a treated level
          </li>
          <li>
            <svg aria-hidden="true" width="16" height="10">
              <rect
                x="1"
                y="1"
                width="14"
                height="8"
                fill="none"
                stroke="var(--map-relation)"
                stroke-width="1.5"
                stroke-dasharray="3 2"
              />
            </svg>
            New fracture at a treated level
          </li>
        </ul>
      </div>
      {map.unplaced.length > 0 && <p class="quiet spine-unplaced">Not on the map: {map.unplaced.join('; ')}.</p>}
      <div id="spine-map-details" class="spine-details" data-testid="spine-map-details">
        {selected ? (
          <TargetDetails target={selected} evidence={reported} yours={yours} alerts={alerts} onReveal={onReveal} />
        ) : (
          map.targets.length > 0 && <p class="quiet">Pick a level to see the report’s words for it.</p>
        )}
      </div>
    </FoldSection>
  );
}

/** What one level or construct shows: its words, the alerts it raises, and the report's words for it. */
function TargetDetails({
  target,
  evidence,
  yours,
  alerts,
  onReveal,
}: {
  target: MapTarget;
  evidence: Evidence;
  yours: readonly CaseField[];
  alerts: readonly AlertItem[];
  onReveal(text: string): void;
}) {
  const spans = targetEvidence(target, evidence);
  const mine = target.fields.some((field) => yours.includes(field));
  return (
    <>
      <p>
        <b>{target.label}</b>: {target.words.join(', ')}
      </p>
      {alerts
        .filter((alert) => target.alerts.includes(alert.id as MapTarget['alerts'][number]))
        .map((alert) => (
          <p key={alert.id} class={`banner ${alert.severity}`}>
            {alert.text}
          </p>
        ))}
      {mine && <span class="yours">yours</span>}
      {spans.map((span) => (
        <EvidenceChip key={`${span.start}-${span.end}`} span={span} onReveal={onReveal} />
      ))}
      {!mine && spans.length === 0 && <p class="quiet">No words from the report for this level.</p>}
    </>
  );
}
