/**
 * Numbers and ordinals written in words next to a match, read by the text layer
 * (`findArabicNumbers`, `findArabicOrdinals`) on a bounded window, so the date patterns need
 * no copy of the number grammar and stay linear.
 *
 * @internal
 * @module
 */
import { findArabicNumbers, findArabicOrdinals } from '../text/find-numbers';

/** Wider than any day ordinal («الحادي والثلاثين») or year in words («ألفين وخمسة وعشرين»). */
const WINDOW = 48;

/** The ordinal that ends exactly at `position` of normalized `text`, with its start. */
export function ordinalEndingAt(text: string, position: number): { value: number; index: number } | null {
  const from = Math.max(0, position - WINDOW);
  const window = text.slice(from, position);
  const found = findArabicOrdinals(window);
  const last = found[found.length - 1];
  if (!last || last.end !== window.length) return null;
  return { value: last.value, index: from + last.index };
}

/** The ordinal that starts exactly at `position` of normalized `text`, with its end. */
export function ordinalStartingAt(text: string, position: number): { value: number; end: number } | null {
  const window = text.slice(position, position + WINDOW);
  const first = findArabicOrdinals(window)[0];
  if (!first || first.index !== 0) return null;
  return { value: first.value, end: position + first.end };
}

/** The number (digits or words) that starts exactly at `position` of normalized `text`, with its end. */
export function numberStartingAt(text: string, position: number): { value: number; end: number } | null {
  const window = text.slice(position, position + WINDOW);
  const first = findArabicNumbers(window)[0];
  if (!first || first.index !== 0) return null;
  return { value: first.value, end: position + first.end };
}
