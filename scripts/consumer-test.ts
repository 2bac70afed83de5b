/**
 * `npm run test:consumers` (after `npm run build`): packs ziyara with `npm pack`, installs the
 * tarball into three fresh projects — ESM with TypeScript `moduleResolution: nodenext`, ESM with
 * `bundler` (bundled with esbuild), and CommonJS `require` — imports every public entry there
 * (including the JSON Schema files when the package ships them), type-checks each project with
 * the repository's own `tsc`, and runs it. Installs are offline first (the npm cache already
 * holds zod and ziyara's dependencies), so the check is fast and needs no network.
 *
 * Exit code 1 when any project fails to install, type-check or run.
 */
import { execFileSync, type ExecFileSyncOptions } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const tsc = join(root, 'node_modules', '.bin', 'tsc');
const esbuild = join(root, 'node_modules', '.bin', 'esbuild');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown>; devDependencies: Record<string, string>; bin?: Record<string, string> };
const zodVersion = pkg.devDependencies.zod ?? '4';
const keep = process.argv.includes('--keep');

/** Texts every consumer reads, and what ziyara must answer (the library runs, not just loads). */
const PROBE = { duration: 'ثلاثة أشهر ونصف', iso: 'P3.5M', article: 'وصل الرئيس اللبناني اليوم إلى باريس في زيارة رسمية', host: 'FR' };

/** Lines shared by both programs once the modules are bound to identifiers. */
function checks(): string[] {
  return [
    `if (duration?.iso !== ${JSON.stringify(PROBE.iso)}) throw new Error('parseDuration gave ' + JSON.stringify(duration));`,
    `const { visit } = ziyara_extract.extractStateVisit(${JSON.stringify(PROBE.article)}, { reference: '2026-01-28' });`,
    `if (visit?.hostCountry !== ${JSON.stringify(PROBE.host)}) throw new Error('extractStateVisit gave ' + JSON.stringify(visit));`,
    `const validated = ziyara_schemas.StateVisit.safeParse(visit);`,
    `if (!validated.success) throw new Error('StateVisit rejected the extracted visit: ' + validated.error.message);`,
  ];
}

