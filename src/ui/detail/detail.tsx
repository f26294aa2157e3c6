import { useEffect, useRef } from 'react';
import {
  CAPABILITY_KINDS,
  CAPABILITY_KIND_IDS,
  CAPABILITY_STATUSES,
  PLATFORM_TYPES,
  REFERENCE_FACT_KINDS,
  REFERENCE_FACT_KIND_IDS,
} from '../../catalogue/vocabulary';
import { COMMONALITY_LEVELS, COMMONALITY_RULE } from '../../domain/table/commonality';
import { variantCompareItemId } from '../../domain/comparison/items';
import { variantComparison, variantComparisonText } from '../../domain/detail/variants';
import { ExportControls } from '../export/controls';
import { CitationButton } from '../shared/citation-button';
import { CompareToggle } from '../comparison/toggle';
import { PlatformIcon } from '../shared/platform-icon';
import { useActions, useApp } from '../shared/store-context';

/** The open system: its variants side by side, what Iran supplies, reference facts, glossary. */
export function SystemDetail() {
  const detailId = useApp((state) => state.view.detail);
  const ready = useApp((state) => (state.catalogue.status === 'ready' ? state.catalogue : null));
  const { closeDetail } = useActions();
  const dialog = useRef<HTMLDialogElement>(null);
  const row = ready?.rows.find((entry) => entry.id === detailId) ?? null;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (row && !element.open) {
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', '');
    }
    if (!row && element.open) {
      if (typeof element.close === 'function') element.close();
      else element.removeAttribute('open');
    }
  }, [row]);

  const glossary = row
    ? ready?.data.catalogue.glossary.find((entry) => entry.platformType === row.system.platformType)
    : undefined;

  return (
    <dialog
      ref={dialog}
      className="system-detail"
      aria-labelledby="detail-title"
      onClose={() => {
        if (detailId !== null) closeDetail();
      }}
    >
      {row ? (
        <article>
          <header className="detail-header">
            <div>
              <p className="eyebrow">
                <PlatformIcon type={row.system.platformType} />{' '}
                {PLATFORM_TYPES[row.system.platformType].label}
              </p>
              <h2 id="detail-title">{row.system.name}</h2>
            </div>
            <button
              type="button"
              className="icon-button"
              aria-label="Close details"
              onClick={closeDetail}
            >
              ×
            </button>
          </header>
          <p className="detail-summary">{row.system.summary}</p>

          <div className="section-head">
            <h3>Iraqi and Iranian variants</h3>
            <div className="toolbar">
              <ExportControls
                build={(options) => variantComparisonText(row.system, options)}
                slugs={[row.system.name, 'variants']}
                what="this comparison"
              />
            </div>
          </div>
          <table className="side-by-side">
            <thead>
              <tr>
                <th scope="col">Attribute</th>
                <th scope="col">Iraq</th>
                <th scope="col">Iran</th>
              </tr>
            </thead>
            <tbody>
              {variantComparison(row.system).map((attribute) => (
                <tr key={attribute.attribute} className={attribute.differs ? 'differs' : 'same'}>
                  <th scope="row">
                    {attribute.attribute}
                    <span className="diff-tag">{attribute.differs ? 'differs' : 'same'}</span>
                  </th>
                  {(['iraq', 'iran'] as const).map((country) => (
                    <td key={country}>
                      {attribute[country].text || <span className="empty">not stated</span>}
                      {attribute[country].text ? (
                        <CitationButton
                          source={{ basis: 'sourced', cites: attribute[country].cites }}
                          subject={`${attribute.attribute.toLowerCase()}, ${country === 'iraq' ? 'Iraqi' : 'Iranian'} side`}
                        />
                      ) : null}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <p className="variant-picks">
            Compare a single variant:{' '}
            {(['iraq', 'iran'] as const).flatMap((country) =>
              row.system[country].map((variant) => (
                <label key={`${country}-${variant.id}`} className="chip">
                  <CompareToggle
                    itemId={variantCompareItemId(row.id, country, variant.id)}
                    label={`${country === 'iraq' ? 'Iraqi' : 'Iranian'} ${variant.designation}`}
                  />
                  {country === 'iraq' ? 'Iraqi' : 'Iranian'} {variant.designation}
                </label>
              )),
            )}
          </p>

          <h3>What Iran can make or supply</h3>
          <ul className="capability-list">
            {CAPABILITY_KIND_IDS.map((kind) => {
              const capability = row.capabilities[kind];
              if (!capability) return null;
              const reported = capability.status === 'reported';
              return (
                <li key={kind} className={reported ? 'status-yes' : 'status-no'}>
                  <span className="status-mark" aria-hidden="true">
                    {reported ? '●' : '○'}
                  </span>
                  <strong>{CAPABILITY_KINDS[kind].label}:</strong>{' '}
                  {CAPABILITY_STATUSES[capability.status].label}. {capability.detail}
                  <CitationButton
                    source={{ basis: 'sourced', cites: capability.cites }}
                    subject={`${CAPABILITY_KINDS[kind].label.toLowerCase()} of ${row.system.name}`}
                  />
                </li>
              );
            })}
          </ul>
          <p>
            <strong>Commonality: {COMMONALITY_LEVELS[row.commonality].label}</strong> —{' '}
            {COMMONALITY_LEVELS[row.commonality].description}.
          </p>
          <details className="rule">
            <summary>How the commonality level is worked out</summary>
            <p>{COMMONALITY_RULE}</p>
          </details>

          <h3>General reference</h3>
          <dl className="reference-list">
            {REFERENCE_FACT_KIND_IDS.map((kind) => (
              <div key={kind} className="reference">
                <dt>{REFERENCE_FACT_KINDS[kind].label}</dt>
                <dd>
                  {row.system.reference[kind]?.value ?? <span className="empty">not recorded</span>}
                  {row.system.reference[kind] ? (
                    <CitationButton
                      source={{ basis: 'reference' }}
                      subject={`${REFERENCE_FACT_KINDS[kind].label.toLowerCase()} of ${row.system.name}`}
                    />
                  ) : null}
                </dd>
              </div>
            ))}
          </dl>

          {glossary ? (
            <aside className="glossary-entry" aria-label="Glossary">
              <h3>What is a {glossary.term.toLowerCase()}?</h3>
              <p>{glossary.definition}</p>
            </aside>
          ) : null}
        </article>
      ) : null}
    </dialog>
  );
}
