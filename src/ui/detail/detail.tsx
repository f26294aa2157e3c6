import { useEffect, useMemo, useRef } from 'react';
import { COUNTRY_IDS } from '../../catalogue/vocabulary';
import { variantItemId, variantName } from '../../domain/comparison/items';
import { detailText } from '../../domain/export/detail-text';
import { inSentence } from '../../domain/view/in-sentence';
import { NAME_LIMIT, screenName } from '../../domain/view/screen-text';
import { ComparisonToggle } from '../shared/comparison-toggle';
import { detailCitations } from '../../domain/print/cited-sources';
import { levelNotes } from '../../domain/print/level-notes';
import { detailSentence } from '../../domain/print/sentences';
import { ExportControls } from '../export/controls';
import { PrintButton } from '../print/print-button';
import { PrintHeader } from '../print/print-header';
import { PrintNotes } from '../print/print-notes';
import { TermText } from '../glossary/term';
import { useRowsById } from '../shared/use-rows-by-id';
import { useSourceIndex } from '../shared/use-source-index';
import { PlatformIcon } from '../shared/platform-icon';
import { ScreenText } from '../shared/screen-text';
import { useActions, useApp } from '../shared/store-context';
import { CapabilityList } from './capability-list';
import { ReferenceList } from './reference-list';
import { VariantsTable } from './variants-table';

/** The detail of one system: its variants side by side, what Iran supplies, reference facts. */
export function DetailDialog() {
  const detailId = useApp((state) => state.view.detail);
  // Asked of the catalogue service, where the systems are; the dialog opens once it arrives.
  const ids = useMemo(() => (detailId === null ? [] : [detailId]), [detailId]);
  const row = useRowsById(ids).rows[0] ?? null;
  const glossary = useApp((state) =>
    state.catalogue.status === 'ready' && row
      ? state.catalogue.data.catalogue.glossary.find(
          (entry) => entry.platformType === row.system.platformType,
        )
      : undefined,
  );
  const { closeDetail } = useActions();
  const register = useSourceIndex();
  const dialog = useRef<HTMLDialogElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (row && !element.open) {
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', '');
      // Focus starts on Close, not on the first control (the platform type's glossary term,
      // whose definition would open over the title).
      closeButton.current?.focus();
    }
    if (!row && element.open) {
      if (typeof element.close === 'function') element.close();
      else element.removeAttribute('open');
    }
  }, [row]);

  return (
    <dialog
      ref={dialog}
      className="modal system-detail"
      aria-labelledby="detail-title"
      onClose={() => {
        if (detailId !== null) closeDetail();
      }}
    >
      {row ? (
        <article>
          <PrintHeader sentence={detailSentence(row.system, row.labels.platformType)} />
          <header className="detail-header">
            <div>
              <p className="eyebrow">
                <PlatformIcon type={row.system.platformType} />{' '}
                <TermText text={row.labels.platformType} />
              </p>
              <h2 id="detail-title">
                <ScreenText text={row.system.name} limit={NAME_LIMIT} />
              </h2>
            </div>
            <button
              ref={closeButton}
              type="button"
              className="icon-button"
              aria-label="Close details"
              onClick={closeDetail}
            >
              ×
            </button>
          </header>
          {/* The summary's words the glossary explains are marked, as in the table's cells. */}
          <p className="detail-summary">
            <TermText text={row.system.summary} />
          </p>

          <div className="section-head">
            <h3>Iraqi and Iranian variants</h3>
            <div className="toolbar">
              <ExportControls
                build={(options) => detailText(row, { ...options, register })}
                slugs={[row.system.name, 'variants']}
                what="this comparison"
              />
              <PrintButton />
            </div>
          </div>
          <VariantsTable row={row} />
          <p className="variant-picks">
            Compare a single variant:{' '}
            {COUNTRY_IDS.flatMap((country) =>
              row.system[country].map((variant) => {
                const name = screenName(variantName(country, variant));
                return (
                  <label key={`${country}-${variant.id}`} className="chip">
                    <ComparisonToggle
                      itemId={variantItemId(row.id, country, variant.id)}
                      label={name}
                    />
                    {name}
                  </label>
                );
              }),
            )}
          </p>

          <CapabilityList row={row} />
          <ReferenceList system={row.system} />

          {glossary ? (
            <aside className="glossary-entry" aria-label="Glossary">
              <h3>
                What is a <ScreenText text={inSentence(glossary.term)} />?
              </h3>
              <p>
                <ScreenText text={glossary.definition} />
              </p>
            </aside>
          ) : null}
          <PrintNotes cites={() => detailCitations(row)} levels={() => levelNotes([row])} legend />
        </article>
      ) : null}
    </dialog>
  );
}
