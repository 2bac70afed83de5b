/**
 * Memory check of `ziyara batch` on a large input (not a unit test: it takes minutes).
 *
 *   npx tsx scripts/batch-memory.ts [--megabytes 200] [--jobs 2] [--task dates]
 *
 * Generates JSON Lines on the fly (nothing is written to disk), pipes them into the CLI, reads
 * its output as it comes (checking that line numbers arrive in input order) and samples the
 * child's resident memory from /proc. Memory is flat when the peak after the first tenth of
 * the input exceeds the peak during that first tenth by less than `--growth-mb` (default 64):
 * a run that kept its input or its results would grow with the input instead.
 * Uses the built bin (`dist/cli/main.js`) when present, else the source through tsx.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    megabytes: { type: 'string', default: '200' },
    jobs: { type: 'string', default: '2' },
    task: { type: 'string', default: 'dates' },
    'growth-mb': { type: 'string', default: '64' },
  },
});
const totalBytes = Number(values.megabytes) * 1024 * 1024;
const allowedGrowth = Number(values['growth-mb']) * 1024 * 1024;

// Sentences written for this check, in the styles of several regions.
const SENTENCES = [
  'وصل وزير الخارجية العراقي إلى عمّان أمس في زيارة رسمية تستغرق يومين',
  'استقبل أمير البلاد اليوم الأحد الوفد الكويتي المرافق لولي العهد',
  'أعلنت الرئاسة أن الرئيس سيزور القاهرة في 3 آذار المقبل على رأس وفد رفيع',
  'التقى وزير الخارجية المغربي نظيره الموريتاني يوم 12 ماي 2025 بالرباط',
  'قال المتحدث إن المفاوضات استمرت ثلاثة أشهر ونصف قبل التوقيع',
  'وكان الرئيس قد زار موسكو في 15 تشرين الأول الماضي',
];

const built = join(root, 'dist', 'cli', 'main.js');
const args = existsSync(built) ? [built] : ['--import', 'tsx', join(root, 'src', 'cli', 'main.ts')];
const child = spawn(process.execPath, [...args, 'batch', '-', '--jobs', values.jobs, '--task', values.task, '--reference', '2026-01-28'], {
  cwd: root,
  stdio: ['pipe', 'pipe', 'inherit'],
});

function residentBytes(field: 'VmRSS' | 'VmHWM'): number {
  try {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const kb = status.split('\n').find((line) => line.startsWith(`${field}:`))?.split(/\s+/)[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}

let bytesSent = 0;
let linesSent = 0;
let peakFirstTenth = 0;
let peakAfter = 0;
const sampler = setInterval(() => {
  const rss = residentBytes('VmRSS');
  if (bytesSent < totalBytes / 10) peakFirstTenth = Math.max(peakFirstTenth, rss);
  else peakAfter = Math.max(peakAfter, rss);
}, 100);

// Write with back-pressure: the generator never runs ahead of the CLI.
async function feed(): Promise<void> {
  while (bytesSent < totalBytes) {
    const line = `${JSON.stringify({ id: linesSent, text: SENTENCES[linesSent % SENTENCES.length] })}\n`;
    linesSent++;
    bytesSent += Buffer.byteLength(line);
    if (!child.stdin.write(line)) await new Promise((r) => child.stdin.once('drain', r));
  }
  child.stdin.end();
}

let linesReceived = 0;
let outOfOrder = 0;
let failedLines = 0;
const reading = (async () => {
  for await (const line of createInterface({ input: child.stdout, crlfDelay: Infinity })) {
    const record = JSON.parse(line) as { line: number; error?: unknown };
    linesReceived++;
    if (record.line !== linesReceived) outOfOrder++;
    if (record.error) failedLines++;
  }
})();

const started = performance.now();
await feed();
await reading;
const code = await new Promise<number | null>((r) => (child.exitCode !== null ? r(child.exitCode) : child.once('exit', r)));
clearInterval(sampler);
const seconds = (performance.now() - started) / 1000;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const growth = peakAfter - peakFirstTenth;
console.log(`input ${mb(bytesSent)}, ${linesSent.toLocaleString('en-US')} lines, --jobs ${values.jobs}, task ${values.task}, ${seconds.toFixed(0)} s (${Math.round(linesSent / seconds).toLocaleString('en-US')} lines/s)`);
console.log(`output ${linesReceived.toLocaleString('en-US')} records, ${outOfOrder} out of order, ${failedLines} errors, exit code ${code}`);
console.log(`resident memory: peak ${mb(peakFirstTenth)} during the first tenth, peak ${mb(peakAfter)} after it (growth ${mb(growth)}, allowed ${mb(allowedGrowth)})`);
const ok = code === 0 && linesReceived === linesSent && outOfOrder === 0 && growth < allowedGrowth;
console.log(ok ? 'memory is flat' : 'FAILED');
if (!ok) process.exitCode = 1;
