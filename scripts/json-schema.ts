/**
 * Writes the JSON Schema (draft 2020-12) of every top-level ziyara schema to
 * `dist/json-schema/<Name>.json` (or the folder given as the first argument), plus an
 * `index.json` listing them. Run after the build: `npx tsx scripts/json-schema.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSON_SCHEMA_NAMES, toJSONSchema } from '../src/schemas/index';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(root, process.argv[2] ?? join('dist', 'json-schema'));
mkdirSync(outDir, { recursive: true });

const index: { name: string; file: string; title: string; title_ar: string }[] = [];
for (const name of JSON_SCHEMA_NAMES) {
  const schema = toJSONSchema(name);
  const file = `${name}.json`;
  writeFileSync(join(outDir, file), `${JSON.stringify(schema, null, 2)}\n`);
  index.push({ name, file, title: String(schema.title), title_ar: String(schema.title_ar) });
}
writeFileSync(join(outDir, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
console.log(`json-schema: wrote ${index.length} schemas to ${outDir}`);
