/**
 * Reads the text a command works on: its operands, a file, or standard input (`-`).
 */
import { readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { UsageError } from './args';

/**
 * Reads a whole stream as UTF-8 text (for one text or one article, never for batch input).
 *
 * @param stream - standard input.
 * @returns the text.
 */
export async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The text of `dates`/`duration`: the operands joined by spaces, or standard input for `-`.
 *
 * @param operands - the command's positional arguments.
 * @param stdin - standard input.
 * @returns the text.
 * @throws UsageError when no text was given.
 */
export async function textOperand(operands: readonly string[], stdin: Readable): Promise<string> {
  if (operands.length === 1 && operands[0] === '-') return readAll(stdin);
  if (operands.length === 0) throw new UsageError('give the text as an argument, or "-" to read standard input');
  return operands.join(' ');
}

/** Why a file could not be read, in words («ENOENT» tells a user little). */
const FILE_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'it is a directory',
  EMFILE: 'too many open files',
};

/**
 * The usage error for a file that cannot be read.
 *
 * @param path - the file as the user gave it.
 * @param error - what the file system threw.
 * @returns `cannot read "<path>": <reason>`.
 */
export function unreadableFile(path: string, error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = (code !== undefined ? FILE_ERRORS[code] : undefined) ?? code ?? (error as Error).message;
  return new UsageError(`cannot read "${path}": ${reason}`);
}

/**
 * The text of `extract`: a file, or standard input for `-`.
 *
 * @param operands - the command's positional arguments.
 * @param stdin - standard input.
 * @returns the article.
 * @throws UsageError when no file or more than one was given, or the file cannot be read.
 */
export async function fileOperand(operands: readonly string[], stdin: Readable): Promise<string> {
  if (operands.length !== 1) throw new UsageError('give one file, or "-" to read standard input');
  const [path] = operands as [string];
  if (path === '-') return readAll(stdin);
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw unreadableFile(path, error);
  }
}
