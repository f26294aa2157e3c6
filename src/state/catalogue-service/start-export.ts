// An export request started: its writer is a chunk of its own, loaded on the first export, and
// whatever it throws reaches the page as a failed export rather than a silent one.
import type { Source } from '../../catalogue/register-schema';
import type { RowIndex } from '../../domain/table/row-index';
import type { CatalogueReply, CatalogueRequest } from './protocol';

type ExportRequest = Extract<CatalogueRequest, { type: 'export' }>;

/** Ends with `finished`, whatever happened: the request is no longer under way. */
export function startExport(
  source: { index: RowIndex; sources: readonly Source[] },
  request: ExportRequest,
  reply: (reply: CatalogueReply) => void,
  pause: () => Promise<void>,
  isLive: () => boolean,
  finished: () => void,
): void {
  void import('./export')
    .then(({ writeExport }) => writeExport(source, request, reply, pause, isLive))
    .then((written) => {
      if (!written) reply({ id: request.id, type: 'dropped' });
    })
    .catch((error: unknown) =>
      reply({
        id: request.id,
        type: 'failed',
        problems: [
          {
            file: '(export)',
            path: '(file)',
            message: error instanceof Error ? error.message : String(error),
          },
        ],
        total: 1,
      }),
    )
    .finally(finished);
}
