/**
 * The words of a delegation report: who accompanies whom (`ويرافقه وفد`),
 * who heads it (`برئاسة`، `على رأس وفد`), the verbs that open its member list
 * (`ضمّ`، `يضم`), what extends the list (`إلى جانب`) and what opens an
 * unspecified remainder (`عدد من`). Spellings as written; normalized by the
 * extractor.
 *
 * @module
 */
import { THIRD_PERSON_SUFFIXES } from './clitics';
import { HONORIFIC_PRONOUNS } from './honorifics';

/** Kind of a delegation, from the adjective after `وفد`. */
export type DelegationKindCode = 'official' | 'security' | 'economic' | 'parliamentary' | 'military' | 'ministerial' | 'diplomatic' | 'technical' | 'media';

/** An adjective after `وفد` and the kind it names. */
export interface DelegationKindWord {
  readonly word: string;
  readonly kind: DelegationKindCode;
}

/** Adjectives of `وفد` (`وفد رسمي`، `وفد اقتصادي رفيع`). */
export const DELEGATION_KIND_WORDS: readonly DelegationKindWord[] = [
  { word: 'رسمي', kind: 'official' },
  { word: 'رفيع المستوى', kind: 'official' },
  { word: 'رفيع', kind: 'official' },
  { word: 'أمني', kind: 'security' },
  { word: 'اقتصادي', kind: 'economic' },
  { word: 'تجاري', kind: 'economic' },
  { word: 'برلماني', kind: 'parliamentary' },
  { word: 'عسكري', kind: 'military' },
  { word: 'وزاري', kind: 'ministerial' },
  { word: 'حكومي', kind: 'ministerial' },
  { word: 'سياسي', kind: 'diplomatic' },
  { word: 'دبلوماسي', kind: 'diplomatic' },
  { word: 'فني', kind: 'technical' },
  { word: 'تقني', kind: 'technical' },
  { word: 'إعلامي', kind: 'media' },
];

/**
 * Adjectives of `الوفد` other than its kind that may stand between `رئيس الوفد` and the
 * country adjective (`رئيس الوفد المفاوض السوداني`، `رئيس الوفد الزائر`); the kinds of
 * {@link DELEGATION_KIND_WORDS} are read there too, with their article.
 */
export const DELEGATION_HEAD_QUALIFIERS: readonly string[] = ['المفاوض', 'الزائر', 'المرافق', 'الحكومي المفاوض'];

/** The noun `وفد` in its cases and with the article. */
export const DELEGATION_NOUNS: readonly string[] = ['وفد', 'وفدا', 'الوفد', 'وفدًا'];

/** Verbs of accompanying; a pronoun suffix (`ه`، `ها`) points back to the head. */
export const ACCOMPANY_VERBS: readonly string[] = ['يرافق', 'رافق', 'ترافق', 'يصطحب', 'اصطحب', 'يرافقه', 'رافقه', 'يرافقها', 'رافقها', 'يرافقهم'];

/** Pronoun suffixes of the accompanying verbs, so `يرافقه` is read as `يرافق` + head. */
export const ACCOMPANY_PRONOUNS: readonly string[] = THIRD_PERSON_SUFFIXES;

/** Phrases after which the head of the delegation is named (`وفد … برئاسة`). */
export const HEAD_AFTER_PHRASES: readonly string[] = ['برئاسة', 'يترأسه', 'يرأسه', 'يتقدمه', 'يقوده', 'بقيادة'];

/**
 * Verbs of heading written before the delegation, its head after it (`وترأس الوفد السوري وزير
 * الخارجية أسعد الشيباني`، `ويترأس الوفد المغربي …`، `وقاد الوفد …`).
 */
export const HEAD_VERBS_BEFORE_DELEGATION: readonly string[] = ['ترأس', 'يترأس', 'ترأست', 'تترأس', 'رأس', 'يرأس', 'ترأسه', 'قاد', 'يقود', 'تقود', 'قادت'];

/** Phrases before which the head is named (`… على رأس وفد`). */
export const HEAD_BEFORE_PHRASES: readonly string[] = ['على رأس وفد', 'على رأس وفد رفيع المستوى', 'يترأس وفدا', 'مترئسا وفدا', 'ترأس وفدا'];

/** Verbs that open the member list. */
export const MEMBERSHIP_VERBS: readonly string[] = ['ضم', 'يضم', 'تضم', 'ضمت', 'يتألف من', 'يتكون من', 'من بينهم', 'بينهم', 'يشمل', 'شمل', 'منهم'];

/** Words between a membership verb and the first member (`ويضم الوفد كلاً من فؤاد حسين …`). */
export const LIST_OPENERS: readonly string[] = ['كلا من', 'كل من', 'كلا منهم'];

/** Words that add more members to a list (`إلى جانب عدد من…`). */
export const LIST_EXTENDERS: readonly string[] = ['إلى جانب', 'بالإضافة إلى', 'فضلا عن', 'علاوة على', 'وكذلك', 'كما يضم'];

/** Words that open an unspecified remainder (`عدد من كبار معاونيه`). */
export const REMAINDER_OPENERS: readonly string[] = ['عدد من', 'عددا من', 'عددًا من', 'عدد كبير من', 'جملة من', 'مجموعة من', 'نخبة من', 'عدد آخر من', 'كبار', 'عدد من كبار'];

/** Honorific pronouns that stand for the head after an accompanying verb (`ويرافق سموه وفد`): those of the honorifics table. */
export const HEAD_HONORIFIC_SPELLINGS: readonly string[] = HONORIFIC_PRONOUNS.map((entry) => entry.pronoun);

/** «المرافق له/لها»: the accompanied one named by a pronoun, i.e. the one the article is about. */
export const ACCOMPANIED_PRONOUNS: readonly string[] = ['له', 'لها', 'لهما', 'لهم'];

/** «المرافق لرئيس الوزراء»: the preposition joined to the accompanied one's title. */
export const ACCOMPANIED_PREPOSITION = 'ل';
