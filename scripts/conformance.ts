/**
 * `npm run conformance`: runs every peer suite and prints a pass-rate table.
 * `--misses` also lists every miss.
 */
import { conformanceDir, MISSING_MESSAGE } from '../conformance/load';
import { SUITES } from '../conformance/suites';
import { passRate } from '../conformance/types';

if (!conformanceDir()) {
  console.log(`skipped: ${MISSING_MESSAGE}`);
  process.exit(0);
}
const showMisses = process.argv.includes('--misses');
const rows: string[] = ['| suite | passed | total | rate | floor |', '| --- | ---: | ---: | ---: | ---: |'];
const details: string[] = [];
let belowFloor = 0;
for (const suite of SUITES) {
  const result = suite.run();
  const rate = passRate(result);
  // A suite whose data is absent (the seed article outside this workspace) says so, not «0 of 0».
  if (result.total === 0) {
    rows.push(`| ${result.suite} | skipped: ${result.skipped?.map((s) => `${s.input} ${s.reason}`).join('; ') ?? 'no data'} | | | |`);
    continue;
  }
  if (rate < suite.floor) belowFloor++;
  rows.push(`| ${result.suite} | ${result.passed} | ${result.total} | ${(rate * 100).toFixed(1)}% | ${(suite.floor * 100).toFixed(0)}% |`);
  if (showMisses && result.misses.length > 0) {
    details.push(`\n## ${result.suite}: ${result.misses.length} misses`);
    for (const miss of result.misses) {
      details.push(`- ${miss.input}\n  expected ${JSON.stringify(miss.expected)}\n  actual   ${JSON.stringify(miss.actual)}`);
    }
  }
}
console.log(rows.join('\n'));
if (details.length > 0) console.log(details.join('\n'));
if (belowFloor > 0) {
  console.error(`${belowFloor} suite(s) below their floor`);
  process.exitCode = 1;
}
