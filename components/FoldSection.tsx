import type { ComponentChildren } from 'preact';

/**
 * A section the user can fold; whether it is open comes from the settings and every toggle goes back
 * to them, so it stays as the user left it in the next case and the next session.
 */
export function FoldSection({
  id,
  title,
  open,
  onToggle,
  children,
}: {
  id: string;
  title: string;
  open: boolean;
  onToggle(open: boolean): void;
  children: ComponentChildren;
}) {
  return (
    <details class="fold" id={id} open={open}>
      {/* Controlled: the summary's click (Enter and Space too) asks the settings, which open or fold it. */}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: <summary> is the native, focusable toggle of <details> */}
      <summary
        onClick={(event) => {
          event.preventDefault();
          onToggle(!open);
        }}
      >
        <h2 id={`${id}-heading`}>{title}</h2>
      </summary>
      {children}
    </details>
  );
}
