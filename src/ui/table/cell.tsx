import { memo } from 'react';
import { isReported } from '../../catalogue/vocabulary';
import { COLUMN_GROUPS } from '../../domain/table/column-groups';
import type { ColumnSpec } from '../../domain/table/columns';
import { commonalityParts } from '../../domain/table/commonality-text';
import type { TableRow } from '../../domain/table/rows';
import { NAME_LIMIT, screenName, screenParts } from '../../domain/view/screen-text';
import { ComparisonToggle } from '../shared/comparison-toggle';
import { TermText } from '../glossary/term';
import { CitationButton } from '../shared/citation-button';
import { PlatformIcon } from '../shared/platform-icon';
import { CutMark, ScreenText } from '../shared/screen-text';
import { useActions } from '../shared/store-context';
import { ClampedText } from './clamped-text';

/**
 * One cell of the table, drawn as its column's spec says. Memoised: a row's object stays the same
 * while the row does, so an answer that only moves or keeps rows redraws none of their cells.
 */
export const Cell = memo(function Cell({ row, spec }: { row: TableRow; spec: ColumnSpec }) {
  const { openDetail } = useActions();
  const text = spec.text(row);
  const source = spec.source(row);
  // Names go into labels too: a 20 MB name must not go into a dozen attributes per row.
  const name = screenName(row.system.name);
  const citation = <CitationButton source={source} subject={`${spec.header} of ${name}`} />;

  switch (spec.display) {
    case 'system':
      return (
        <th scope="row" className="col-system">
          <span className="system-cell">
            <ComparisonToggle itemId={row.id} label={name} />
            <PlatformIcon type={row.system.platformType} />
            <button type="button" className="link-button" onClick={() => openDetail(row.id)}>
              <ScreenText text={text} limit={NAME_LIMIT} />
              <span className="visually-hidden">: open details</span>
            </button>
            <CitationButton source={source} subject={name} />
          </span>
        </th>
      );
    case 'status': {
      const status = spec.status?.(row);
      const reported = status !== undefined && isReported(status) && !text.includes('set aside');
      return (
        <td
          className={`col-${spec.id} status ${reported ? 'status-yes' : 'status-no'}`}
          data-label={spec.header}
        >
          <span className="status-mark" aria-hidden="true">
            {reported ? '●' : '○'}
          </span>
          <TermText text={text} />
          {citation}
        </td>
      );
    }
    case 'supply': {
      const reported = row.reportedCapabilities.length > 0;
      // Cut before the clamp, with the mark after it, so the mark shows while the text is folded.
      const { shown, mark } = screenParts(text);
      return (
        <td
          className={`col-${spec.id} status ${reported ? 'status-yes' : 'status-no'}`}
          data-label={COLUMN_GROUPS[spec.group].label}
        >
          <ClampedText text={text} subject={`what Iran can supply for ${name}`}>
            <span className="status-mark" aria-hidden="true">
              {reported ? '●' : '○'}
            </span>
            {shown}
          </ClampedText>
          <CutMark mark={mark} />
          {citation}
        </td>
      );
    }
    case 'level': {
      const { label, qualifier } = commonalityParts(row.commonality);
      return (
        <td className={`col-${spec.id}`} data-label={spec.header}>
          <span className={`level level-${row.commonality.level}`}>{label}</span>
          {qualifier ? (
            <span className="level-qualifier">
              <span className="visually-hidden level-separator"> · </span>
              {qualifier}
            </span>
          ) : null}
          {citation}
        </td>
      );
    }
    case 'text': {
      const { shown, mark } = screenParts(text);
      return (
        <td
          className={`col-${spec.id}${source.basis === 'reference' ? ' reference' : ''}`}
          data-label={spec.header}
        >
          {text === '' ? (
            <span className="empty">—</span>
          ) : (
            <>
              <ClampedText text={shown} subject={`${spec.header} of ${name}`}>
                <TermText text={shown} />
              </ClampedText>
              <CutMark mark={mark} />
            </>
          )}
          {citation}
        </td>
      );
    }
  }
});
