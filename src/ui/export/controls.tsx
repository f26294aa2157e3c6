import { useEffect, useRef, useState } from 'react';
import { countText } from '../../domain/view/count-text';
import { exportFileName } from '../../domain/export/file-name';
import {
  toLazyTableText,
  toTableText,
  type LazyTableText,
  type TableText,
} from '../../domain/export/lazy-table-text';
import { Disclosure } from '../shared/disclosure';
import { useApp } from '../shared/store-context';
import { DOWNLOAD_REFUSED, downloadText } from './download-text';

// The writers come in chunks of their own on the first press (or once the page is idle): the
// first view shows the buttons, not what they write (issue 22).
const loadCsv = () => import('../../domain/export/csv');
const loadCopyTable = () => import('./copy-table');
export const preloadExportWriters = () => Promise.all([loadCsv(), loadCopyTable()]);

const EXPORT_FILE_BASE = 'iraq-iran-commonality';
const CSV_MIME = 'text/csv;charset=utf-8';
const WRITER_MISSING =
  'The export part of the page could not be loaded (are you offline?). Reload the page and try again.';

type ExportOptions = { withSources: boolean };

/**
 * A file written elsewhere (by the catalogue service, where the rows are), in parts, with its
 * progress; settles with null when cancelled.
 */
export type FileWriter = (
  options: ExportOptions & { bom: boolean },
  onProgress: (done: number, total: number) => void,
) => { done: Promise<{ parts: Blob[]; rowCount: number } | null>; cancel: () => void };

/**
 * Export CSV and Copy as table for whatever table is on screen. `build` returns exactly what the
 * user sees, so the file and the clipboard cannot drift from the page; a lazy table writes its
 * rows only as the file needs them. Where `write` is given, the CSV is written by it instead,
 * with progress and Cancel.
 */
export function ExportControls({
  build,
  write,
  slugs,
  what,
}: {
  build: (options: ExportOptions) => TableText | LazyTableText | Promise<TableText | LazyTableText>;
  write?: FileWriter;
  slugs: readonly string[];
  what: string;
}) {
  const [withSources, setWithSources] = useState(true);
  const [bom, setBom] = useState(true);
  const [status, setStatus] = useState('');
  const [writing, setWriting] = useState<(() => void) | null>(null);
  const running = useRef<(() => void) | null>(null);

  // A file still being written when the controls go away is abandoned, not downloaded later.
  useEffect(() => () => running.current?.(), []);
  // What the status says belongs to the view it was said of: a new view clears it, unless a
  // file is still being written (its progress and outcome stay until it ends).
  const view = useApp((state) => state.view);
  useEffect(() => {
    if (!running.current) setStatus('');
  }, [view]);

  const download = (fileName: string, rowCount: number, parts: readonly BlobPart[]) => {
    downloadText(fileName, parts, CSV_MIME);
    // "Started", not "saved": the page cannot see whether the browser kept the file.
    setStatus(
      `Download started: ${countText(rowCount)} rows as ${fileName} — check your browser's downloads`,
    );
  };

  const writeElsewhere = async (writer: FileWriter, fileName: string) => {
    setStatus('Writing CSV… 0 %');
    const job = writer({ withSources, bom }, (done, total) =>
      setStatus(`Writing CSV… ${total === 0 ? 100 : Math.floor((done / total) * 100)} %`),
    );
    const cancel = () => {
      job.cancel();
      setStatus('Export cancelled.');
    };
    running.current = cancel;
    setWriting(() => cancel);
    try {
      const file = await job.done;
      if (file && running.current === cancel) download(fileName, file.rowCount, file.parts);
    } catch (error) {
      setStatus(error instanceof Error ? error.message : DOWNLOAD_REFUSED);
    } finally {
      running.current = null;
      setWriting(null);
    }
  };

  const exportCsv = async () => {
    if (running.current) return;
    const fileName = exportFileName({
      base: EXPORT_FILE_BASE,
      slugs,
      date: new Date(),
      extension: 'csv',
    });
    if (write) {
      await writeElsewhere(write, fileName);
      return;
    }
    const csv = await loadCsv().catch(() => null);
    if (!csv) {
      setStatus(WRITER_MISSING);
      return;
    }
    const { csvChunks } = csv;
    try {
      const table = toLazyTableText(await build({ withSources }));
      download(fileName, table.rowCount, [...csvChunks(table, { bom })]);
    } catch (error) {
      setStatus(error instanceof Error ? error.message : DOWNLOAD_REFUSED);
    }
  };

  const copy = async () => {
    try {
      const [table, { copyTable }] = await Promise.all([
        Promise.resolve(build({ withSources })).then(toTableText),
        loadCopyTable().catch(() => {
          throw new Error(WRITER_MISSING);
        }),
      ]);
      const result = await copyTable(table);
      setStatus(
        `Copied ${table.rows.length} rows as a table${result === 'rich' ? '' : ' (plain text)'}`,
      );
    } catch (error) {
      setStatus(error instanceof Error ? error.message : 'Copying failed.');
    }
  };

  return (
    <>
      <button
        type="button"
        onClick={() => void exportCsv()}
        aria-disabled={writing ? true : undefined}
      >
        Export CSV
      </button>
      {writing ? (
        <button type="button" onClick={writing}>
          Cancel export
        </button>
      ) : null}
      <button type="button" onClick={() => void copy()}>
        Copy as table
      </button>
      <Disclosure label="Export options" className="export-options">
        <fieldset>
          <legend>When exporting {what}</legend>
          <label>
            <input
              type="checkbox"
              checked={withSources}
              onChange={(event) => setWithSources(event.target.checked)}
            />
            Add a sources column and a grade and evidence column
          </label>
          <label>
            <input
              type="checkbox"
              checked={bom}
              onChange={(event) => setBom(event.target.checked)}
            />
            Byte-order mark, so Excel reads UTF-8
          </label>
        </fieldset>
      </Disclosure>
      <span className="toolbar-status" role="status" aria-live="polite">
        {status}
      </span>
    </>
  );
}
