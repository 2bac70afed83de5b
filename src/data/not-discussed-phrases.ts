/**
 * Phrases that say a matter was NOT discussed (`لم يتطرق اللقاء إلى الملف النووي`، `دون التطرق
 * إلى`، Tunisian `لم يقع التطرق إلى`): a topic keyword inside their scope is not a topic of the
 * statement or the text. A denial is different — `نفى … أي حديث عن صفقة أسلحة` is still about
 * arms — so `نفى`، `لم يؤكد` and the like are not here. Spellings as the press writes them; the
 * extractor normalizes them and reads a joined و/ف (`ولم يتطرق`).
 *
 * @module
 */
import type { TopicRegion } from './topics';

/**
 * One phrase that opens a "not discussed" scope.
 *
 * @example
 * ```ts
 * const phrase: NotDiscussedPhrase = { phrase: 'لم يقع التطرق', region: 'maghreb', en: 'was not touched upon' };
 * ```
 */
export interface NotDiscussedPhrase {
  /** The phrase as written (`لم يتطرق`، `دون التطرق`). */
  readonly phrase: string;
  /** `all` for Modern Standard Arabic, else the region whose press prefers it. */
  readonly region: TopicRegion;
  /** English gloss. */
  readonly en: string;
}

/**
 * THE phrases of {@link NotDiscussedPhrase}. The scope runs from the end of the phrase (its
 * subject and `إلى`/`عن` included: `لم يتطرق الرئيسان خلال لقائهما إلى …`) to the end of the
 * clause: a comma, the sentence end, a word of {@link NOT_DISCUSSED_SCOPE_ENDS}, a word joined
 * with و that does not continue a list of nouns (`وركز على …`), or 15 words.
 *
 * @example
 * ```ts
 * NOT_DISCUSSED_PHRASES.some((p) => p.phrase === 'لم يتطرق'); // true — «لم يتطرق إلى الملف النووي»
 * ```
 */
export const NOT_DISCUSSED_PHRASES: readonly NotDiscussedPhrase[] = [
  { phrase: 'لم يتطرق', region: 'all', en: 'did not touch upon' },
  { phrase: 'لم تتطرق', region: 'all', en: 'did not touch upon' },
  { phrase: 'لم يتطرقا', region: 'all', en: 'the two did not touch upon' },
  { phrase: 'لم يتطرقوا', region: 'all', en: 'they did not touch upon' },
  { phrase: 'لم يتم التطرق', region: 'all', en: 'was not touched upon' },
  { phrase: 'لم تتم مناقشة', region: 'all', en: 'was not discussed' },
  { phrase: 'لم يتم مناقشة', region: 'gulf', en: 'was not discussed' },
  { phrase: 'دون التطرق', region: 'all', en: 'without touching upon' },
  { phrase: 'دون أن يتطرق', region: 'all', en: 'without touching upon' },
  { phrase: 'دون أن تتطرق', region: 'all', en: 'without touching upon' },
  { phrase: 'لم يتم بحث', region: 'all', en: 'was not discussed' },
  { phrase: 'لم يبحث', region: 'all', en: 'did not discuss' },
  { phrase: 'لم تبحث', region: 'all', en: 'did not discuss' },
  { phrase: 'لم يناقش', region: 'all', en: 'did not discuss' },
  { phrase: 'لم تناقش', region: 'all', en: 'did not discuss' },
  { phrase: 'لم يتناول', region: 'all', en: 'did not address' },
  { phrase: 'لم تتناول', region: 'all', en: 'did not address' },
  { phrase: 'لم يطرح', region: 'all', en: 'was not raised' },
  { phrase: 'لم تطرح', region: 'all', en: 'was not raised' },
  { phrase: 'لم يجر بحث', region: 'iraq', en: 'was not discussed' },
  { phrase: 'لم يجر التطرق', region: 'levant', en: 'was not touched upon' },
  { phrase: 'لم يجر الحديث عن', region: 'levant', en: 'there was no talk of' },
  { phrase: 'لم يأت على ذكر', region: 'levant', en: 'made no mention of' },
  { phrase: 'لم يتم الحديث عن', region: 'egypt', en: 'there was no talk of' },
  { phrase: 'لم يقع التطرق', region: 'maghreb', en: 'was not touched upon' },
  { phrase: 'لم يقع تناول', region: 'maghreb', en: 'was not addressed' },
];

/**
 * Words that end a "not discussed" scope before the clause does: a contrast says what WAS
 * discussed (`لم يتطرق إلى الملف النووي بل ركز على الطاقة`).
 *
 * @example
 * ```ts
 * NOT_DISCUSSED_SCOPE_ENDS.includes('بل'); // true
 * ```
 */
export const NOT_DISCUSSED_SCOPE_ENDS: readonly string[] = ['بل', 'لكن', 'ولكن', 'لكنه', 'لكنها', 'وإنما', 'إنما', 'بينما', 'فيما', 'غير أن', 'إلا أن', 'في حين', 'وإن'];
