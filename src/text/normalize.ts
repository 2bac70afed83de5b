/**
 * Arabic normalization for matching, with a map back to the original offsets.
 *
 * @module
 */

/** Letters folded to one form for matching (hamza seats on alef, alef maqsura, ta marbuta, Persian/Urdu letters). */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  '\u0623': '\u0627', // أ
  '\u0625': '\u0627', // إ
  '\u0622': '\u0627', // آ
  '\u0671': '\u0627', // ٱ alef wasla
  '\u0672': '\u0627', // ٲ
  '\u0673': '\u0627', // ٳ
  '\u0649': '\u064A', // ى → ي
  '\u06CC': '\u064A', // ی Persian yeh
  '\u06D2': '\u064A', // ے Urdu yeh barree
  '\u0629': '\u0647', // ة → ه
  '\u06C0': '\u0647', // ۀ
  '\u06C1': '\u0647', // ہ
  '\u06D5': '\u0647', // ە
  '\u06A9': '\u0643', // ک Persian kaf
  '\u066B': '.', // ٫ Arabic decimal separator
  '\u066C': ',', // ٬ Arabic thousands separator
};

/** Combining marks removed for matching: harakat, tanwin, shadda, sukun, superscript alef, Quranic marks, tatweel. */
function isRemovedMark(code: number): boolean {
  return (
    code === 0x0640 || // tatweel
    (code >= 0x064b && code <= 0x065f) || // harakat, tanwin, shadda, sukun, hamza marks
    code === 0x0670 || // superscript alef
    (code >= 0x0610 && code <= 0x061a) ||
    (code >= 0x06d6 && code <= 0x06dc) ||
    (code >= 0x06df && code <= 0x06e8) ||
    (code >= 0x06ea && code <= 0x06ed) ||
    (code >= 0x08d3 && code <= 0x08ff)
  );
}

/** Invisible format characters removed for matching: bidi marks and isolates, ZWJ/ZWNJ, BOM, soft hyphen. */
function isRemovedFormat(code: number): boolean {
  return (
    code === 0x200e ||
    code === 0x200f ||
    code === 0x061c ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0x200b ||
    code === 0x200c ||
    code === 0x200d ||
    code === 0x2060 ||
    code === 0xfeff ||
    code === 0x00ad
  );
}

function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x85 || // next line
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

function foldDigitCode(code: number): number | undefined {
  if (code >= 0x0660 && code <= 0x0669) return 0x30 + code - 0x0660;
  if (code >= 0x06f0 && code <= 0x06f9) return 0x30 + code - 0x06f0;
  return undefined;
}

/** What the hot loop does with a UTF-16 unit: keep it (folded by {@link FOLDED_UNIT}), drop a mark, drop a format character, or treat it as a space. */
const KEEP = 0;
const MARK = 1;
const FORMAT = 2;
const SPACE = 3;

/**
 * The blocks that hold every unit the predicates above remove or treat as a space (Latin-1,
 * Arabic and its supplements, Ogham space, general punctuation, ideographic space, BOM): the
 * tables are filled from them, not from all 65,536 units, so importing the module stays cheap.
 * A unit added to a predicate must lie in one of these blocks.
 */
