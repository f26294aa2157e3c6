/** One thing wrong with the data: which file, where in it, and what, in words a person can act on. */
export type CatalogueProblem = { file: string; path: string; message: string };
