// The printed header and notes of the workspace: the table's, or the comparison's when it is open.
import {
  comparisonCitations,
  mentionedCitations,
  tableCitations,
} from '../../domain/print/cited-sources';
import { levelNotes } from '../../domain/print/level-notes';
import { leftOutAttributesNote, leftOutColumnsNote } from '../../domain/print/left-out';
import { PRINTED_ROWS_MAX, printedRows } from '../../domain/print/printed-rows';
import { comparisonSentence } from '../../domain/print/sentences';
import { useComparisonModel } from '../comparison/use-model';
import { useApp } from '../shared/store-context';
import type { TableModel } from '../table/use-table';
import { useViewSentence } from '../table/use-view-sentence';
import { PrintHeader } from './print-header';
import { PrintNotes } from './print-notes';

export function ViewPrintHeader({ model }: { model: TableModel }) {
  const tableSentence = useViewSentence(model);
  const comparisonOpen = useApp((state) => state.view.comparisonOpen);
  const view = useApp((state) => state.view);
  const mode = view.comparisonMode;
  const comparison = useComparisonModel();
  const sentence = comparisonOpen ? comparisonSentence(comparison, mode) : tableSentence;
  const notes = comparisonOpen
    ? [leftOutAttributesNote(comparison, view)]
    : [printedRows(model.arrived(PRINTED_ROWS_MAX), model.shown).note, leftOutColumnsNote(view)];
  return <PrintHeader sentence={sentence} notes={notes} />;
}

export function ViewPrintNotes({ model }: { model: TableModel }) {
  const comparisonOpen = useApp((state) => state.view.comparisonOpen);
  const showMentioned = useApp((state) => state.view.showMentioned);
  const catalogue = useApp((state) =>
    state.catalogue.status === 'ready' ? state.catalogue.data.catalogue : null,
  );
  const comparison = useComparisonModel();
  const cites = () => [
    ...(comparisonOpen
      ? comparisonCitations(comparison)
      : tableCitations(
          printedRows(model.arrived(PRINTED_ROWS_MAX), model.shown).rows,
          model.table
            .getVisibleLeafColumns()
            .flatMap((column) => column.columnDef.meta?.spec ?? []),
        )),
    ...(showMentioned && catalogue ? mentionedCitations(catalogue) : []),
  ];
  const levels = () =>
    levelNotes(
      comparisonOpen
        ? comparison.items.map((item) => item.row)
        : printedRows(model.arrived(PRINTED_ROWS_MAX), model.shown).rows,
    );
  return <PrintNotes cites={cites} levels={levels} />;
}
