import { useState } from 'react';
import { csvChunks, type TableText } from '../../domain/export/csv';
import { exportFileName } from '../../domain/export/file-name';
import { copyTable } from './copy-table';
import { Disclosure } from '../shared/disclosure';
import { DOWNLOAD_REFUSED, downloadText } from './download-text';

export const EXPORT_FILE_BASE = 'iraq-iran-commonality';

/**
 * Export CSV and Copy as table for whatever table is on screen. `build` returns exactly what the
 * user sees, so the file and the clipboard cannot drift from the page.
 */
export function ExportControls({
  build,
  slugs,
  what,
}: {
  build: (options: { withSources: boolean }) => TableText;
  slugs: readonly string[];
  what: string;
}) {
  const [withSources, setWithSources] = useState(true);
  const [bom, setBom] = useState(true);
  const [status, setStatus] = useState('');

  const exportCsv = () => {
    const table = build({ withSources });
    const fileName = exportFileName({
      base: EXPORT_FILE_BASE,
      slugs,
      date: new Date(),
      extension: 'csv',
    });
    try {
      downloadText(fileName, [...csvChunks(table, { bom })], 'text/csv;charset=utf-8');
      // "Started", not "saved": the page cannot see whether the browser kept the file.
      setStatus(`Download started: ${table.rows.length} rows as ${fileName}`);
    } catch (error) {
      setStatus(error instanceof Error ? error.message : DOWNLOAD_REFUSED);
    }
  };

  const copy = async () => {
    const table = build({ withSources });
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
      <button type="button" onClick={exportCsv}>
        Export CSV
      </button>
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
            Add a sources column
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
