import { useLayoutEffect, useState, type ReactNode } from 'react';

type Placement = typeof import('./place-popover');

let placement: Placement | null = null;
let loading: Promise<Placement> | null = null;

/** Loads popover placement (Floating UI) if it is not here yet; the page calls it when idle. */
export function loadPopoverPlacement(): Promise<Placement> {
  loading ??= import('./place-popover').then(
    (module) => (placement = module),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

const supportsPopover = () =>
  typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;

/**
 * A small panel beside `anchor` that no scroll box, sticky column or modal dialog can clip or
 * cover. It is drawn in the top layer (the Popover API; where a browser lacks it, position: fixed
 * above the page), and place-popover.ts flips it to the side with room and shifts it to stay
 * inside the window; a panel taller than the room scrolls. It stays in the DOM right after its
 * button, so Tab reaches its links next, screen readers read it in place and a click inside it is
 * a click inside its owner (use-dismiss.ts). It hides while its button is scrolled out of sight,
 * and until it is first placed.
 */
export function Popover({
  anchor,
  id,
  label,
  className = '',
  children,
}: {
  anchor: HTMLElement | null;
  id: string;
  label: string;
  className?: string;
  children: ReactNode;
}) {
  const [panel, setPanel] = useState<HTMLElement | null>(null);

  useLayoutEffect(() => {
    if (panel && supportsPopover() && !panel.matches(':popover-open')) panel.showPopover();
  }, [panel]);

  useLayoutEffect(() => {
    if (!anchor || !panel) return;
    if (placement) return placement.placePopover(anchor, panel);
    let stop: (() => void) | undefined;
    let gone = false;
    loadPopoverPlacement().then(
      (module) => {
        if (!gone) stop = module.placePopover(anchor, panel);
      },
      // Unplaced is still readable: shown where the stylesheet puts it rather than not at all.
      () => panel.removeAttribute('data-placing'),
    );
    return () => {
      gone = true;
      stop?.();
    };
  }, [anchor, panel]);

  return (
    <span
      ref={setPanel}
      id={id}
      role="group"
      aria-label={label}
      // A press on its text keeps focus inside the popup, so the popup stays open (use-dismiss.ts).
      tabIndex={-1}
      className={`popover ${className}`}
      popover={supportsPopover() ? 'manual' : undefined}
      data-placing=""
    >
      {children}
    </span>
  );
}
