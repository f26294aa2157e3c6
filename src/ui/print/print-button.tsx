/**
 * Opens the browser's print dialog, where "Save as PDF" is one of the printers; `prepare` first
 * fetches what paper shows and the page does not hold yet.
 */
export function PrintButton({ prepare }: { prepare?: () => Promise<unknown> }) {
  const print = () => {
    if (!prepare) return window.print();
    void prepare().then(() => window.print());
  };
  return (
    <button type="button" onClick={print}>
      Print
    </button>
  );
}
