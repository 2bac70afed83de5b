import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractStateVisit } from '../../src/extract/index';
import { projectRoot, runZiyara } from './spawn-cli';

const version = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;

describe('ziyara (single commands)', () => {
  it('prints usage for --help (exit 0) and for no command (on standard error, exit 2), and the package version for --version', async () => {
    const help = await runZiyara(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('ziyara batch [file|-]');
    expect(await runZiyara([])).toEqual({ code: 2, stdout: '', stderr: help.stdout });
    expect(await runZiyara(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('dates: prints JSON matches with offsets into the text as given (stdout is a pipe)', async () => {
    const text = 'زار موسكو أمس وسيعود بعد يومين';
    const run = await runZiyara(['dates', text, '--reference', '2026-01-28']);
    expect(run.code).toBe(0);
    const matches = JSON.parse(run.stdout) as { text: string; index: number; end: number; value: { start?: string } }[];
    const later = matches.find((m) => m.text === 'بعد يومين');
    expect(later).toMatchObject({ index: 21, end: 30, value: { start: '2026-01-30', end: '2026-01-30' } });
    for (const match of matches) expect(text.slice(match.index, match.end)).toBe(match.text);
  });

  it('dates: --period-parts halves reads «أواخر الشهر» as its second half', async () => {
    const thirds = await runZiyara(['dates', 'أواخر الشهر الماضي', '--reference', '2026-01-28']);
    const halves = await runZiyara(['dates', 'أواخر الشهر الماضي', '--reference', '2026-01-28', '--period-parts', 'halves']);
    const span = (stdout: string) => (JSON.parse(stdout) as { value: { start: string; end: string } }[]).map((m) => [m.value.start, m.value.end]);
    expect(span(thirds.stdout)).toEqual([['2025-12-21', '2025-12-31']]);
    expect(span(halves.stdout)).toEqual([['2025-12-16', '2025-12-31']]);
  });

  it('dates: reads standard input for "-" and prints one line per match with --no-json', async () => {
    const run = await runZiyara(['dates', '-', '--no-json', '--reference', '2026-01-28'], 'يعود الوفد بعد يومين\n');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('«بعد يومين» → 2026-01-30 · day');
  });

  it('duration: prints the value, ISO 8601 and qualifier', async () => {
    const run = await runZiyara(['duration', 'ثلاثة', 'أشهر', 'ونصف']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ type: 'duration', iso: 'P3.5M', parts: { months: 3.5 }, qualifier: null });
    const bounded = await runZiyara(['duration', 'أقل من 4 أشهر', '--no-json']);
    expect(bounded.stdout.split('\n')[0]).toBe('P4M (less-than)');
  });

  it('duration: prints null and exits 1 for a text that is not a duration', async () => {
    expect(await runZiyara(['duration', 'موسكو'])).toEqual({ code: 1, stdout: 'null\n', stderr: '' });
  });

  it('extract: reads an article file and prints the extraction, as extractStateVisit gives it', async () => {
    // A Levantine-style report written for this test.
    const article = 'وصل الرئيس اللبناني اليوم إلى باريس في زيارة رسمية هي الثانية له خلال ثلاثة أشهر ونصف.';
    const file = join(mkdtempSync(join(tmpdir(), 'ziyara-cli-')), 'article.txt');
    writeFileSync(file, article);
    const run = await runZiyara(['extract', file, '--reference', '2026-01-28']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as ReturnType<typeof extractStateVisit>;
    expect(result).toEqual(JSON.parse(JSON.stringify(extractStateVisit(article, { reference: '2026-01-28' }))));
    expect([result.visit?.guestCountry, result.visit?.hostCountry, result.visit?.visitType?.type, result.visit?.ordinal?.value, result.visit?.period?.arrival?.start]).toEqual(['LB', 'FR', 'official', 2, '2026-01-28']);
    const fromStdin = await runZiyara(['extract', '-', '--reference', '2026-01-28'], article);
    expect(JSON.parse(fromStdin.stdout)).toEqual(result);
  });

  it('exits 2 with a message naming the value for a bad option, an unknown command or a missing text', async () => {
    const badZone = await runZiyara(['dates', 'أمس', '--reference', '2026-01-28T10:00:00Z', '--time-zone', 'Mars/Olympus']);
    expect(badZone.code).toBe(2);
    expect(badZone.stderr).toContain('Mars/Olympus');
    const unknown = await runZiyara(['visit']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('ziyara: unknown command "visit"; commands: dates, duration, extract, batch, help, version\nRun "ziyara --help" for usage.\n');
    expect((await runZiyara(['dates'])).code).toBe(2);
    const missingFile = await runZiyara(['extract', '/nonexistent/article.txt']);
    expect(missingFile.code).toBe(2);
    expect(missingFile.stderr).toContain('cannot read "/nonexistent/article.txt": no such file');
  });

  it('--reference: a day that does not exist exits 2; a date-time without an offset keeps its day whatever the zones', async () => {
    const impossible = await runZiyara(['dates', 'اليوم', '--reference', '2026-02-30T10:00:00Z']);
    expect(impossible.code).toBe(2);
    expect(impossible.stderr).toContain('"2026-02-30T10:00:00Z"');
    const local = await runZiyara(['dates', 'اليوم', '--reference', '2026-01-28T23:30:00', '--time-zone', 'Asia/Riyadh'], undefined, { TZ: 'America/New_York' });
    expect((JSON.parse(local.stdout) as { value: { start: string } }[])[0]?.value.start).toBe('2026-01-28');
    const instant = await runZiyara(['dates', 'اليوم', '--reference', '2026-01-28T22:30:00Z', '--time-zone', 'Asia/Riyadh'], undefined, { TZ: 'America/New_York' });
    expect((JSON.parse(instant.stdout) as { value: { start: string } }[])[0]?.value.start).toBe('2026-01-29');
  });

  it('extract on a terminal (--no-json): the visit, the statements and the dates as lines, not the JSON record', async () => {
    // A Gulf-style report written for this test.
    const article =
      'الرياض - وصل وزير الخارجية الأردني أيمن الصفدي اليوم إلى الرياض في زيارة رسمية تستمر يومين، واستقبله وزير الخارجية السعودي الأمير فيصل بن فرحان. ' +
      'وأكد الصفدي أن العلاقات بين البلدين راسخة.';
    const run = await runZiyara(['extract', '-', '--no-json', '--reference', '2026-01-28'], article);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('visit       وزير الخارجية الأردني أيمن الصفدي (JO) → وزير الخارجية السعودي فيصل بن فرحان (SA)');
    expect(lines[1]).toBe('            official · الرياض · arrival 2026-01-28 · lasting P2D');
    expect(lines).toContain('  أيمن الصفدي · affirm · confirmed: العلاقات بين البلدين راسخة');
    expect(run.stdout).toContain('«اليوم» → 2026-01-28 · day');
    expect(lines.at(-2)).toBe('(--json for the whole record, with evidence offsets)');
  });
});
