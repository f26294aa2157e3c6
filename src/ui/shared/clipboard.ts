// Writing to the clipboard, with fallbacks for browsers and contexts that refuse the async API.

export async function writeRich(plain: string, html: string): Promise<boolean> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) return false;
  try {
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/plain': new Blob([plain], { type: 'text/plain' }),
        'text/html': new Blob([html], { type: 'text/html' }),
      }),
    ]);
    return true;
  } catch {
    return false;
  }
}

async function writePlain(plain: string): Promise<boolean> {
  if (!navigator.clipboard?.writeText) return false;
  try {
    await navigator.clipboard.writeText(plain);
    return true;
  } catch {
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

/** Copies plain text by whatever means the browser allows; false when none worked. */
export async function copyText(plain: string): Promise<boolean> {
  return (await writePlain(plain)) || writeWithTextarea(plain);
}
