import { describe, expect, it } from 'vitest';
import { DEFAULT_JOBS, DEFAULT_MAX_LINE_BYTES, parseCommandLine, UsageError } from '../../src/cli/args';

describe('parseCommandLine', () => {
  it('reads a command, its operands and the reading options', () => {
    expect(parseCommandLine(['dates', 'زار', 'موسكو', '--reference', '2026-01-28', '--time-zone', 'Asia/Damascus', '--prefer', 'future', '-l', 'ar-SY'])).toEqual({
      command: 'dates',
      operands: ['زار', 'موسكو'],
      options: { reference: '2026-01-28', timeZone: 'Asia/Damascus', prefer: 'future', locale: 'ar-SY', jobs: DEFAULT_JOBS, task: 'extract', maxLineBytes: DEFAULT_MAX_LINE_BYTES },
    });
  });

  it('keeps a date-time reference as written, for the library to read in the time zone', () => {
    expect(parseCommandLine(['dates', 'أمس', '-r', '2026-01-28T23:30:00Z']).options.reference).toBe('2026-01-28T23:30:00Z');
    expect(parseCommandLine(['dates', 'أمس', '-r', '2026-01-28T23:30:00']).options.reference).toBe('2026-01-28T23:30:00');
  });

  it('reads --json, --no-json and leaves json undefined otherwise', () => {
    expect(parseCommandLine(['dates', 'x', '--json']).options.json).toBe(true);
    expect(parseCommandLine(['dates', 'x', '--no-json']).options.json).toBe(false);
    expect(parseCommandLine(['dates', 'x']).options.json).toBeUndefined();
  });

  it('reads batch options', () => {
    const { command, operands, options } = parseCommandLine(['batch', 'in.jsonl', '--jobs', '3', '--task', 'dates', '--max-line-bytes', '4096']);
    expect([command, operands, options.jobs, options.task, options.maxLineBytes]).toEqual(['batch', ['in.jsonl'], 3, 'dates', 4096]);
  });

  it('gives help for no command and for --help, the version for --version', () => {
    expect(parseCommandLine(['dates', 'x', '--period-parts', 'halves']).options.periodParts).toBe('halves');
    expect(parseCommandLine([]).command).toBe('help');
    expect(parseCommandLine(['dates', '--help']).command).toBe('help');
    expect(parseCommandLine(['-v']).command).toBe('version');
  });

  it.each([
    [['translate'], 'unknown command "translate"; commands: dates, duration, extract, batch, help, version'],
    [['dates', 'x', '--reference', '28/01/2026'], '--reference "28/01/2026" is not a day (YYYY-MM-DD) or an ISO date-time (2026-01-28T09:30:00+03:00)'],
    [['dates', 'x', '--prefer', 'soon'], '--prefer "soon" must be one of: past, future, nearest'],
    [['dates', 'x', '--period-parts', 'quarters'], '--period-parts "quarters" must be one of: thirds, halves'],
    [['batch', '--jobs', '0'], '--jobs "0" must be a whole number from 1 to 256'],
    [['batch', '--jobs', '1000'], '--jobs "1000" must be a whole number from 1 to 256'],
    [['batch', '--task', 'summarize'], '--task "summarize" must be one of: dates, duration, extract'],
  ])('rejects %j with a usage error naming the value', (argv, message) => {
    expect(() => parseCommandLine(argv)).toThrow(new UsageError(message));
  });

  it('rejects an unknown option', () => {
    expect(() => parseCommandLine(['dates', 'x', '--refrence', '2026-01-28'])).toThrow(UsageError);
  });
});
