/**
 * `npm run size` (after `npm run build`): the size of each public entry as a consumer's
 * bundler would ship it — bundled from `dist/` with esbuild, minified, gzipped — printed as a
 * table and written to `reports/size.json`. zod is a peer dependency, so it is left out of
 * every bundle, as a consumer who shares one copy of it would see.
 *
 * A second table measures what one named import from `ziyara/temporal` ships («import { toHijri }
 * from 'ziyara/temporal'»), which is what most consumers pay: the bundler drops what the import does
 * not reach. Imports that convert no Hijri date must not ship the Umm al-Qura table.
 *
 * Exit code: 2 when `ziyara/temporal` reaches zod or an import ships what it must not (a broken
 * build, which CI fails on); 1 when only a size budget is exceeded. chrono-node, the peer the
 * benchmark races, is measured the same way for comparison (no budget).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Each public entry, its built ESM file and its gzip budget in bytes (`null`: measured, no budget). */
const ENTRIES = [
  { name: 'ziyara/temporal', file: 'dist/temporal.js', source: 'src/temporal.ts', gzipBudget: 25 * 1024, mustNotReachZod: true },
  { name: 'ziyara/schemas', file: 'dist/schemas.js', source: 'src/schemas.ts', gzipBudget: null, mustNotReachZod: false },
  { name: 'ziyara/extract', file: 'dist/extract.js', source: 'src/extract.ts', gzipBudget: null, mustNotReachZod: false },
  { name: 'ziyara', file: 'dist/index.js', source: 'src/index.ts', gzipBudget: null, mustNotReachZod: false },
] as const;

/** Peers bundled the same way, for scale: chrono-node with all its locales, and its English entry alone. */
const PEERS = ['chrono-node', 'chrono-node/en'] as const;

/** The Umm al-Qura table's module, which only the Hijri-aware imports may ship. */
const HIJRI_TABLE = '@tabby_ai/hijri-converter/dist/_lib/ummalqura.js';

/** Named imports from `ziyara/temporal`, one task each, and whether they convert Hijri dates. */
const IMPORTS = [
  { names: ['normalizeArabic'], convertsHijri: false },
  { names: ['parseMonthName'], convertsHijri: false },
  { names: ['formatArabicDuration'], convertsHijri: false },
  { names: ['parseArabicNumber', 'findArabicNumbers'], convertsHijri: false },
  { names: ['parseDuration'], convertsHijri: false },
  { names: ['toHijri', 'toGregorian'], convertsHijri: true },
  { names: ['formatArabicDate'], convertsHijri: true },
  { names: ['parseDate', 'findTemporal'], convertsHijri: true },
] as const;

/** One row of the report. */
interface SizeRow {
  entry: string;
  minifiedBytes: number;
  gzipBytes: number;
  gzipBudget: number | null;
  reachesZod: boolean;
  ok: boolean;
  /** The largest inputs (minified bytes in the bundle), to show where the bytes go. */
  largestInputs: { input: string; bytes: number }[];
}

/** Does the bundle import zod, or did any input come from zod's package? */
function reachesZod(metafile: Metafile): boolean {
  const fromZodPackage = Object.keys(metafile.inputs).some((input) => input.includes('node_modules/zod/'));
  const importsZod = Object.values(metafile.outputs).some((output) => output.imports.some((imported) => imported.path === 'zod' || imported.path.startsWith('zod/')));
  return fromZodPackage || importsZod;
}

