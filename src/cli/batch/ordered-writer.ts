/**
 * Writes results in input order although workers finish out of order: a result waits in a
 * small buffer until every earlier one is written. The buffer is bounded by the number of
 * lines in flight, which the batch runner caps.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Writes numbered lines to a stream in the order of their numbers, honouring back-pressure. */
export class OrderedWriter {
  private readonly waiting = new Map<number, string>();
  private next = 0;
  private chain: Promise<void> = Promise.resolve();
  /** Resolves when the stream has processed the last line handed to it (chunks complete in order). */
  private lastWrite: Promise<void> = Promise.resolve();

  /**
   * @param output - where lines go (standard output).
   * @param onWritten - called after each line is handed to the stream.
   */
  constructor(
    private readonly output: Writable,
    private readonly onWritten: () => void,
  ) {}

  /** Lines received but not yet written. */
  get buffered(): number {
    return this.waiting.size;
  }

  /**
   * Adds the line at position `seq` (0-based, each position given once).
   *
   * @param seq - the line's position in the output.
   * @param line - one line of output, without its line break.
   */
  put(seq: number, line: string): void {
    this.waiting.set(seq, line);
    if (seq === this.next) this.chain = this.chain.then(() => this.flush());
  }

  /**
   * Resolves when every line that can be written has been written and the stream has processed
   * it (not just buffered it), so a caller that then reports or exits loses nothing.
   *
   * @returns a promise that rejects if the stream failed.
   */
  async settled(): Promise<void> {
    await this.chain;
    await this.lastWrite;
  }

  private async flush(): Promise<void> {
    for (let line = this.waiting.get(this.next); line !== undefined; line = this.waiting.get(this.next)) {
      this.waiting.delete(this.next);
      this.next++;
      let accepted = false;
      this.lastWrite = new Promise<void>((resolve) => {
        accepted = this.output.write(`${line}\n`, () => resolve());
      });
      this.onWritten();
      if (!accepted) await once(this.output, 'drain');
    }
  }
}
