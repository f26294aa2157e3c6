/** One thing wrong with the data: which file, where in it, and what, in words a person can act on. */
export type CatalogueProblem = {
  file: string;
  path: string;
  message: string;
  /**
   * Set when the file never arrived: `network` when the request failed before any answer,
   * `server` when the server answered with an error. Nothing is then known about the file itself.
   */
  delivery?: 'network' | 'server';
};

/**
 * What checking a file found: its first problems, how many there were in all, and, when checking
 * stopped at a stage before the last, what it never reached, so "One problem was found" is not
 * read as all there is.
 */
export type FoundProblems = {
  problems: CatalogueProblem[];
  total: number;
  /** What was not checked, in words: "each system, and the links between facts and sources". */
  unchecked?: string;
};

/** Just the problems of a result or a message, to pass on in another. */
export const foundIn = ({ problems, total, unchecked }: FoundProblems): FoundProblems => ({
  problems,
  total,
  ...(unchecked ? { unchecked } : {}),
});
