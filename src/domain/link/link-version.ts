// The link's version key. The query string is a public interface, so a link written by an older
// version is migrated, not broken, and one from a newer version is read as far as it can be.
import { quote } from '../view/quote';
import type { IgnoredParts } from './ignored-parts';

export const VIEW_URL_VERSION = 1;
export const VERSION_KEY = 'v';

/** Rewrites version N's parameters into version N + 1's. Keyed by N. */
export type ViewUrlMigration = (params: ReadonlyMap<string, string>) => Map<string, string>;
const VIEW_URL_MIGRATIONS: ReadonlyMap<number, ViewUrlMigration> = new Map();

/** Takes the version key out of `params` and returns the version to read the rest as. */
export function readVersion(params: Map<string, string>, report: IgnoredParts): number {
  const raw = params.get(VERSION_KEY);
  params.delete(VERSION_KEY);
  // A link without `v` is hand-typed or hand-trimmed; read it as today's format.
  if (raw === undefined) return VIEW_URL_VERSION;
  const fallback = `read as version ${VIEW_URL_VERSION}`;
  if (!/^[0-9]{1,6}$/u.test(raw)) {
    report.add(VERSION_KEY, raw, `unknown link version ${quote(raw)}: ${fallback}`);
    return VIEW_URL_VERSION;
  }
  const version = Number(raw);
  if (version < 1) {
    report.add(VERSION_KEY, raw, `there is no link version ${version}: ${fallback}`);
    return VIEW_URL_VERSION;
  }
  if (version > VIEW_URL_VERSION) {
    report.add(
      VERSION_KEY,
      raw,
      `link made by a newer version of the app (${version}): ${fallback}, so some parts may be ignored`,
    );
    return VIEW_URL_VERSION;
  }
  return version;
}

export function migrateViewParams(
  params: ReadonlyMap<string, string>,
  fromVersion: number,
  migrations: ReadonlyMap<number, ViewUrlMigration> = VIEW_URL_MIGRATIONS,
  toVersion: number = VIEW_URL_VERSION,
): Map<string, string> {
  let current = new Map(params);
  for (let version = fromVersion; version < toVersion; version += 1) {
    const step = migrations.get(version);
    if (step) current = step(current);
  }
  return current;
}
