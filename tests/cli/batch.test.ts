import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findTemporal } from '../../src/temporal/index';
import { jsonLines, projectRoot, runZiyara } from './spawn-cli';

// Sentences in the styles of several regions, written for these tests.
const SENTENCES = [
  'وصل وزير الخارجية العراقي إلى عمّان أمس في زيارة رسمية تستغرق يومين', // Iraq / Jordan
  'استقبل سمو أمير البلاد اليوم الأحد الوفد الكويتي المرافق', // Gulf
  'أعلنت الرئاسة أن الرئيس سيزور القاهرة في 3 آذار المقبل', // Levant
  'التقى وزير الخارجية المغربي نظيره الموريتاني يوم 12 ماي 2025 بالرباط', // Maghreb
  'قال المتحدث إن المفاوضات استمرت ثلاثة أشهر ونصف', // pan-Arab
  'وكان الرئيس قد زار موسكو في 15 تشرين الأول الماضي', // Levant
  'يبدأ ولي العهد جولته الخليجية غدا وتستمر أقل من أسبوع', // Gulf
  'سافر الوفد المصري الى الخرطوم منذ أسبوعين', // Egypt
];

describe('ziyara batch', () => {
  it('answers 240 lines on 3 workers in input order, each equal to findTemporal on its text', async () => {
    const requests = Array.from({ length: 240 }, (_, i) => ({
      id: `n-${i}`,
      text: SENTENCES[i % SENTENCES.length]!,
      ...(i % 5 === 0 ? { reference: '2025-06-30' } : {}),
    }));
    const input = requests.map((r) => JSON.stringify(r)).join('\n') + '\n';
    const run = await runZiyara(['batch', '-', '--jobs', '3', '--task', 'dates', '--reference', '2026-01-28'], input);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const records = jsonLines(run.stdout);
    expect(records.map((r) => r.line)).toEqual(requests.map((_, i) => i + 1));
    expect(records.map((r) => r.id)).toEqual(requests.map((r) => r.id));
    for (const [i, record] of records.entries()) {
      const request = requests[i]!;
      expect(record.task).toBe('dates');
      expect(record.result).toEqual(JSON.parse(JSON.stringify(findTemporal(request.text, { reference: request.reference ?? '2026-01-28' }))));
    }
  });

  it('answers a malformed line with an error record naming its line number, goes on, and exits 1', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: SENTENCES[0] }),
      '{"id":"b","text": "غير مكتمل',
      '',
      JSON.stringify({ id: 'c', text: SENTENCES[1], reference: '2026-02-30' }),
      JSON.stringify({ id: 'd' }),
      JSON.stringify({ id: 'e', text: SENTENCES[2] }),
    ].join('\n');
    const run = await runZiyara(['batch', '--jobs', '2', '--task', 'dates', '--reference', '2026-01-28'], input);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('ziyara batch: 3 of 5 lines failed\n');
    const records = jsonLines(run.stdout);
    expect(records.map((r) => [r.line, r.id, (r.error as { code?: string } | undefined)?.code ?? 'ok'])).toEqual([
      [1, 'a', 'ok'],
      [2, null, 'invalid-json'],
      [4, 'c', 'invalid-option'],
      [5, 'd', 'invalid-line'],
      [6, 'e', 'ok'],
    ]);
    expect((records[2]!.error as { message: string }).message).toContain('2026-02-30');
  });

  it('reads a file, honours a per-line task and answers an over-long line without reading it whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ziyara-batch-'));
    const file = join(dir, 'input.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({ id: 1, text: SENTENCES[5], task: 'dates' }),
        JSON.stringify({ id: 2, text: 'ب'.repeat(5000), task: 'dates' }),
        JSON.stringify({ id: 3, text: 'اليوم', task: 'dates' }),
      ].join('\r\n'),
    );
    const run = await runZiyara(['batch', file, '--jobs', '1', '--max-line-bytes', '4096', '--reference', '2026-01-28']);
    expect(run.code).toBe(1);
    const records = jsonLines(run.stdout);
    expect(records.map((r) => r.line)).toEqual([1, 2, 3]);
    expect(records[0]!.result).toEqual(JSON.parse(JSON.stringify(findTemporal(SENTENCES[5]!, { reference: '2026-01-28' }))));
    expect(records[1]).toEqual({ line: 2, id: null, error: { code: 'line-too-long', message: 'line 2 is longer than 4096 bytes (--max-line-bytes)' } });
    expect(records[2]!.id).toBe(3);
  });

  it('runs the extract task by default and dates or duration when a line asks', async () => {
    const visit = 'وصل الرئيس اللبناني اليوم إلى باريس في زيارة رسمية';
    const input = [
      JSON.stringify({ id: 'v', text: visit }),
      JSON.stringify({ id: 'd', text: 'ثلاثة أشهر ونصف', task: 'duration' }),
    ].join('\n');
    const run = await runZiyara(['batch', '--jobs', '2', '--reference', '2026-01-28'], input);
    expect(run.code).toBe(0);
    const [extracted, duration] = jsonLines(run.stdout);
    expect(extracted!.task).toBe('extract');
    expect((extracted!.result as { visit: { hostCountry: string; visitType: { type: string } } }).visit).toMatchObject({ hostCountry: 'FR', visitType: { type: 'official' } });
    expect(duration).toEqual({ line: 2, id: 'd', task: 'duration', result: { type: 'duration', iso: 'P3.5M', parts: { months: 3.5 }, qualifier: null } });
  });

  it('refuses a missing file and a bad default reference before reading anything (exit 2)', async () => {
    const missing = await runZiyara(['batch', '/nonexistent/input.jsonl']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read "/nonexistent/input.jsonl": no such file');
    const badReference = await runZiyara(['batch', '--reference', '2026-13-01'], '{"id":1,"text":"اليوم"}\n');
    expect(badReference.code).toBe(2);
    expect(badReference.stdout).toBe('');
  });

  it('writes nothing for empty input and exits 0', async () => {
    const run = await runZiyara(['batch', '--task', 'dates'], '\n\n');
    expect([run.code, run.stdout, run.stderr]).toEqual([0, '', '']);
  });

  // util-linux `script` gives the command a terminal, so standard error is a TTY there.
  it.skipIf(!existsSync('/usr/bin/script'))('draws a progress bar on standard error when it is a terminal, output still in the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ziyara-progress-'));
    const input = join(dir, 'input.jsonl');
    const output = join(dir, 'output.jsonl');
    const terminal = join(dir, 'terminal.log');
    writeFileSync(input, SENTENCES.slice(0, 3).map((text, i) => JSON.stringify({ id: i, text })).join('\n') + '\n');
    const command = `${join(projectRoot, 'node_modules', '.bin', 'tsx')} src/cli/main.ts batch ${input} --task dates --jobs 1 --reference 2026-01-28 > ${output}`;
    execFileSync('/usr/bin/script', ['-qec', command, terminal], { cwd: projectRoot, stdio: 'ignore' });
    const drawn = readFileSync(terminal, 'utf8');
    expect(drawn).toContain('[########################] 100% 3 lines 0 failed');
    expect(jsonLines(readFileSync(output, 'utf8')).map((r) => r.id)).toEqual([0, 1, 2]);
  });
});
