/**
 * Locates and reads the peer conformance suites in `../shared/conformance`
 * (or `$ZIYARA_CONFORMANCE_DIR`). The data is never copied into the project.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The conformance folder, or `null` when it is absent (a user's clone). */
export function conformanceDir(): string | null {
  const fromEnv = process.env.ZIYARA_CONFORMANCE_DIR;
  const dir = fromEnv ? resolve(fromEnv) : resolve(projectRoot, '..', 'shared', 'conformance');
  return existsSync(dir) ? dir : null;
}

/** Why conformance tests skip when the data is absent. */
export const MISSING_MESSAGE =
  'conformance data not found: set ZIYARA_CONFORMANCE_DIR or check out ../shared/conformance beside the project';

/** Reads one JSON file of the conformance folder, e.g. `duckling-ar/numeral.json`. */
export function readConformanceJson<T = unknown>(relativePath: string): T {
  const dir = conformanceDir();
  if (!dir) throw new Error(MISSING_MESSAGE);
  return JSON.parse(readFileSync(join(dir, relativePath), 'utf8')) as T;
}

/** The seed article from `../shared/corpus/seed-article.txt`, or `null` when absent. */
export function readSeedArticle(): string | null {
  const fromEnv = process.env.ZIYARA_CORPUS_DIR;
  const file = fromEnv ? join(resolve(fromEnv), 'seed-article.txt') : resolve(projectRoot, '..', 'shared', 'corpus', 'seed-article.txt');
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}
