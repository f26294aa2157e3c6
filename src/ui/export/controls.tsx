import { useEffect, useRef, useState } from 'react';
import { csvChunks, csvHead, csvRecords } from '../../domain/export/csv';
import { exportFileName } from '../../domain/export/file-name';
import {
  toLazyTableText,
  toTableText,
  type LazyTableText,
  type TableText,
} from '../../domain/export/lazy-table-text';
import { copyTable } from './copy-table';
import { Disclosure } from '../shared/disclosure';
import { useApp } from '../shared/store-context';
import { DOWNLOAD_REFUSED, downloadText } from './download-text';
import { writeInSlices } from './write-in-slices';

const EXPORT_FILE_BASE = 'iraq-iran-commonality';
/** Above this many rows the file is written in slices, with progress and Cancel. */
export const SLICED_EXPORT_ROWS = 5000;
const CSV_MIME = 'text/csv;charset=utf-8';

/**
 * Export CSV and Copy as table for whatever table is on screen. `build` returns exactly what the
 * user sees, so the file and the clipboard cannot drift from the page; a lazy table writes its
 * rows only as the file needs them.
 */
export function ExportControls({
  build,
  slugs,
  what,
}: {
  build: (options: { withSources: boolean }) => TableText | LazyTableText;
  slugs: readonly string[];
  what: string;
}) {
  const [withSources, setWithSources] = useState(true);
  const [bom, setBom] = useState(true);
  const [status, setStatus] = useState('');
  const [writing, setWriting] = useState<AbortController | null>(null);
  const running = useRef<AbortController | null>(null);

  // A file still being written when the controls go away is abandoned, not downloaded later.
  useEffect(() => () => running.current?.abort(), []);
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
      `Download started: ${rowCount.toLocaleString('en')} rows as ${fileName} — check your browser's downloads`,
    );
  };

  const writeSliced = async (table: LazyTableText, fileName: string) => {
    const controller = new AbortController();
    running.current = controller;
    setWriting(controller);
    setStatus('Writing CSV… 0 %');
    try {
      const rows = await writeInSlices(
        table.rowCount,
        (start, end) => csvRecords(table, start, end),
        {
          signal: controller.signal,
          onProgress: (done) => setStatus(`Writing CSV… ${Math.floor(done * 100)} %`),
        },
      );
      download(fileName, table.rowCount, [csvHead(table, { bom }), ...rows]);
    } catch (error) {
      if (controller.signal.aborted) {
        setStatus('Export cancelled.');
      } else {
        setStatus(error instanceof Error ? error.message : DOWNLOAD_REFUSED);
      }
    } finally {
      running.current = null;
      setWriting(null);
    }
  };

  const exportCsv = () => {
    if (running.current) return;
    const table = toLazyTableText(build({ withSources }));
    const fileName = exportFileName({
      base: EXPORT_FILE_BASE,
      slugs,
      date: new Date(),
      extension: 'csv',
    });
    if (table.rowCount > SLICED_EXPORT_ROWS) {
      void writeSliced(table, fileName);
      return;
    }
    try {
      download(fileName, table.rowCount, [...csvChunks(table, { bom })]);
    } catch (error) {
      setStatus(error instanceof Error ? error.message : DOWNLOAD_REFUSED);
    }
  };

  const copy = async () => {
    const table = toTableText(build({ withSources }));
    try {
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
      <button type="button" onClick={exportCsv} aria-disabled={writing ? true : undefined}>
        Export CSV
      </button>
      {writing ? (
        <button type="button" onClick={() => writing.abort()}>
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
