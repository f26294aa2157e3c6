// Writing to the clipboard, with fallbacks for browsers and contexts that refuse the async API.

/** How long a clipboard call may go unanswered before the page stops waiting and says so. */
export const CLIPBOARD_PATIENCE_MS = 4000;

/** The browser neither copied nor refused in time (a permission prompt left open, a stuck call). */
class ClipboardSilent extends Error {
  constructor() {
    super(
      `The browser did not answer the copy within ${CLIPBOARD_PATIENCE_MS / 1000} seconds, so it may not be on the clipboard. Try again, or download the table as CSV instead.`,
    );
  }
}

function patiently<T>(call: Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new ClipboardSilent()), CLIPBOARD_PATIENCE_MS);
    call.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** Copies text and HTML; false when refused, ClipboardSilent when the browser never answers. */
export async function writeRich(plain: string, html: string): Promise<boolean> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) return false;
  try {
    await patiently(
      navigator.clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([plain], { type: 'text/plain' }),
          'text/html': new Blob([html], { type: 'text/html' }),
        }),
      ]),
    );
    return true;
  } catch (error) {
    if (error instanceof ClipboardSilent) throw error;
    return false;
  }
}

async function writePlain(plain: string): Promise<boolean> {
  if (!navigator.clipboard?.writeText) return false;
  try {
    await patiently(navigator.clipboard.writeText(plain));
    return true;
  } catch (error) {
    if (error instanceof ClipboardSilent) throw error;
    return false;
  }
}

// Last resort for non-secure contexts (plain http), where navigator.clipboard is undefined.
function writeWithTextarea(plain: string): boolean {
  const textarea = document.createElement('textarea');
  textarea.value = plain;
  textarea.setAttribute('readonly', '');
  textarea.style.position = 'fixed';
  textarea.style.opacity = '0';
  document.body.append(textarea);
  const previousFocus = document.activeElement;
  textarea.focus({ preventScroll: true });
  textarea.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    textarea.remove();
    if (previousFocus instanceof HTMLElement) previousFocus.focus();
  }
}

/**
 * Copies plain text by whatever means the browser allows; false when none worked. An async write
 * the browser never answers gives way to the fallback after CLIPBOARD_PATIENCE_MS.
 */
export async function copyText(plain: string): Promise<boolean> {
  try {
    if (await writePlain(plain)) return true;
  } catch (error) {
    if (!(error instanceof ClipboardSilent)) throw error;
  }
  return writeWithTextarea(plain);
}
