import { autoUpdate, flip, hide, offset, shift, size, useFloating } from '@floating-ui/react-dom';
import { useLayoutEffect, useState, type ReactNode } from 'react';

/** The room a popover keeps from the edges of the window. */
const VIEWPORT_MARGIN = 8;

const supportsPopover = () =>
  typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;

/**
 * A small panel beside `anchor` that no scroll box, sticky column or modal dialog can clip or
 * cover. It is drawn in the top layer (the Popover API; where a browser lacks it, position: fixed
 * above the page), and Floating UI flips it to the side with room and shifts it to stay inside the
 * window; a panel taller than the room scrolls. It stays in the DOM right after its button, so Tab
 * reaches its links next, screen readers read it in place and a click inside it is a click inside
 * its owner (use-dismiss.ts). It hides while its button is scrolled out of sight.
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
  const { floatingStyles, middlewareData } = useFloating({
    strategy: 'fixed',
    placement: 'bottom-start',
    // top/left rather than a transform, which the opening animation would override.
    transform: false,
    elements: { reference: anchor, floating: panel },
    whileElementsMounted: autoUpdate,
    middleware: [
      offset(4),
      flip({ padding: VIEWPORT_MARGIN }),
      shift({ padding: VIEWPORT_MARGIN }),
      size({
        padding: VIEWPORT_MARGIN,
        apply({ availableWidth, availableHeight, elements }) {
          elements.floating.style.maxWidth = `${Math.max(0, Math.floor(availableWidth))}px`;
          elements.floating.style.maxHeight = `${Math.max(0, Math.floor(availableHeight))}px`;
        },
      }),
      hide(),
    ],
  });

  useLayoutEffect(() => {
    if (panel && supportsPopover() && !panel.matches(':popover-open')) panel.showPopover();
  }, [panel]);

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
      // An attribute, not inline visibility, so the stylesheet decides (jsdom has no layout to judge).
      data-reference-hidden={middlewareData.hide?.referenceHidden ? '' : undefined}
      style={floatingStyles}
    >
      {children}
    </span>
  );
}
