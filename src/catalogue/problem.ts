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
