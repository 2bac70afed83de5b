import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      temporal: 'src/temporal.ts',
      schemas: 'src/schemas.ts',
      extract: 'src/extract.ts',
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
