import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { markTopLevelTablesPure, pureModuleTables } from '../../scripts/pure-module-tables';
import { monthNames, parseMonthName } from '../../src/calendar/index';
import { parseDuration } from '../../src/temporal/index';

const PURE_IIFE = '/* @__PURE__ */ (() => (';

describe('markTopLevelTablesPure', () => {
  it('wraps a top-level table built by a call, and leaves literal tables and nested code alone', () => {
    const source = [
      "const WORDS = ['أمس', 'غدا'] as const;",
      'export const LOOKUP = new Map(WORDS.map((word) => [word, word.length]));',
      "export const MONTH = { name: 'تشرين الأول', month: 10 };",
      'const BOTH = [...WORDS, "اليوم"];',
      'export function count(): number {',
      '  const inner = new Set(WORDS);',
      '  return inner.size;',
      '}',
    ].join('\n');
    const marked = markTopLevelTablesPure(source, 'table.ts');
    expect(marked).toContain(`export const LOOKUP = ${PURE_IIFE}new Map(WORDS.map((word) => [word, word.length]))))();`);
    expect(marked).toContain(`const BOTH = ${PURE_IIFE}[...WORDS, "اليوم"]))();`);
    expect(marked).toContain("const WORDS = ['أمس', 'غدا'] as const;");
    expect(marked).toContain("export const MONTH = { name: 'تشرين الأول', month: 10 };");
    expect(marked).toContain('  const inner = new Set(WORDS);');
  });

  it('lets a bundler drop an unused table and keep a used one', async () => {
    // A bundler cannot tell that `lookup` has no effect: without the mark it keeps UNUSED.
    const source = [
      'function lookup(words: readonly string[]): Set<string> {',
      '  return new Set(words);',
      '}',
      "const UNUSED = lookup(['أمس']);",
      "export const USED = lookup(['غدا']);",
    ].join('\n');
    const result = await build({
      stdin: { contents: markTopLevelTablesPure(source, 'table.ts'), loader: 'ts' },
      bundle: true,
      format: 'esm',
      write: false,
      charset: 'utf8',
    });
    const code = result.outputFiles[0]!.text;
    expect(code).not.toContain('أمس');
    expect(code).toContain('غدا');
  });

  it('leaves the library computing the same values (months and durations, bundled through the plugin)', async () => {
    const result = await build({
      stdin: {
        contents: "export { monthNames, parseMonthName } from './src/calendar/index';\nexport { parseDuration } from './src/temporal/index';",
        resolveDir: new URL('../..', import.meta.url).pathname,
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      write: false,
      charset: 'utf8',
      plugins: [pureModuleTables()],
      external: ['@tabby_ai/hijri-converter/*'],
    });
    const code = result.outputFiles[0]!.text;
    expect(code).toContain(PURE_IIFE.trim());
    const bundled = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as {
      monthNames: typeof monthNames;
      parseMonthName: typeof parseMonthName;
      parseDuration: typeof parseDuration;
    };
    expect(bundled.monthNames('levantine')).toEqual(monthNames('levantine'));
    expect(bundled.parseMonthName('تشرين الأول')).toEqual(parseMonthName('تشرين الأول'));
    expect(bundled.parseDuration('ثلاثة أشهر ونصف')).toEqual(parseDuration('ثلاثة أشهر ونصف'));
    expect(bundled.parseDuration('ثلاثة أشهر ونصف')?.iso).toBe('P3.5M');
  });
});
