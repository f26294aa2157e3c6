// What a citation's popover says of its grade: the report it rests on where its document relays
// one ("reported by the US State Department, carried by BBC News"), and the grade of the item
// itself, which may differ from the document's on either axis (issue 21, N22).
import type { Citation } from '../../catalogue/schema';
import type { Source, SourceReport } from '../../catalogue/register-schema';
import { gradeId, gradeWords, gradingOf, itemGrade } from './trust';

/** The report a citation names, if its source carries one by that id. */
export const citedReport = (
  cite: Pick<Citation, 'report'>,
  source: Pick<Source, 'reports'>,
): SourceReport | undefined =>
  cite.report === undefined
    ? undefined
    : source.reports?.find((report) => report.id === cite.report);

/** "reported by US State Department, carried by BBC News"; a report with no carrier names none. */
export const reportedByText = (report: Pick<SourceReport, 'originator' | 'carrier'>): string =>
  `reported by ${report.originator}${report.carrier ? `, carried by ${report.carrier}` : ''}`;

type CitationGrade = {
  /** Who the item comes from, where the citation names a report: "reported by …, carried by …". */
  reportedBy: string | null;
  /** The item's grade in words: "graded B3 (usually reliable source, information possibly true)". */
  graded: string;
  /** Where the item's grade is not the document's, each axis that differs and why. */
  differences: string[];
};

/** The item's grade and where it comes from, for one citation of a source in the register. */
export function citationGrade(
  cite: Pick<Citation, 'credibility' | 'report'>,
  source: Pick<Source, 'grade' | 'reports'>,
): CitationGrade {
  const report = citedReport(cite, source);
  const id = gradeId(itemGrade(cite, gradingOf(source)));
  const own = source.grade;
  const differences: string[] = [];
  if (report && report.reliability !== own.reliability)
    differences.push(
      `reliability ${report.reliability} is the originator's, the document's own ${own.reliability}`,
    );
  if (cite.credibility && cite.credibility !== own.credibility)
    differences.push(`this item ${cite.credibility}, the source's own ${own.credibility}`);
  return {
    reportedBy: report ? reportedByText(report) : null,
    graded: `graded ${id} (${gradeWords(id)})`,
    differences,
  };
}