/** Bundles `export * from <file or package>` (or only `names` from it) as a consumer's bundler would. */
function bundle(file: string, isPackage = false, names?: readonly string[]) {
  const from = JSON.stringify(isPackage ? file : join(root, file));
  return build({
    stdin: { contents: names ? `export { ${names.join(', ')} } from ${from};` : `export * from ${from};`, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    // Arabic text as UTF-8, as the published files ship it, not as \uXXXX escapes.
    charset: 'utf8',
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    external: ['zod', 'zod/*'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
}

async function measure(entry: (typeof ENTRIES)[number]): Promise<SizeRow> {
  const result = await bundle(entry.file);
  const code = result.outputFiles[0]!.contents;
  const gzipBytes = gzipSync(code, { level: 9 }).length;
  const zod = reachesZod(result.metafile);
  const overBudget = entry.gzipBudget !== null && gzipBytes > entry.gzipBudget;
  // dist/ is a few chunks; bundling the source instead shows which source files the bytes come from.
  const fromSource = await bundle(entry.source);
  const largestInputs = Object.values(fromSource.metafile.outputs)
    .flatMap((output) => Object.entries(output.inputs).map(([input, { bytesInOutput }]) => ({ input, bytes: bytesInOutput })))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 8);
  return { entry: entry.name, minifiedBytes: code.length, gzipBytes, gzipBudget: entry.gzipBudget, reachesZod: zod, ok: !overBudget && !(entry.mustNotReachZod && zod), largestInputs };
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

const missing = ENTRIES.filter((entry) => !existsSync(join(root, entry.file)));
if (missing.length > 0) {
  console.error(`size: ${missing.map((entry) => entry.file).join(', ')} not found; run \`npm run build\` first`);
  process.exit(1);
}

/** One named import's bundle: its size, and whether it ships the Umm al-Qura table. */
async function measureImport(entry: (typeof IMPORTS)[number]) {
  const result = await bundle('dist/temporal.js', false, entry.names);
  const code = result.outputFiles[0]!.contents;
  // A module the bundler read but dropped is listed with 0 bytes in the output.
  const shipsHijriTable = Object.values(result.metafile.outputs).some((output) =>
    Object.entries(output.inputs).some(([input, { bytesInOutput }]) => input.endsWith(HIJRI_TABLE) && bytesInOutput > 0),
  );
  return { names: entry.names, minifiedBytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length, shipsHijriTable, ok: entry.convertsHijri || !shipsHijriTable };
}

const rows: SizeRow[] = [];
for (const entry of ENTRIES) rows.push(await measure(entry));
console.log('| entry | minified | gzip | gzip budget | imports zod | |');
console.log('| --- | ---: | ---: | ---: | --- | --- |');
for (const row of rows) {
  console.log(`| \`${row.entry}\` | ${kilobytes(row.minifiedBytes)} | ${kilobytes(row.gzipBytes)} | ${row.gzipBudget === null ? '—' : kilobytes(row.gzipBudget)} | ${row.reachesZod ? 'yes (peer, not bundled)' : 'no'} | ${row.ok ? 'ok' : 'FAIL'} |`);
}
const peers: { peer: string; minifiedBytes: number; gzipBytes: number }[] = [];
for (const peer of PEERS) {
  const code = (await bundle(peer, true)).outputFiles[0]!.contents;
  peers.push({ peer, minifiedBytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length });
}
for (const row of peers) console.log(`| \`${row.peer}\` (peer, for scale) | ${kilobytes(row.minifiedBytes)} | ${kilobytes(row.gzipBytes)} | — | — | |`);
const imports = [];
for (const entry of IMPORTS) imports.push(await measureImport(entry));
console.log('\n| one import from `ziyara/temporal` | minified | gzip | Umm al-Qura table | |');
console.log('| --- | ---: | ---: | --- | --- |');
for (const row of imports) {
  console.log(`| \`{ ${row.names.join(', ')} }\` | ${kilobytes(row.minifiedBytes)} | ${kilobytes(row.gzipBytes)} | ${row.shipsHijriTable ? 'shipped' : 'not shipped'} | ${row.ok ? 'ok' : 'FAIL'} |`);
}
mkdirSync(join(root, 'reports'), { recursive: true });
writeFileSync(join(root, 'reports', 'size.json'), `${JSON.stringify({ entries: rows, imports, peers }, null, 2)}\n`);
const brokenImports = imports.filter((row) => !row.ok);
for (const row of brokenImports) console.error(`size: { ${row.names.join(', ')} } ships the Umm al-Qura table, which it never uses: the build no longer lets bundlers drop it`);
const failures = rows.filter((row) => !row.ok);
for (const row of failures) {
  console.error(`size: ${row.entry} ${row.reachesZod && row.entry === 'ziyara/temporal' ? 'reaches zod' : `is ${kilobytes(row.gzipBytes)} gzip, over its ${kilobytes(row.gzipBudget ?? 0)} budget`}; largest source files (minified):`);
  for (const { input, bytes } of row.largestInputs) console.error(`  ${kilobytes(bytes).padStart(9)}  ${input}`);
}
const zodReached = rows.some((row) => row.entry === 'ziyara/temporal' && row.reachesZod);
if (brokenImports.length > 0 || zodReached) process.exitCode = 2;
else if (failures.length > 0) process.exitCode = 1;
