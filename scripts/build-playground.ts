/**
 * Builds the browser playground into the docs site (run after `typedoc`, which empties
 * `docs-site/`):
 *
 *   npx tsx scripts/build-playground.ts [--out docs-site/playground]
 *
 * Two esbuild bundles: `ziyara.js`, the whole library (`src/index.ts`, zod included) built
 * for browsers, and `app.js`, the page's code, which imports `ziyara` from `./ziyara.js` at
 * run time rather than bundling a second copy. The page's HTML and CSS are copied beside them.
 */
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build, type Plugin } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const playgroundDir = join(root, 'playground');

/** Where `npm run docs` puts the playground, so the API reference can link to it. */
export const DEFAULT_PLAYGROUND_OUT = join(root, 'docs-site', 'playground');

/** The page loads the library build beside it instead of bundling it again. */
const libraryAsSibling: Plugin = {
  name: 'ziyara-as-sibling',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^ziyara$/ }, () => ({ path: './ziyara.js', external: true }));
  },
};

/** What was built, with sizes in bytes. */
export interface PlaygroundBuild {
  outDir: string;
  files: { file: string; bytes: number }[];
}

/**
 * Builds the playground.
 *
 * @param outDir - the folder to (re)create.
 * @returns the files written.
 * @throws when esbuild cannot bundle (a type or syntax error in the sources).
 */
export async function buildPlayground(outDir: string = DEFAULT_PLAYGROUND_OUT): Promise<PlaygroundBuild> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const common = { bundle: true, format: 'esm', platform: 'browser', target: 'es2022', minify: true, sourcemap: true, metafile: true, logLevel: 'warning', legalComments: 'none' } as const;
  const library = await build({ ...common, entryPoints: { ziyara: join(root, 'src', 'index.ts') }, outdir: outDir });
  const app = await build({ ...common, entryPoints: { app: join(playgroundDir, 'app.ts') }, outdir: outDir, plugins: [libraryAsSibling], tsconfig: join(playgroundDir, 'tsconfig.json') });
  for (const file of ['index.html', 'style.css']) copyFileSync(join(playgroundDir, file), join(outDir, file));
  const files = [...Object.entries(library.metafile.outputs), ...Object.entries(app.metafile.outputs)]
    .filter(([file]) => !file.endsWith('.map'))
    .map(([file, output]) => ({ file: relative(outDir, resolve(root, file)), bytes: output.bytes }));
  return { outDir, files };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const result = await buildPlayground(values.out ? resolve(values.out) : DEFAULT_PLAYGROUND_OUT);
  console.log(`playground built in ${relative(root, result.outDir) || '.'}: ${result.files.map((f) => `${f.file} ${(f.bytes / 1024).toFixed(1)} KB`).join(', ')}`);
}
