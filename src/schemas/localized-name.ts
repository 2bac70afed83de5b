import * as z from 'zod';
import type { IsExact } from './exact';
import { field, named } from './registry';

/**
 * A name as the Arabic text writes it, with an English form or a transliteration when known.
 *
 * @example
 * ```ts
 * const name: LocalizedName = { ar: 'أحمد الشرع', en: 'Ahmed al-Sharaa' };
 * ```
 */
export interface LocalizedName {
  /** The name as written in the Arabic text. */
  ar: string;
  /** The usual English form of the name, when known. */
  en?: string;
  /** A Latin-script transliteration of the Arabic name. */
  transliteration?: string;
}

const localizedNameSchema = z.object({
    ar: field(z.string().trim().min(1), {
      en: ['Arabic name', 'The name as written in the Arabic text.'],
      ar: ['الاسم بالعربية', 'الاسم كما كُتب في النص العربي.'],
    }),
    en: field(z.string().trim().min(1).optional(), {
      en: ['English name', 'The usual English form of the name, when known.'],
      ar: ['الاسم بالإنجليزية', 'الصيغة الإنجليزية المعتادة للاسم إن عُرفت.'],
    }),
    transliteration: field(z.string().trim().min(1).optional(), {
      en: ['Transliteration', 'A Latin-script transliteration of the Arabic name.'],
      ar: ['النقحرة', 'كتابة الاسم العربي بالحروف اللاتينية.'],
    }),
  });
true satisfies IsExact<z.output<typeof localizedNameSchema>, LocalizedName>;
true satisfies IsExact<z.input<typeof localizedNameSchema>, LocalizedName>;

/**
 * Schema of {@link LocalizedName}: a non-empty Arabic name; English and transliteration optional.
 *
 * @example
 * ```ts
 * LocalizedName.parse({ ar: 'موسكو', en: 'Moscow' });
 * ```
 */
export const LocalizedName: z.ZodType<LocalizedName, LocalizedName> = named(localizedNameSchema, 'LocalizedName', {
    en: ['Name', 'A name in Arabic as written, with English and transliterated forms when known.'],
    ar: ['الاسم', 'اسم بالعربية كما ورد، مع صيغته الإنجليزية ونقحرته إن عُرفتا.'],
  });
