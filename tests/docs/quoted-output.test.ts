/**
 * The README and the guides quote real output. A quoted block is marked with the command that
 * prints it, in an HTML comment right before the block:
 *
 *     <!-- output-of: examples/demo.ts -->
 *     ```text
 *     …
 *     ```
 *
 * The command runs with tsx from the project root; `<seed-article>` stands for the path of the seed
 * article (`../shared/corpus/seed-article.txt`), and the block is skipped where it is absent. Every line of the block must appear, in order, among the lines the
 * command prints; a line holding `...` or `…` marks a cut and is not compared.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSeedArticle } from '../../conformance/load';

const root = resolve(import.meta.dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const SEED_TOKEN = '<seed-article>';
const MARKER = /^<!-- output-of: (.+) -->$/;

interface QuotedBlock {
  file: string;
  line: number;
  args: string[];
  lines: string[];
}

/** Splits a command line on spaces, keeping "double-quoted" arguments whole. */
function splitArgs(command: string): string[] {
  return [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '');
}

function quotedBlocks(file: string): QuotedBlock[] {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  const blocks: QuotedBlock[] = [];
  lines.forEach((line, i) => {
    const marker = MARKER.exec(line.trim());
    if (!marker) return;
    let start = i + 1;
    while (lines[start]?.trim() === '') start++;
    if (!lines[start]?.startsWith('```')) throw new Error(`${file}:${i + 1}: output-of marker not followed by a code block`);
    const end = lines.findIndex((candidate, j) => j > start && candidate.startsWith('```'));
    blocks.push({ file, line: i + 1, args: splitArgs(marker[1]!), lines: lines.slice(start + 1, end) });
  });
  return blocks;
}

const documents = ['README.md', ...readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];
const blocks = documents.flatMap(quotedBlocks);
const seed = readSeedArticle();
const outputs = new Map<string, string[]>();

/** The seed article copied to a temporary file, so that commands read it as a named file. */
function seedFile(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'ziyara-docs-')), 'seed-article.txt');
  writeFileSync(file, seed ?? '');
  return file;
}

function outputOf(args: string[]): string[] {
  const key = JSON.stringify(args);
  let output = outputs.get(key);
  if (!output) {
    const result = spawnSync(tsx, args.map((arg) => (arg === SEED_TOKEN ? seedFile() : arg)), {
      cwd: root,
      encoding: 'utf8',
      input: '',
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 120_000,
    });
    expect(result.status, result.stderr).toBe(0);
    output = result.stdout.split('\n').map((line) => line.trimEnd());
    outputs.set(key, output);
  }
  return output;
}

/** The quoted lines that are not found, in order, among the printed lines. */
function missingLines(quoted: readonly string[], printed: readonly string[]): string[] {
  const missing: string[] = [];
  let from = 0;
  for (const raw of quoted) {
    const line = raw.trimEnd();
    if (line.trim() === '' || line.includes('...') || line.includes('…')) continue;
    const at = printed.indexOf(line, from);
    if (at === -1) missing.push(line);
    else from = at + 1;
  }
  return missing;
}

describe('quoted output in the README and the guides', () => {
  it('marks the quoted blocks (README demo, extraction guide, CLI guide, schemas guide)', () => {
    expect(blocks.map((block) => block.file)).toEqual(expect.arrayContaining(['README.md', 'docs/guide-extraction.md', 'docs/guide-cli.md', 'docs/guide-schemas.md']));
  });

  it.for(blocks.map((block) => [`${block.file}:${block.line}`, block] as const))('%s is what the command prints', ([, block], { skip }) => {
    // The seed article lives in ../shared, absent from a user's clone.
    if (block.args.includes(SEED_TOKEN) && seed === null) skip('the seed article is not beside the project');
    expect(missingLines(block.lines, outputOf(block.args))).toEqual([]);
  });

  it('compares line by line, so a changed line is reported', () => {
    expect(missingLines(['a', '...', 'c'], ['a', 'b', 'c'])).toEqual([]);
    expect(missingLines(['c', 'a'], ['a', 'b', 'c'])).toEqual(['a']);
    expect(missingLines(['a', 'x'], ['a', 'b'])).toEqual(['x']);
  });
});