function run(command: string, args: readonly string[], cwd: string): string {
  const options: ExecFileSyncOptions = { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] };
  try {
    return execFileSync(command, args, options) as string;
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${command} ${args.join(' ')} (in ${cwd}) failed:\n${failure.stdout ?? ''}${failure.stderr ?? failure.message}`);
  }
}

/** The code subpaths (`ziyara`, `ziyara/temporal`…) and the JSON files the package exports. */
function publicEntries(packedFiles: readonly string[]): { modules: string[]; jsonFiles: string[] } {
  const modules: string[] = [];
  const jsonFiles: string[] = [];
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    if (subpath === './package.json') continue;
    if (subpath.includes('*')) {
      // e.g. "./json-schema/*": "./dist/json-schema/*" — every packed file the pattern exposes.
      const targetPattern = typeof target === 'string' ? target : JSON.stringify(target).match(/"(\.\/[^"]*\*[^"]*)"/)?.[1];
      if (!targetPattern) continue;
      const [before, after] = targetPattern.replace(/^\.\//, '').split('*') as [string, string];
      const [subBefore, subAfter] = subpath.replace(/^\.\//, '').split('*') as [string, string];
      for (const file of packedFiles) {
        if (!file.startsWith(before) || !file.endsWith(after)) continue;
        const star = file.slice(before.length, file.length - after.length);
        const specifier = `ziyara/${subBefore}${star}${subAfter}`;
        (specifier.endsWith('.json') ? jsonFiles : modules).push(specifier);
      }
      continue;
    }
    const specifier = subpath === '.' ? 'ziyara' : `ziyara/${subpath.slice(2)}`;
    (specifier.endsWith('.json') ? jsonFiles : modules).push(specifier);
  }
  return { modules, jsonFiles };
}

function identifier(specifier: string): string {
  return specifier.replace(/[^A-Za-z0-9]+/g, '_');
}

/** The program each ESM project runs: import everything, call the library, print a summary. */
function esmProgram(modules: readonly string[], jsonFiles: readonly string[]): string {
  const lines = [
    ...modules.map((m) => `import * as ${identifier(m)} from '${m}';`),
    ...jsonFiles.map((f) => `import ${identifier(f)} from '${f}' with { type: 'json' };`),
    `import type { DurationValue } from 'ziyara/temporal';`,
    `const duration: DurationValue | null = ziyara_temporal.parseDuration(${JSON.stringify(PROBE.duration)});`,
    ...checks(),
    ...report(modules, jsonFiles),
  ];
  return `${lines.join('\n')}\n`;
}

/** The lines both programs end with: count each entry's exports, check every schema file, print a summary. */
function report(modules: readonly string[], jsonFiles: readonly string[]): string[] {
  return [
    `const exported: Record<string, number> = {`,
    ...modules.map((m) => `  ${JSON.stringify(m)}: Object.keys(${identifier(m)}).length,`),
    `};`,
    // Every JSON file is a schema with its $schema, except an index that lists them (an array).
    `const schemas = ([${jsonFiles.map((f) => identifier(f)).join(', ')}] as unknown[]).filter((json) => !Array.isArray(json)) as { $schema?: string }[];`,
    `if (schemas.some((schema) => typeof schema.$schema !== 'string')) throw new Error('a JSON Schema file has no $schema');`,
    `console.log(JSON.stringify({ duration: duration.iso, host: visit.hostCountry, exported, jsonSchemas: schemas.length }));`,
  ];
}

/** The CommonJS program: `import x = require()` compiles to `require` and type-checks the `.d.cts` files. */
function cjsProgram(modules: readonly string[], jsonFiles: readonly string[]): string {
  const lines = [
    ...modules.map((m) => `import ${identifier(m)} = require('${m}');`),
    ...jsonFiles.map((f) => `const ${identifier(f)}: unknown = require('${f}');`),
    `declare function require(id: string): unknown;`,
    `const duration: ziyara_temporal.DurationValue | null = ziyara_temporal.parseDuration(${JSON.stringify(PROBE.duration)});`,
    ...checks(),
    ...report(modules, jsonFiles),
  ];
  return `${lines.join('\n')}\n`;
}

interface Project {
  name: string;
  packageType: 'module' | 'commonjs';
  compilerOptions: Record<string, unknown>;
  file: string;
  program: (modules: readonly string[], jsonFiles: readonly string[]) => string;
  /** After type-checking: produce and run JavaScript; returns its standard output. */
  execute: (dir: string) => string;
}

const COMMON_OPTIONS = { strict: true, target: 'es2022', lib: ['es2022', 'dom'], skipLibCheck: false, resolveJsonModule: true, types: [] };

const PROJECTS: Project[] = [
  {
    name: 'esm-nodenext',
    packageType: 'module',
    compilerOptions: { ...COMMON_OPTIONS, module: 'nodenext', moduleResolution: 'nodenext', outDir: 'out' },
    file: 'index.ts',
    program: esmProgram,
    execute: (dir) => {
      run(tsc, ['-p', 'tsconfig.json'], dir);
      return run(process.execPath, ['out/index.js'], dir);
    },
  },
  {
    name: 'esm-bundler',
    packageType: 'module',
    compilerOptions: { ...COMMON_OPTIONS, module: 'esnext', moduleResolution: 'bundler', noEmit: true },
    file: 'index.ts',
    program: esmProgram,
    execute: (dir) => {
      run(tsc, ['-p', 'tsconfig.json'], dir);
      run(esbuild, ['index.ts', '--bundle', '--platform=node', '--format=esm', '--outfile=out/bundle.mjs', '--log-level=warning'], dir);
      return run(process.execPath, ['out/bundle.mjs'], dir);
    },
  },
  {
    name: 'commonjs-require',
    packageType: 'commonjs',
    compilerOptions: { ...COMMON_OPTIONS, module: 'nodenext', moduleResolution: 'nodenext', outDir: 'out' },
    file: 'index.cts',
    program: cjsProgram,
    execute: (dir) => {
      run(tsc, ['-p', 'tsconfig.json'], dir);
      return run(process.execPath, ['out/index.cjs'], dir);
    },
  },
];

function packTarball(into: string): { tarball: string; files: string[] } {
  const output = run('npm', ['pack', '--json', '--pack-destination', into], root);
  const [info] = JSON.parse(output.slice(output.indexOf('['))) as [{ filename: string; files: { path: string }[] }];
  return { tarball: join(into, info.filename), files: info.files.map((f) => f.path) };
}

function install(dir: string, tarball: string): void {
  const args = ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', tarball, `zod@${zodVersion}`];
  try {
    run('npm', [...args, '--offline'], dir);
  } catch {
    run('npm', [...args, '--prefer-offline'], dir);
  }
}

/** The installed `ziyara` command answers as the library does. */
function checkBin(dir: string): void {
  const answer = run(join(dir, 'node_modules', '.bin', 'ziyara'), ['duration', PROBE.duration], dir).trim();
  const iso = (JSON.parse(answer) as { iso?: string } | null)?.iso;
  if (iso !== PROBE.iso) throw new Error(`the ziyara bin answered ${answer}`);
  console.log(`ok   bin: ziyara duration "${PROBE.duration}" → ${answer}`);
}

if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error('consumer test: dist/ not found; run `npm run build` first');
  process.exit(1);
}
const work = mkdtempSync(join(tmpdir(), 'ziyara-consumers-'));
let failed = 0;
try {
  const { tarball, files } = packTarball(work);
  const { modules, jsonFiles } = publicEntries(files);
  console.log(`packed ${tarball.slice(work.length + 1)} (${files.length} files); entries: ${modules.join(', ')} and ${jsonFiles.length} JSON Schema files`);
  for (const project of PROJECTS) {
    const dir = join(work, project.name);
    mkdirSync(dir);
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `consumer-${project.name}`, private: true, type: project.packageType }));
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: project.compilerOptions, files: [project.file] }, null, 2));
    writeFileSync(join(dir, project.file), project.program(modules, jsonFiles));
    try {
      install(dir, tarball);
      const output = project.execute(dir).trim();
      console.log(`ok   ${project.name}: ${output}`);
      if (pkg.bin?.ziyara && project.name === 'esm-nodenext') checkBin(dir);
    } catch (error) {
      failed++;
      console.error(`FAIL ${project.name}: ${(error as Error).message}`);
    }
  }
} finally {
  if (keep) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
if (failed > 0) process.exitCode = 1;
