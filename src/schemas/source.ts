import * as z from 'zod';
import { buildRegex } from '../text/regex';
import { IsoDate } from './iso-date';
import type { IsExact } from './exact';
import { field, named } from './registry';

const LANGUAGE_TAG = buildRegex('schemas/language-tag', '^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,4}$');


/**
 * Where a report was published: outlet, URL, publication date and language.
 *
 * @example
 * ```ts
 * const source: Source = { outlet: 'وكالة الأنباء السورية (سانا)', url: 'https://sana.sy/', publishedAt: '2026-01-28' as IsoDate, language: 'ar' };
 * ```
 */
export interface Source {
  /** The news outlet or agency that published the report. */
  outlet: string;
  /** The http(s) address of the report. */
  url?: string;
  /** The day the report was published. */
  publishedAt?: IsoDate;
  /** BCP 47 language tag of the report (default `ar`). */
  language: string;
}

/**
 * The input accepted by {@link Source} (plain strings; `language` defaults to `ar`).
 *
 * @example
 * ```ts
 * const input: SourceInput = { outlet: 'هسبريس', publishedAt: '2025-12-03' };
 * ```
 */
export interface SourceInput {
  /** The news outlet or agency that published the report. */
  outlet: string;
  /** The http(s) address of the report. */
  url?: string | undefined;
  /** The day the report was published, `YYYY-MM-DD`. */
  publishedAt?: string | undefined;
  /** BCP 47 language tag of the report; default `ar`. */
  language?: string | undefined;
}

const sourceSchema = z.object({
    outlet: field(z.string().trim().min(1), {
      en: ['Outlet', 'The news outlet or agency that published the report.'],
      ar: ['الوسيلة', 'الوسيلة الإعلامية أو الوكالة التي نشرت الخبر.'],
    }),
    url: field(z.httpUrl().optional(), {
      en: ['URL', 'The http(s) address of the report.'],
      ar: ['الرابط', 'عنوان الخبر على الشبكة (http أو https).'],
    }),
    publishedAt: field(IsoDate.optional(), {
      en: ['Publication date', 'The day the report was published, YYYY-MM-DD.'],
      ar: ['تاريخ النشر', 'يوم نشر الخبر بصيغة YYYY-MM-DD.'],
    }),
    language: field(z.string().regex(LANGUAGE_TAG).default('ar'), {
      en: ['Language', 'BCP 47 language tag of the report (ar, ar-SY, en).'],
      ar: ['اللغة', 'رمز لغة الخبر وفق BCP 47 (ar، ar-SY، en).'],
    }),
  });
true satisfies IsExact<z.output<typeof sourceSchema>, Source>;
true satisfies IsExact<z.input<typeof sourceSchema>, SourceInput>;

/**
 * Schema of {@link Source}: an http(s) URL, an ISO publication date and a BCP 47 language tag.
 *
 * @example
 * ```ts
 * Source.parse({ outlet: 'الأهرام', url: 'https://gate.ahram.org.eg/', publishedAt: '2025-11-02' }).language; // 'ar'
 * ```
 */
export const Source: z.ZodType<Source, SourceInput> = named(sourceSchema, 'Source', {
    en: ['Source', 'Where the report was published.'],
    ar: ['المصدر', 'الجهة التي نشرت الخبر.'],
  });
