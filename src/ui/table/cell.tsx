import { isReported } from '../../catalogue/vocabulary';
import { COLUMN_GROUPS, type ColumnSpec } from '../../domain/table/columns';
import { commonalityParts } from '../../domain/table/commonality';
import type { TableRow } from '../../domain/table/rows';
import { ComparisonToggle } from '../comparison/toggle';
import { TermText } from '../glossary/term';
import { CitationButton } from '../shared/citation-button';
import { PlatformIcon } from '../shared/platform-icon';
import { useActions } from '../shared/store-context';
import { ClampedText } from './clamped-text';

/** One cell of the table, drawn as its column's spec says. */
export function Cell({ row, spec }: { row: TableRow; spec: ColumnSpec }) {
  const { openDetail } = useActions();
  const text = spec.text(row);
  const source = spec.source(row);
  const citation = (
    <CitationButton source={source} subject={`${spec.header} of ${row.system.name}`} />
  );

  switch (spec.display) {
    case 'system':
      return (
        <th scope="row" className="col-system">
          <span className="system-cell">
            <ComparisonToggle itemId={row.id} label={row.system.name} />
            <PlatformIcon type={row.system.platformType} />
            <button type="button" className="link-button" onClick={() => openDetail(row.id)}>
              {text}
              <span className="visually-hidden">: open details</span>
            </button>
            <CitationButton source={source} subject={row.system.name} />
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
      return (
        <td
          className={`col-${spec.id} status ${reported ? 'status-yes' : 'status-no'}`}
          data-label={COLUMN_GROUPS[spec.group].label}
        >
          <ClampedText text={text} subject={`what Iran can supply for ${row.system.name}`}>
            <span className="status-mark" aria-hidden="true">
              {reported ? '●' : '○'}
            </span>
            {text}
          </ClampedText>
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
    case 'text':
      return (
        <td
          className={`col-${spec.id}${source.basis === 'reference' ? ' reference' : ''}`}
          data-label={spec.header}
        >
          {text === '' ? (
            <span className="empty">—</span>
          ) : (
            <ClampedText text={text} subject={`${spec.header} of ${row.system.name}`}>
              <TermText text={text} />
            </ClampedText>
          )}
          {citation}
        </td>
      );
  }
}
