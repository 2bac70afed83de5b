import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MISSING_MESSAGE, readSeedArticle } from '../../conformance/load';

const root = resolve(__dirname, '..', '..');
const run = (args: string[]) =>
  execFileSync(process.execPath, ['--import', 'tsx', 'examples/demo.ts', ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('npm run demo', () => {
  it('prints the example article: summary, temporal values with Hijri, validated JSON', () => {
    const output = run([]);
    expect(output).toContain('reference 2026-01-22');
    expect(output).toContain('visitor:     سامر الخطيب — prime minister — Jordan (JO)');
    expect(output).toContain('type: official working visit');
    expect(output).toContain('«20 تشرين الثاني الماضي، الموافق 29 جمادى الأولى 1447 هـ» → 2025-11-20 (day) | Hijri 1447-05-29');
    expect(output).toContain('«خلال شهرين» → duration P2M (within)');
    const json = JSON.parse(output.slice(output.indexOf('StateVisit (validated):') + 'StateVisit (validated):'.length));
    expect(json).toMatchObject({ guestCountry: 'JO', hostCountry: 'SY', ordinal: { value: 2 } });
  });

  it('reads standard input (a shell pipe) with --reference', () => {
    const output = execFileSync('bash', ['-c', `printf '%s' 'وصل الرئيس التونسي هشام بن سالم اليوم إلى الجزائر في زيارة دولة.' | '${process.execPath}' --import tsx examples/demo.ts --reference 2026-03-10`], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(output).toContain('standard input (reference 2026-03-10)');
    expect(output).toContain('arrival: 2026-03-10');
  });

  it.skipIf(!readSeedArticle())(`shows the seed visit${readSeedArticle() ? '' : ` (${MISSING_MESSAGE})`}`, () => {
    const output = run(['../shared/corpus/seed-article.txt', '--reference', '2026-01-28']);
    expect(output).toContain('host:        فلاديمير بوتين — president — Russia (RU)');
    expect(output).toContain('place: Moscow');
    expect(output).toContain('→ agrees');
  });
});
