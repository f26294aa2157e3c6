export const DOWNLOAD_REFUSED =
  'The browser did not allow the download. Try again, or use Copy as table instead.';

/**
 * Hands the file's parts (strings or Blobs, in order) to the browser as one download; the parts
 * are never joined into one string. Throws an Error with DOWNLOAD_REFUSED when the browser refuses
 * (a blocked blob URL, a sandboxed frame); whether the file was then saved is something a page
 * cannot know.
 */
export function downloadText(fileName: string, parts: readonly BlobPart[], mime: string): void {
  let url: string;
  try {
    url = URL.createObjectURL(new Blob([...parts], { type: mime }));
  } catch (error) {
    throw new Error(DOWNLOAD_REFUSED, { cause: error });
  }
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } catch (error) {
    URL.revokeObjectURL(url);
    throw new Error(DOWNLOAD_REFUSED, { cause: error });
  } finally {
    link.remove();
  }
  // Revoking in the same task can cancel the download in Firefox and older Safari.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
