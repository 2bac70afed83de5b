import { describe, expect, it } from 'vitest';
import { ProgressBar, renderProgress } from '../../src/cli/batch/progress';

describe('renderProgress', () => {
  it('draws a bar, a percentage, counts and a rate when the input size is known', () => {
    expect(renderProgress({ done: 1500, failed: 2, bytesRead: 50, totalBytes: 200, elapsedSeconds: 3 })).toBe(
      '[######------------------]  25% 1,500 lines 2 failed 500 lines/s',
    );
  });

  it('draws counts only when reading a pipe of unknown size', () => {
    expect(renderProgress({ done: 10, failed: 0, bytesRead: 999, totalBytes: undefined, elapsedSeconds: 0 })).toBe('10 lines 0 failed 0 lines/s');
  });
});

describe('ProgressBar', () => {
  it('writes nothing when standard error is not a terminal', () => {
    const written: string[] = [];
    const bar = new ProgressBar({ isTTY: false, write: (t) => written.push(t) > 0 }, 100);
    bar.advance({ done: 5, bytesRead: 100 });
    bar.finish();
    expect(written).toEqual([]);
  });

  it('redraws in place on a terminal, at most once per interval, and ends with a line break', () => {
    const written: string[] = [];
    let now = 0;
    const bar = new ProgressBar({ isTTY: true, write: (t) => written.push(t) > 0 }, 100, () => now, 100);
    bar.advance({ done: 1, bytesRead: 10 });
    now = 50;
    bar.advance({ done: 1, bytesRead: 10 });
    now = 1000;
    bar.advance({ done: 1, failed: 1, bytesRead: 80 });
    bar.finish();
    expect(written).toEqual([
      '\r\u001b[2K[##----------------------]  10% 1 lines 0 failed 0 lines/s',
      '\r\u001b[2K[########################] 100% 3 lines 1 failed 3 lines/s',
      '\r\u001b[2K[########################] 100% 3 lines 1 failed 3 lines/s',
      '\n',
    ]);
  });
});
