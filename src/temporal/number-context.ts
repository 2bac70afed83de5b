/**
 * Numbers and ordinals written in words next to a match, read by the text layer
 * (`findArabicNumbers`, `findArabicOrdinals`) once per text and looked up by offset, so the date
 * patterns need no copy of the number grammar and a text with many month names stays linear.
 *
 * @internal
 * @module
 */
import { findArabicNumbers, findArabicOrdinals } from '../text/find-numbers';

interface Found {
  readonly value: number;
  readonly index: number;
  readonly end: number;
}

interface NumberIndex {
  ordinalsByEnd?: Map<number, Found>;
  ordinalsByStart?: Map<number, Found>;
  numbersByStart?: Map<number, Found>;
}

// Parsers run one after the other on the same normalized text: a one-entry cache is enough.
let cachedText: string | null = null;
let cachedIndex: NumberIndex = {};

function indexOf(text: string): NumberIndex {
  if (text !== cachedText) {
    cachedText = text;
    cachedIndex = {};
  }
  return cachedIndex;
}

function ordinals(text: string): NumberIndex {
  const index = indexOf(text);
  if (!index.ordinalsByEnd || !index.ordinalsByStart) {
    index.ordinalsByEnd = new Map();
    index.ordinalsByStart = new Map();
    // The input is already normalized, so offsets in it are offsets in `text`.
    for (const found of findArabicOrdinals(text)) {
      index.ordinalsByEnd.set(found.end, found);
      index.ordinalsByStart.set(found.index, found);
    }
  }
  return index;
}

/** The ordinal that ends exactly at `position` of normalized `text`, with its start. */
export function ordinalEndingAt(text: string, position: number): { value: number; index: number } | null {
  const found = ordinals(text).ordinalsByEnd?.get(position);
  return found ? { value: found.value, index: found.index } : null;
}

/** The ordinal that starts exactly at `position` of normalized `text`, with its end. */
export function ordinalStartingAt(text: string, position: number): { value: number; end: number } | null {
  const found = ordinals(text).ordinalsByStart?.get(position);
  return found ? { value: found.value, end: found.end } : null;
}

/** The number (digits or words) that starts exactly at `position` of normalized `text`, with its end. */
export function numberStartingAt(text: string, position: number): { value: number; end: number } | null {
  const index = indexOf(text);
  if (!index.numbersByStart) {
    index.numbersByStart = new Map();
    for (const found of findArabicNumbers(text)) index.numbersByStart.set(found.index, found);
  }
  const found = index.numbersByStart.get(position);
  return found ? { value: found.value, end: found.end } : null;
}

/**
 * The number that starts at `position` when read alone, for a number glued to an article
 * («الثلاثة» read from after «ال»): the whole-text index does not see it as a number there.
 */
export function numberAloneAt(text: string, position: number): { value: number; end: number } | null {
  const window = text.slice(position, position + 32);
  const first = findArabicNumbers(window)[0];
  return first && first.index === 0 ? { value: first.value, end: position + first.end } : null;
}
