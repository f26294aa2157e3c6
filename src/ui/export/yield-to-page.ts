/**
 * Resolves in a new task, so the page can paint and handle input before the next slice of work.
 * A MessageChannel message is not clamped to 4 ms the way nested setTimeout calls are (HTML
 * timers: "nesting level greater than 5"), which would add seconds over a few hundred slices.
 */
export function yieldToPage(): Promise<void> {
  if (typeof MessageChannel === 'undefined') {
    return new Promise((resolve) => setTimeout(resolve, 0));
  }
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