const SPECIAL_BLOCKS: readonly (readonly [number, number])[] = [
  [0x0000, 0x00ff],
  [0x0600, 0x08ff],
  [0x1680, 0x1680],
  [0x2000, 0x206f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
];

/** The action for every UTF-16 unit (KEEP unless set), so the loop does one table read per unit. */
const ACTION: Uint8Array = (() => {
  const table = new Uint8Array(65_536);
  for (const [first, last] of SPECIAL_BLOCKS) {
    for (let code = first; code <= last; code++) {
      if (isRemovedMark(code)) table[code] = MARK;
      else if (isRemovedFormat(code)) table[code] = FORMAT;
      else if (isSpace(code)) table[code] = SPACE;
    }
  }
  return table;
})();

/** The unit a kept unit folds to ({@link LETTER_FOLDS} and the digit folds); 0 for a unit kept as it is. */
const FOLDED_UNIT: Uint16Array = (() => {
  const table = new Uint16Array(65_536);
  for (let code = 0x0660; code <= 0x06f9; code++) {
    const digit = foldDigitCode(code);
    if (digit !== undefined) table[code] = digit;
  }
  for (const [from, to] of Object.entries(LETTER_FOLDS)) table[from.charCodeAt(0)] = to.charCodeAt(0);
  return table;
})();

/**
 * Normalized text together with, for every UTF-16 unit of it, the span of the
 * original text that produced it.
 *
 * @example
 * ```ts
 * const n: NormalizedText = normalizeWithMap('زارَ عمّان');
 * n.text; // 'زار عمان'
 * n.starts[4]; // 5 — the ع of عمّان in the original
 * ```
 */
export interface NormalizedText {
  /** The input as given. */
  readonly original: string;
  /** The normalized text (see {@link normalizeArabic}). */
  readonly text: string;
  /** `starts[i]`: where, in `original`, the unit `text[i]` comes from. */
  readonly starts: Uint32Array;
  /** `ends[i]`: the end (exclusive) in `original` of the unit `text[i]`, trailing removed marks included. */
  readonly ends: Uint32Array;
}

/**
 * Normalizes Arabic text for matching and keeps a map back to the original.
 *
 * Folds alef forms (أ إ آ ٱ) to ا, ى to ي, ة to ه, Persian and Urdu letters to
 * Arabic; removes tatweel, harakat, tanwin, shadda, superscript alef and the
 * invisible bidi/format characters; turns every run of spaces into one space;
 * turns Arabic-Indic and Extended Arabic-Indic digits into ASCII and `٫`/`٬`
 * into `.`/`,`. Every other character, lone surrogates included, is kept.
 * Runs in time linear in the input.
 *
 * @param original - any string (anything else is read as the empty string).
 * @returns the normalized text and its offset map; use {@link originalSpan} to map a match back; never throws.
 * @example
 * ```ts
 * const n = normalizeWithMap('في ١٥ تشرينَ الأوّل');
 * n.text; // 'في 15 تشرين الاول'
 * originalSpan(n, 6, 17); // { index: 6, end: 19 }
 * ```
 */
export function normalizeWithMap(original: string): NormalizedText {
  if (typeof original !== 'string') return { original: '', text: '', starts: new Uint32Array(0), ends: new Uint32Array(0) };
  const length = original.length;
  // One output unit per input unit at most; every fold maps one unit to one unit.
  const out = new Uint16Array(length);
  const starts = new Uint32Array(length + 1);
  const ends = new Uint32Array(length + 1);
  let n = 0;
  let lastWasSpace = false;
  let surrogates = false;
  for (let i = 0; i < length; i++) {
    const code = original.charCodeAt(i);
    const action = ACTION[code]!;
    if (action === KEEP) {
      lastWasSpace = false;
      out[n] = FOLDED_UNIT[code] || code;
      if (code >= 0xd800 && code <= 0xdfff) surrogates = true;
      starts[n] = i;
      ends[n] = i + 1;
      n++;
      continue;
    }
    if (action === MARK) {
      // Marks belong to the letter before them, so a highlight covers them.
      if (n > 0 && !lastWasSpace) ends[n - 1] = i + 1;
      continue;
    }
    if (action === FORMAT) continue;
    if (lastWasSpace) {
      ends[n - 1] = i + 1;
      continue;
    }
    out[n] = 0x20;
    starts[n] = i;
    ends[n] = i + 1;
    n++;
    lastWasSpace = true;
  }
  return { original, text: unitsToString(out, n, surrogates), starts: starts.subarray(0, n), ends: ends.subarray(0, n) };
}

/** The string of the first `count` units; `surrogates` when any unit is a surrogate half. */
function unitsToString(units: Uint16Array, count: number, surrogates: boolean): string {
  // The native decoder costs a fixed setup per call: short texts are cheaper built directly.
  return surrogates || count < SHORT_TEXT ? decodeUnits(units, count) : UTF16.decode(units.subarray(0, count));
}

/** Decodes UTF-16 units in one native call; only for units without surrogates, which it would replace with U+FFFD. */
const UTF16 = new TextDecoder('utf-16le');
/** Below this many units `String.fromCharCode` beats the native decoder's per-call setup. */
const SHORT_TEXT = 256;

/** Builds a string from UTF-16 units in chunks, lone surrogates kept, without one string per unit. */
function decodeUnits(units: Uint16Array, count: number): string {
  const CHUNK = 8192;
  let text = '';
  for (let from = 0; from < count; from += CHUNK) {
    text += String.fromCharCode(...units.subarray(from, Math.min(from + CHUNK, count)));
  }
  return text;
}

/**
 * Normalizes Arabic text for matching (see {@link normalizeWithMap} for what it folds).
 *
 * @param text - any string.
 * @returns the normalized text (`''` for a non-string); never throws.
 * @example
 * ```ts
 * normalizeArabic('أكتوبـــر ٢٠٢٥ مَ'); // 'اكتوبر 2025 م'
 * ```
 */
export function normalizeArabic(text: string): string {
  if (typeof text !== 'string') return '';
  // The same folding as normalizeWithMap without the offset map: the tables normalize thousands of spellings at import.
  const length = text.length;
  const out = new Uint16Array(length);
  let n = 0;
  let lastWasSpace = false;
  let surrogates = false;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    const action = ACTION[code]!;
    if (action === KEEP) {
      lastWasSpace = false;
      out[n++] = FOLDED_UNIT[code] || code;
      if (code >= 0xd800 && code <= 0xdfff) surrogates = true;
    } else if (action !== MARK && action !== FORMAT && !lastWasSpace) {
      out[n++] = 0x20;
      lastWasSpace = true;
    }
  }
  return unitsToString(out, n, surrogates);
}

/**
 * Maps a span `[from, to)` of the normalized text back to the original input.
 *
 * @param normalized - the result of {@link normalizeWithMap}.
 * @param from - start index in `normalized.text`.
 * @param to - end index (exclusive) in `normalized.text`; must be greater than `from`.
 * @returns `{ index, end }` in `normalized.original`; `{ index: 0, end: 0 }` when `from` or `to` is not a finite number.
 * @example
 * ```ts
 * const n = normalizeWithMap('زار موسكو في ١٥ أكتوبرَ');
 * const at = n.text.indexOf('15 اكتوبر');
 * originalSpan(n, at, at + 9); // { index: 13, end: 23 }
 * ```
 */
export function originalSpan(
  normalized: NormalizedText,
  from: number,
  to: number,
): {
  /** Start index in the original input. */
  index: number;
  /** End index (exclusive) in the original input, trailing removed marks included. */
  end: number;
} {
  const count = normalized.starts.length;
  if (count === 0 || !Number.isFinite(from) || !Number.isFinite(to)) return { index: 0, end: 0 };
  const first = Math.min(Math.max(from, 0), count - 1);
  const last = Math.min(Math.max(to - 1, first), count - 1);
  return { index: normalized.starts[first] as number, end: normalized.ends[last] as number };
}
