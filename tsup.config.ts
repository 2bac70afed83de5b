import { defineConfig } from 'tsup';
import { pureModuleTables } from './scripts/pure-module-tables';

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      temporal: 'src/temporal.ts',
      schemas: 'src/schemas.ts',
      extract: 'src/extract.ts',
      // Not public: an entry of its own only so that the Umm al-Qura table's import sits in its own
      // file, which a consumer's bundler drops when no Hijri function is used (see pure-module-tables).
      'internal/hijri': 'src/calendar/hijri.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    treeshake: true,
    splitting: true,
    target: 'es2022',
    outDir: 'dist',
    // Arabic text ships as UTF-8, not as \uXXXX escapes (smaller and readable).
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
    // Lets a consumer's bundler drop the tables of modules it does not use (see the plugin).
    esbuildPlugins: [pureModuleTables()],
  },
  {
    // The `ziyara` bin and its batch worker import ../temporal.js and ../extract.js
    // instead of bundling the library a second time.
    entry: { 'cli/main': 'src/cli/main.ts', 'cli/batch-worker': 'src/cli/batch-worker.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: false,
    clean: false,
    splitting: false,
    treeshake: true,
    target: 'node20',
    platform: 'node',
    outDir: 'dist',
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
    esbuildPlugins: [
      {
        name: 'ziyara-entries',
        setup(build) {
          build.onResolve({ filter: /^\.\.\/(temporal|extract)$/ }, (args) =>
            args.importer.includes('/src/cli/') ? { path: `${args.path}.js`, external: true } : undefined,
          );
        },
      },
    ],
  },
]);
