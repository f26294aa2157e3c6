// Floating UI, in a chunk of its own: no popover is open on the first view, so the page loads it
// when idle or when a popover first opens (popover.tsx).
import {
  autoUpdate,
  computePosition,
  flip,
  hide,
  offset,
  shift,
  size,
} from '@floating-ui/react-dom';

/** The room a popover keeps from the edges of the window. */
const VIEWPORT_MARGIN = 8;

/**
 * A coordinate on the device's pixel grid. Floating UI places by sub-pixels (a citation mark of
 * two ids is 65.4 px wide, and a panel flipped to its end edge inherits the fraction): text drawn
 * off the grid blurs, and the rounded corners' anti-aliased edge leaves the panel's own corner
 * pixels to what lies below (Floating UI's "roundByDPR" advice).
 */
const onPixelGrid = (value: number) => {
  const ratio = window.devicePixelRatio || 1;
  return Math.round(value * ratio) / ratio;
};

/**
 * Keeps `panel` beside `anchor` while either moves or resizes: flipped to the side with room,
 * shifted to stay inside the window, no taller or wider than the room; marked while its anchor
 * is scrolled out of sight. Returns the function that stops following.
 */
export function placePopover(anchor: HTMLElement, panel: HTMLElement): () => void {
  let stopped = false;
  const place = () => {
    void computePosition(anchor, panel, {
      strategy: 'fixed',
      placement: 'bottom-start',
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
    }).then(({ x, y, middlewareData }) => {
      if (stopped) return;
      // top/left rather than a transform, which the opening animation would override. Set
      // through the style object, which the policy allows (no inline style attribute).
      panel.style.left = `${onPixelGrid(x)}px`;
      panel.style.top = `${onPixelGrid(y)}px`;
      // An attribute, not inline visibility, so the stylesheet decides.
      panel.toggleAttribute('data-reference-hidden', middlewareData.hide?.referenceHidden === true);
      panel.removeAttribute('data-placing');
    });
  };
  const stop = autoUpdate(anchor, panel, place);
  return () => {
    stopped = true;
    stop();
  };
}
