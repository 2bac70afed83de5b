import * as z from 'zod';
import type { IsExact } from './exact';
import { field, named } from './registry';
import { raiseRule } from './rules';

const Offset = z.int().nonnegative();

/**
 * Where a fact was read: the quoted text and its UTF-16 offsets in the source text,
 * `source.slice(index, end) === text`.
 *
 * @example
 * ```ts
 * const source = 'وصل الرئيس اليوم إلى موسكو';
 * const evidence: Evidence = { text: 'موسكو', index: 21, end: 26 };
 * ```
 */
export interface Evidence {
  /** The text as written in the source: `source.slice(index, end)`. */
  text: string;
  /** UTF-16 offset of the first character in the source text. */
  index: number;
  /** UTF-16 offset just after the last character in the source text. */
  end: number;
}

/**
 * Schema of {@link Evidence}: offsets are non-negative integers, `index ≤ end`, and
 * `text` is exactly `end − index` characters long.
 *
 * @example
 * ```ts
 * Evidence.parse({ text: 'موسكو', index: 21, end: 26 });
 * Evidence.safeParse({ text: 'موسكو', index: 26, end: 21 }).success; // false
 * ```
 */
export const Evidence: z.ZodType<Evidence, Evidence> = named(evidenceSchema(), 'Evidence', {
  en: ['Evidence', 'Where a fact was read: the quoted text and its offsets in the source text.'],
  ar: ['الدليل', 'موضع المعلومة في النص: المقطع المقتبس وموضعا بدايته ونهايته في نص المصدر.'],
});

function evidenceSchema() {
  return z
    .object({
      text: field(z.string(), {
        en: ['Quoted text', 'The text as written in the source: source.slice(index, end).'],
        ar: ['النص المقتبس', 'النص كما ورد في المصدر، من الموضع index إلى الموضع end.'],
      }),
      index: field(Offset, {
        en: ['Start offset', 'UTF-16 offset of the first character in the source text.'],
        ar: ['موضع البداية', 'موضع أول حرف في نص المصدر (بوحدات UTF-16).'],
      }),
      end: field(Offset, {
        en: ['End offset', 'UTF-16 offset just after the last character in the source text.'],
        ar: ['موضع النهاية', 'الموضع الذي يلي آخر حرف في نص المصدر (بوحدات UTF-16).'],
      }),
    })
    .superRefine((evidence, ctx) => {
      if (evidence.index > evidence.end) {
        raiseRule(ctx, 'offsets-ordered', ['end'], { index: evidence.index, end: evidence.end });
      } else if (evidence.text.length !== evidence.end - evidence.index) {
        raiseRule(ctx, 'evidence-length', ['text'], { length: evidence.text.length, span: evidence.end - evidence.index });
      }
    });
}
true satisfies IsExact<z.output<ReturnType<typeof evidenceSchema>>, Evidence>;
true satisfies IsExact<z.input<ReturnType<typeof evidenceSchema>>, Evidence>;

/** A fresh optional `evidence` field. @internal */
export function evidenceField(what: { en: string; ar: string }) {
  return field(Evidence.optional(), {
    en: ['Evidence', `Where the text mentions ${what.en}.`],
    ar: ['الدليل', `موضع ${what.ar} في النص.`],
  });
}
