/**
 * Typed errors of the temporal layer.
 *
 * @module
 */

/**
 * Thrown when a temporal option cannot be read: a `reference` that is neither a
 * valid `Date` nor a `YYYY-MM-DD` day, an unknown `timeZone`, or an unknown `prefer`.
 * Text is never a reason to throw: parsers answer `null`/`[]` for text they do not read.
 *
 * @example
 * ```ts
 * try {
 *   findTemporal('زار موسكو أمس', { reference: '2026-02-30' });
 * } catch (error) {
 *   error instanceof TemporalOptionsError; // true
 *   error.option; // 'reference'
 * }
 * ```
 */
export class TemporalOptionsError extends RangeError {
  /** The option that could not be read (`reference`, `timeZone`, `prefer`, `periodParts`). */
  readonly option: string;

  /**
   * @param option - the option name.
   * @param message - what was wrong and what is valid.
   */
  constructor(option: string, message: string) {
    super(message);
    this.name = 'TemporalOptionsError';
    this.option = option;
  }
}
