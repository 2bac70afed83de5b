/**
 * `npm run examples`: runs every `examples/*.ts` with tsx, one after the other, prints each
 * one's output under a heading, and fails (exit 1) if any example exits non-zero or hangs.
 * Standard input is closed (an example that reads it sees an empty input, never a hang).
 *
 * `npx tsx scripts/run-examples.ts parse-dates hijri` runs only the examples whose file name
 * contains one of the words given.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const examplesDir = join(root, 'examples');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
/** An example is a short program; one that runs longer than this is hanging. */
const TIMEOUT_MS = 120_000;

const filters = process.argv.slice(2);
const examples = readdirSync(examplesDir)
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
  .filter((file) => filters.length === 0 || filters.some((word) => file.includes(word)))
  .sort();

if (examples.length === 0) {
  console.error(`run-examples: no examples/*.ts${filters.length > 0 ? ` matching ${filters.join(', ')}` : ''}`);
  process.exit(1);
}

const failures: string[] = [];
for (const file of examples) {
  console.log(`\n=== examples/${file} ===\n`);
  const started = performance.now();
  const result = spawnSync(tsx, [join(examplesDir, file)], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: TIMEOUT_MS });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.stdout) process.stdout.write(result.stdout.endsWith('\n') ? result.stdout : `${result.stdout}\n`);
  if (result.stderr) process.stderr.write(result.stderr);
  if (result.status === 0) {
    console.log(`=== ok: examples/${file} (${seconds} s) ===`);
  } else {
    const why = result.error ? result.error.message : result.signal ? `killed by ${result.signal}` : `exit code ${result.status}`;
    console.log(`=== FAILED: examples/${file}: ${why} (${seconds} s) ===`);
    failures.push(`${file}: ${why}`);
  }
}
console.log(`\n${examples.length - failures.length} of ${examples.length} examples ran`);
if (failures.length > 0) {
  console.error(`failed:\n${failures.map((f) => `  ${f}`).join('\n')}`);
  process.exitCode = 1;
}
