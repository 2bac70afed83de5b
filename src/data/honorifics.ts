/**
 * Honorifics the press writes before a person's name (`سمو`، `جلالة`، `فخامة`،
 * `معالي`، `دولة`، `صاحب السمو الملكي`، `الشيخ`، `الأمير`، `الدكتور`، `العماد`) and
 * the epithets it writes after a ruler's name (`المفدى`، `نصره الله`). Neither is
 * part of the name: `وزير الخارجية السعودي الأمير فيصل بن فرحان` names
 * «فيصل بن فرحان». Spellings as written (with hamza); the extractor normalizes them.
 *
 * @module
 */

/** Regions whose press prefers an honorific (absent = used everywhere). */
export type HonorificRegion = 'levant' | 'iraq' | 'egypt' | 'gulf' | 'maghreb';

/**
 * What an honorific is: a `style` of address (`سمو`، `صاحب الجلالة`), a `rank`
 * that is also a royal title (`الملك`، `الأمير`، `السلطان`, also in the office table),
 * or a `courtesy` title (`الشيخ`، `السيد`، `الدكتور`، military ranks).
 */
export type HonorificKind = 'style' | 'rank' | 'courtesy';

/** One honorific. */
export interface Honorific {
  readonly phrase: string;
  readonly kind: HonorificKind;
  readonly region?: HonorificRegion;
  readonly gender?: 'male' | 'female';
}

/** Honorifics before a name; several may follow each other (`حضرة صاحب السمو الشيخ`). */
export const HONORIFICS: readonly Honorific[] = [
  // styles of address
  { phrase: 'حضرة صاحب السمو', kind: 'style', region: 'gulf', gender: 'male' },
  { phrase: 'حضرة صاحب الجلالة', kind: 'style', region: 'gulf', gender: 'male' },
  { phrase: 'صاحب السمو الملكي', kind: 'style', region: 'gulf', gender: 'male' },
  { phrase: 'صاحبة السمو الملكي', kind: 'style', region: 'gulf', gender: 'female' },
  { phrase: 'صاحب السمو', kind: 'style', region: 'gulf', gender: 'male' },
  { phrase: 'صاحبة السمو', kind: 'style', region: 'gulf', gender: 'female' },
  { phrase: 'صاحب الجلالة', kind: 'style', gender: 'male' },
  { phrase: 'صاحبة الجلالة', kind: 'style', gender: 'female' },
  { phrase: 'صاحب الفخامة', kind: 'style', gender: 'male' },
  { phrase: 'صاحب المعالي', kind: 'style', region: 'gulf', gender: 'male' },
  { phrase: 'صاحب السعادة', kind: 'style', region: 'gulf', gender: 'male' },
  { phrase: 'سمو', kind: 'style', region: 'gulf' },
  { phrase: 'جلالة', kind: 'style' },
  { phrase: 'فخامة', kind: 'style' },
  { phrase: 'معالي', kind: 'style' },
  { phrase: 'دولة', kind: 'style', region: 'levant' },
  { phrase: 'سعادة', kind: 'style' },
  { phrase: 'سيادة', kind: 'style', region: 'egypt' },
  { phrase: 'حضرة', kind: 'style', region: 'gulf' },
  // royal ranks (also office titles when they stand alone)
  { phrase: 'الملك', kind: 'rank', gender: 'male' },
  { phrase: 'الملكة', kind: 'rank', gender: 'female' },
  { phrase: 'الأمير', kind: 'rank', gender: 'male' },
  { phrase: 'الأميرة', kind: 'rank', gender: 'female' },
  { phrase: 'السلطان', kind: 'rank', region: 'gulf', gender: 'male' },
  // courtesy titles
  { phrase: 'الشيخ', kind: 'courtesy', region: 'gulf', gender: 'male' },
  { phrase: 'الشيخة', kind: 'courtesy', region: 'gulf', gender: 'female' },
  { phrase: 'السيد', kind: 'courtesy', gender: 'male' },
  { phrase: 'السيدة', kind: 'courtesy', gender: 'female' },
  { phrase: 'الدكتور', kind: 'courtesy', gender: 'male' },
  { phrase: 'الدكتورة', kind: 'courtesy', gender: 'female' },
  { phrase: 'المهندس', kind: 'courtesy', region: 'egypt', gender: 'male' },
  { phrase: 'العماد', kind: 'courtesy', region: 'levant', gender: 'male' },
  { phrase: 'المشير', kind: 'courtesy', region: 'egypt', gender: 'male' },
  { phrase: 'الفريق أول ركن', kind: 'courtesy', gender: 'male' },
  { phrase: 'الفريق أول الركن', kind: 'courtesy', gender: 'male' },
  { phrase: 'الفريق أول', kind: 'courtesy', gender: 'male' },
  { phrase: 'الفريق الركن', kind: 'courtesy', region: 'iraq', gender: 'male' },
  { phrase: 'الفريق', kind: 'courtesy', gender: 'male' },
  { phrase: 'اللواء', kind: 'courtesy', gender: 'male' },
  { phrase: 'العميد', kind: 'courtesy', gender: 'male' },
];

/** Epithets after a ruler's name or title, never part of a name (`أمير البلاد المفدى`، `الملك محمد السادس نصره الله`). */
export const NAME_EPITHETS: readonly { readonly phrase: string; readonly region?: HonorificRegion }[] = [
  { phrase: 'المفدى', region: 'gulf' },
  { phrase: 'المعظم', region: 'gulf' },
  { phrase: 'حفظه الله', region: 'gulf' },
  { phrase: 'حفظها الله', region: 'gulf' },
  { phrase: 'يحفظه الله', region: 'gulf' },
  { phrase: 'رعاه الله', region: 'gulf' },
  { phrase: 'نصره الله', region: 'maghreb' },
  { phrase: 'أيده الله', region: 'maghreb' },
];

/** An honorific pronoun (`جلالته`) and the offices of those the press calls by it. */
export interface HonorificPronoun {
  readonly pronoun: string;
  /** Office codes of `src/data/offices.ts` whose holders it stands for, most likely first. */
  readonly offices: readonly string[];
  readonly region?: HonorificRegion;
}

/**
 * Pronouns of address that stand for a person already named (`وأكد جلالته`، `ويرافق
 * سموه وفد`): a king or sultan is «جلالته», an emir, crown prince or prince «سموه», a president
 * «فخامته»، a prime minister «دولته», a minister «معاليه».
 */
export const HONORIFIC_PRONOUNS: readonly HonorificPronoun[] = [
  { pronoun: 'جلالته', offices: ['king', 'sultan'] },
  { pronoun: 'جلالتها', offices: ['king'] },
  { pronoun: 'سموه', offices: ['emir', 'crown-prince', 'prince', 'head-of-state'], region: 'gulf' },
  { pronoun: 'سموها', offices: ['prince'], region: 'gulf' },
  { pronoun: 'فخامته', offices: ['president', 'head-of-state'] },
  { pronoun: 'فخامتها', offices: ['president'] },
  { pronoun: 'دولته', offices: ['prime-minister'], region: 'levant' },
  { pronoun: 'معاليه', offices: ['minister', 'minister-of-state', 'secretary-general'] },
  { pronoun: 'معاليها', offices: ['minister', 'minister-of-state'] },
  { pronoun: 'سيادته', offices: ['president', 'head-of-state'] },
];

