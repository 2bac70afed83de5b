/**
 * The progress bar of `ziyara batch`, drawn on standard error only when it is a terminal
 * (a log file or a pipe gets nothing).
 */

/** What the bar shows. */
export interface ProgressState {
  /** Lines answered and written. */
  done: number;
  /** Of which failed. */
  failed: number;
  /** Input bytes consumed. */
  bytesRead: number;
  /** Input size when known (a file), for a percentage. */
  totalBytes: number | undefined;
  /** Seconds since the start. */
  elapsedSeconds: number;
}

const BAR_WIDTH = 24;

/**
 * Renders one line of the bar.
 *
 * @param state - the counts to show.
 * @returns e.g. `[##########--------------]  42% 1,234 lines 0 failed 5,678 lines/s`.
 */
export function renderProgress(state: ProgressState): string {
  const rate = state.elapsedSeconds > 0 ? Math.round(state.done / state.elapsedSeconds) : 0;
  const counts = `${state.done.toLocaleString('en-US')} lines ${state.failed.toLocaleString('en-US')} failed ${rate.toLocaleString('en-US')} lines/s`;
  if (!state.totalBytes) return counts;
  const fraction = Math.min(1, state.bytesRead / state.totalBytes);
  const filled = Math.round(fraction * BAR_WIDTH);
  const percent = String(Math.floor(fraction * 100)).padStart(3, ' ');
  return `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${percent}% ${counts}`;
}

/** A terminal-like stream: only these members are used. */
export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): boolean;
}

/** Redraws the bar at most every `intervalMs`, in place, on a terminal; does nothing otherwise. */
export class ProgressBar {
  private readonly state: ProgressState;
  private readonly started: number;
  private lastDraw = Number.NEGATIVE_INFINITY;
  private readonly enabled: boolean;

  /**
   * @param stream - standard error.
   * @param totalBytes - input size when known.
   * @param now - clock in milliseconds (injectable for tests).
   * @param intervalMs - minimum time between redraws.
   */
  constructor(
    private readonly stream: ProgressStream,
    totalBytes: number | undefined,
    private readonly now: () => number = () => performance.now(),
    private readonly intervalMs = 100,
  ) {
    this.enabled = stream.isTTY === true;
    this.started = now();
    this.state = { done: 0, failed: 0, bytesRead: 0, totalBytes, elapsedSeconds: 0 };
  }

  /**
   * Records progress and redraws when due.
   *
   * @param change - lines done, failed and bytes read since the last call.
   */
  advance(change: { done?: number; failed?: number; bytesRead?: number }): void {
    this.state.done += change.done ?? 0;
    this.state.failed += change.failed ?? 0;
    this.state.bytesRead += change.bytesRead ?? 0;
    if (!this.enabled) return;
    const at = this.now();
    if (at - this.lastDraw < this.intervalMs) return;
    this.lastDraw = at;
    this.draw(at);
  }

  /** Draws the final state and ends the line. */
  finish(): void {
    if (!this.enabled) return;
    this.draw(this.now());
    this.stream.write('\n');
  }

  private draw(at: number): void {
    this.state.elapsedSeconds = (at - this.started) / 1000;
    this.stream.write(`\r\u001b[2K${renderProgress(this.state)}`);
  }
}
