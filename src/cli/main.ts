#!/usr/bin/env node
/**
 * The `ziyara` bin: wires the process (arguments, streams, exit code) to {@link runCli}.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from './run';

// `src/cli/main.ts` and the built `dist/cli/main.js` sit at the same depth below package.json,
// and the worker is their sibling with the same extension.
const here = import.meta.url;
const packageJson = JSON.parse(readFileSync(new URL('../../package.json', here), 'utf8')) as { version: string };
const workerUrl = new URL(`./batch-worker${extname(fileURLToPath(here))}`, here);

// A closed pipe (`ziyara batch … | head`) ends the run quietly, as in other Unix tools.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
});

process.exitCode = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  workerUrl,
  version: packageJson.version,
});
