/**
 * Splits a byte stream into lines without ever holding more than one line (plus one chunk)
 * in memory, so a 1 GB JSON Lines file is read in constant memory. A line longer than the
 * limit is skipped byte by byte and reported as too long instead of being buffered.
 */

/** One line of the input. */
export interface InputLine {
  /** 1-based line number in the input. */
  number: number;
  /** The line's text without its line break, or `null` when it was too long to keep. */
  text: string | null;
  /** UTF-8 bytes of the line including its line break (for the progress bar). */
  bytes: number;
}

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const BYTE_ORDER_MARK = '\uFEFF';

function decodeLine(parts: Buffer[], totalBytes: number, number: number): string {
  const whole = parts.length === 1 ? parts[0]! : Buffer.concat(parts, totalBytes);
  const end = whole.length > 0 && whole[whole.length - 1] === CARRIAGE_RETURN ? whole.length - 1 : whole.length;
  const text = whole.toString('utf8', 0, end);
  return number === 1 && text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
}

/**
 * Reads lines from a stream of chunks.
 *
 * @param source - a readable stream or any async iterable of chunks.
 * @param maxLineBytes - longest line kept, in bytes; longer lines come out with `text: null`.
 * @returns an async iterator of lines; the stream is read only as fast as lines are consumed.
 */
export async function* readLines(source: AsyncIterable<Buffer | string>, maxLineBytes: number): AsyncGenerator<InputLine> {
  let parts: Buffer[] = [];
  let pendingBytes = 0;
  let tooLong = false;
  let number = 0;
  for await (const raw of source) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
    let position = 0;
    while (position < chunk.length) {
      const newline = chunk.indexOf(NEWLINE, position);
      const segmentEnd = newline === -1 ? chunk.length : newline;
      const segmentBytes = segmentEnd - position;
      if (!tooLong) {
        if (pendingBytes + segmentBytes > maxLineBytes) {
          tooLong = true;
          parts = [];
        } else if (segmentBytes > 0) {
          // Copy only what survives this chunk, so a partial line does not pin a whole chunk.
          parts.push(newline === -1 ? Buffer.from(chunk.subarray(position, segmentEnd)) : chunk.subarray(position, segmentEnd));
        }
      }
      pendingBytes += segmentBytes;
      if (newline === -1) break;
      number++;
      yield { number, text: tooLong ? null : decodeLine(parts, pendingBytes, number), bytes: pendingBytes + 1 };
      parts = [];
      pendingBytes = 0;
      tooLong = false;
      position = newline + 1;
    }
  }
  if (pendingBytes > 0 || tooLong) {
    number++;
    yield { number, text: tooLong ? null : decodeLine(parts, pendingBytes, number), bytes: pendingBytes };
  }
}
