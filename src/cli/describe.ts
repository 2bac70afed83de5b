/**
 * One-line, human-readable summaries of temporal values for terminal output
 * (`ziyara dates` without `--json`) and the playground's side list.
 */
import type { DateFields, DateValue, DurationValue, TemporalMatch, TemporalValue, TimeValue } from '../temporal/index';

const FIELD_ORDER: readonly (keyof DateFields)[] = ['year', 'month', 'day', 'weekday'];

function fieldNames(fields: DateFields): string {
  return FIELD_ORDER.filter((key) => fields[key] !== undefined).join(', ');
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function describeDate(value: DateValue): string {
  const parts: string[] = [];
  if (value.vague || value.start === undefined) parts.push(value.vagueSide ? `vague, ${value.vagueSide}` : 'vague');
  else if (value.start === value.end || value.end === undefined) parts.push(value.start);
  else parts.push(`${value.start} … ${value.end}`);
  parts.push(value.precision);
  if (value.partOfDay) parts.push(value.partOfDay);
  if (value.calendar !== 'gregory') parts.push(value.calendar);
  if (value.modifier) parts.push(value.modifier);
  const implied = fieldNames(value.implied);
  if (implied) parts.push(`implied: ${implied}`);
  if (value.relative) parts.push(`relative: ${value.relative.offset >= 0 ? '+' : ''}${value.relative.offset} ${value.relative.unit}`);
  if (value.warnings && value.warnings.length > 0) parts.push(`warnings: ${value.warnings.join('; ')}`);
  return parts.join(' · ');
}

function describeTime(value: TimeValue): string {
  const written = `${pad2(value.hour)}:${pad2(value.minute)}${value.second === undefined ? '' : `:${pad2(value.second)}`}`;
  const clock = value.timeZone ? `${written} ${value.timeZone}` : written;
  return value.date ? `${describeDate(value.date)} ${clock}` : clock;
}

function describeDuration(value: DurationValue): string {
  return value.qualifier ? `${value.iso} (${value.qualifier})` : value.iso;
}

/**
 * Summarizes a temporal value on one line.
 *
 * @param value - a value returned by `findTemporal`, `parseDate` or `parseDuration`.
 * @returns e.g. `2025-10-15 · day · implied: year`, `2026-01-22 · day · evening`, `10:00 Asia/Riyadh`, `P3.5M`, `P4M (less-than)`.
 */
export function describeTemporalValue(value: TemporalValue): string {
  switch (value.type) {
    case 'date':
      return describeDate(value);
    case 'time':
      return describeTime(value);
    case 'duration':
      return describeDuration(value);
    case 'range': {
      const from = value.from.type === 'date' ? describeDate(value.from) : describeTime(value.from);
      const to = value.to.type === 'date' ? describeDate(value.to) : describeTime(value.to);
      return `${from} → ${to}`;
    }
  }
}

/**
 * Matches as one line each: offsets, kind, the text and its value.
 *
 * @param matches - what `findTemporal` returned.
 * @returns the lines, or a sentence saying nothing was found.
 */
export function describeMatches(matches: readonly TemporalMatch[]): string {
  if (matches.length === 0) return 'no temporal expression found';
  return matches
    .map((match) => `${String(match.index).padStart(5)}–${String(match.end).padEnd(5)} ${match.kind.padEnd(8)} «${match.text}» → ${describeTemporalValue(match.value)}`)
    .join('\n');
}
