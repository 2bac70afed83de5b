/**
 * Country names, adjectives, capitals and institutions that `Intl.DisplayNames`
 * cannot give. The Arabic name of every ISO country comes from
 * `Intl.DisplayNames` (see `country-codes.ts`) and the nisba adjectives are
 * derived from it by rule (سوريا → السوري/السورية); this file holds only the
 * exceptions and additions, one entry per line.
 *
 * Spellings are written as in news text (with hamza); the extractor
 * normalizes them when it builds its patterns.
 *
 * @module
 */

/**
 * Where a spelling is used: `official` (the state's own name for itself),
 * `common` (everywhere), or a region whose press prefers it.
 */
export type SpellingUsage = 'official' | 'common' | 'levant' | 'gulf' | 'egypt' | 'maghreb' | 'iraq';

/** Another name of a country than the one `Intl.DisplayNames` gives. */
export interface CountryAlternativeName {
  /** The name as written in news text. */
  readonly name: string;
  /** ISO 3166-1 alpha-2 code. */
  readonly code: string;
  readonly usage: SpellingUsage;
}

/** Alternative names: official long forms, older names and regional spellings. */
export const COUNTRY_ALTERNATIVE_NAMES: readonly CountryAlternativeName[] = [
  { name: 'سورية', code: 'SY', usage: 'levant' },
  { name: 'الجمهورية العربية السورية', code: 'SY', usage: 'official' },
  { name: 'روسيا الاتحادية', code: 'RU', usage: 'official' },
  { name: 'الاتحاد الروسي', code: 'RU', usage: 'common' },
  { name: 'الولايات المتحدة الأمريكية', code: 'US', usage: 'common' },
  { name: 'الولايات المتحدة الأميركية', code: 'US', usage: 'levant' },
  { name: 'أمريكا', code: 'US', usage: 'common' },
  { name: 'أميركا', code: 'US', usage: 'levant' },
  { name: 'الإمارات', code: 'AE', usage: 'common' },
  { name: 'دولة الإمارات', code: 'AE', usage: 'gulf' },
  { name: 'جمهورية مصر العربية', code: 'EG', usage: 'official' },
  { name: 'السعودية', code: 'SA', usage: 'common' },
  { name: 'المملكة المغربية', code: 'MA', usage: 'official' },
  { name: 'الجمهورية الجزائرية', code: 'DZ', usage: 'official' },
  { name: 'الجمهورية التونسية', code: 'TN', usage: 'official' },
  { name: 'المملكة الأردنية الهاشمية', code: 'JO', usage: 'official' },
  { name: 'سلطنة عمان', code: 'OM', usage: 'official' },
  { name: 'دولة قطر', code: 'QA', usage: 'official' },
  { name: 'دولة الكويت', code: 'KW', usage: 'official' },
  { name: 'مملكة البحرين', code: 'BH', usage: 'official' },
  { name: 'جمهورية العراق', code: 'IQ', usage: 'official' },
  { name: 'الجمهورية اللبنانية', code: 'LB', usage: 'official' },
  { name: 'فلسطين', code: 'PS', usage: 'common' },
  { name: 'دولة فلسطين', code: 'PS', usage: 'official' },
  { name: 'بريطانيا', code: 'GB', usage: 'common' },
  { name: 'الجمهورية الإسلامية الإيرانية', code: 'IR', usage: 'official' },
  { name: 'تركية', code: 'TR', usage: 'levant' },
  { name: 'الصين الشعبية', code: 'CN', usage: 'common' },
  { name: 'جمهورية الصين الشعبية', code: 'CN', usage: 'official' },
  { name: 'ميانمار', code: 'MM', usage: 'common' },
  { name: 'جمهورية القمر المتحدة', code: 'KM', usage: 'official' },
  { name: 'بورما', code: 'MM', usage: 'common' },
  { name: 'جمهورية الكونغو الديمقراطية', code: 'CD', usage: 'official' },
  { name: 'تيمور الشرقية', code: 'TL', usage: 'common' },
  { name: 'الدنمارك', code: 'DK', usage: 'common' },
  { name: 'المجر', code: 'HU', usage: 'common' },
];

/** A form in which a state names itself around its name or its adjective. */
export interface StateNameForm {
  /** `{name}` stands for the country's name (`جمهورية {name}`), `{adjective}` for its feminine adjective with the article. */
  readonly form: string;
  readonly usage: SpellingUsage;
}

/**
 * State forms built around every country's name and adjective, so that
 * `رئيس جمهورية قبرص`, `رئيس وزراء جمهورية باكستان الإسلامية` and `زيارة إلى
 * الجمهورية الإيطالية` name the country without one table line per state.
 */
export const STATE_NAME_FORMS: readonly StateNameForm[] = [
  { form: 'جمهورية {name}', usage: 'common' },
  { form: 'جمهورية {name} الإسلامية', usage: 'official' },
  { form: 'مملكة {name}', usage: 'common' },
  { form: 'الجمهورية {adjective}', usage: 'maghreb' },
  { form: 'المملكة {adjective}', usage: 'common' },
];

/** An adjective (nisba) that the rule in the extractor cannot derive from the country name. */
export interface NisbaException {
  /** Masculine singular with the article, e.g. `الأمريكي`. */
  readonly masculine: string;
  /** Feminine singular with the article, e.g. `الأمريكية`. */
  readonly feminine: string;
  readonly code: string;
  readonly usage: SpellingUsage;
}

/**
 * Irregular nisba adjectives: multi-word names (الولايات المتحدة → الأمريكي),
 * names whose adjective drops or adds letters (الكونغو → الكونغولي), and
 * regional spellings.
 */
export const NISBA_EXCEPTIONS: readonly NisbaException[] = [
  { masculine: 'الأمريكي', feminine: 'الأمريكية', code: 'US', usage: 'common' },
  { masculine: 'الأميركي', feminine: 'الأميركية', code: 'US', usage: 'levant' },
  { masculine: 'البريطاني', feminine: 'البريطانية', code: 'GB', usage: 'common' },
  { masculine: 'الكوري الشمالي', feminine: 'الكورية الشمالية', code: 'KP', usage: 'common' },
  { masculine: 'الكوري الجنوبي', feminine: 'الكورية الجنوبية', code: 'KR', usage: 'common' },
  { masculine: 'الجنوب أفريقي', feminine: 'الجنوب أفريقية', code: 'ZA', usage: 'common' },
  { masculine: 'الجنوب سوداني', feminine: 'الجنوب سودانية', code: 'SS', usage: 'common' },
  { masculine: 'الكونغولي', feminine: 'الكونغولية', code: 'CD', usage: 'common' },
  { masculine: 'التوغولي', feminine: 'التوغولية', code: 'TG', usage: 'common' },
  { masculine: 'الأرمني', feminine: 'الأرمنية', code: 'AM', usage: 'common' },
  { masculine: 'القمري', feminine: 'القمرية', code: 'KM', usage: 'common' },
  { masculine: 'الأفغاني', feminine: 'الأفغانية', code: 'AF', usage: 'common' },
  { masculine: 'النمساوي', feminine: 'النمساوية', code: 'AT', usage: 'common' },
  { masculine: 'النيوزيلندي', feminine: 'النيوزيلندية', code: 'NZ', usage: 'common' },
  { masculine: 'الفاتيكاني', feminine: 'الفاتيكانية', code: 'VA', usage: 'common' },
  { masculine: 'الصحراوي', feminine: 'الصحراوية', code: 'EH', usage: 'maghreb' },
  // Names that begin with «أل» as a root, not the article: the rule would strip it (ألمانيا → «الماني»).
  { masculine: 'الألماني', feminine: 'الألمانية', code: 'DE', usage: 'common' },
  { masculine: 'الألباني', feminine: 'الألبانية', code: 'AL', usage: 'common' },
];

/**
 * Words that mark a CLDR name as a region rather than a country (`منطقة ماكاو الإدارية الخاصة`):
 * such names are left out of the country lexicon.
 */
export const NON_COUNTRY_NAME_WORDS: readonly string[] = ['منطقة'];

/**
 * Country names and derived adjectives that are more often ordinary words:
 * `مالي` "financial", `المالية` in `وزير المالية`, `بنين` "sons". They count
 * as a country only after `جمهورية`، `دولة` or `رئيس`.
 */
export const COUNTRY_WORDS_NEEDING_CONTEXT: readonly string[] = ['مالي', 'المالي', 'المالية', 'بنين', 'البنيني', 'البنينية'];

/** A city that stands for its country in news text. */
export interface CapitalEntry {
  /** The city name as written. */
  readonly name: string;
  /** The usual English name. */
  readonly en: string;
  readonly code: string;
  /** `capital` for seats of government, `city` for other cities named as a venue. */
  readonly kind: 'capital' | 'city';
  readonly usage: SpellingUsage;
  /**
   * Another country the same spelling names once diacritics are dropped
   * (عمّان, Jordan's capital, and عُمان, the sultanate).
   */
  readonly ambiguousWith?: string;
}

/** Capitals and cities that stand for their country. */
export const CAPITALS: readonly CapitalEntry[] = [
  { name: 'موسكو', en: 'Moscow', code: 'RU', kind: 'capital', usage: 'common' },
  { name: 'دمشق', en: 'Damascus', code: 'SY', kind: 'capital', usage: 'common' },
  { name: 'القاهرة', en: 'Cairo', code: 'EG', kind: 'capital', usage: 'common' },
  { name: 'الرياض', en: 'Riyadh', code: 'SA', kind: 'capital', usage: 'common' },
  { name: 'جدة', en: 'Jeddah', code: 'SA', kind: 'city', usage: 'common' },
  { name: 'أبوظبي', en: 'Abu Dhabi', code: 'AE', kind: 'capital', usage: 'gulf' },
  { name: 'أبو ظبي', en: 'Abu Dhabi', code: 'AE', kind: 'capital', usage: 'common' },
  { name: 'دبي', en: 'Dubai', code: 'AE', kind: 'city', usage: 'common' },
  { name: 'الرباط', en: 'Rabat', code: 'MA', kind: 'capital', usage: 'common' },
  { name: 'الدار البيضاء', en: 'Casablanca', code: 'MA', kind: 'city', usage: 'common' },
  { name: 'الجزائر العاصمة', en: 'Algiers', code: 'DZ', kind: 'capital', usage: 'maghreb' },
  { name: 'تونس العاصمة', en: 'Tunis', code: 'TN', kind: 'capital', usage: 'maghreb' },
  { name: 'نواكشوط', en: 'Nouakchott', code: 'MR', kind: 'capital', usage: 'common' },
  { name: 'طرابلس', en: 'Tripoli', code: 'LY', kind: 'capital', usage: 'common' },
  { name: 'بغداد', en: 'Baghdad', code: 'IQ', kind: 'capital', usage: 'common' },
  { name: 'أربيل', en: 'Erbil', code: 'IQ', kind: 'city', usage: 'iraq' },
  { name: 'عمان', en: 'Amman', code: 'JO', kind: 'capital', usage: 'levant', ambiguousWith: 'OM' },
  { name: 'بيروت', en: 'Beirut', code: 'LB', kind: 'capital', usage: 'common' },
  { name: 'الدوحة', en: 'Doha', code: 'QA', kind: 'capital', usage: 'common' },
  { name: 'المنامة', en: 'Manama', code: 'BH', kind: 'capital', usage: 'common' },
  { name: 'مسقط', en: 'Muscat', code: 'OM', kind: 'capital', usage: 'common' },
  { name: 'صنعاء', en: 'Sanaa', code: 'YE', kind: 'capital', usage: 'common' },
  { name: 'عدن', en: 'Aden', code: 'YE', kind: 'city', usage: 'common' },
  { name: 'الخرطوم', en: 'Khartoum', code: 'SD', kind: 'capital', usage: 'common' },
  { name: 'رام الله', en: 'Ramallah', code: 'PS', kind: 'city', usage: 'common' },
  { name: 'طهران', en: 'Tehran', code: 'IR', kind: 'capital', usage: 'common' },
  { name: 'أنقرة', en: 'Ankara', code: 'TR', kind: 'capital', usage: 'common' },
  { name: 'إسطنبول', en: 'Istanbul', code: 'TR', kind: 'city', usage: 'common' },
  { name: 'اسطنبول', en: 'Istanbul', code: 'TR', kind: 'city', usage: 'common' },
  { name: 'واشنطن', en: 'Washington', code: 'US', kind: 'capital', usage: 'common' },
  { name: 'نيويورك', en: 'New York', code: 'US', kind: 'city', usage: 'common' },
  { name: 'باريس', en: 'Paris', code: 'FR', kind: 'capital', usage: 'common' },
  { name: 'لندن', en: 'London', code: 'GB', kind: 'capital', usage: 'common' },
  { name: 'برلين', en: 'Berlin', code: 'DE', kind: 'capital', usage: 'common' },
  { name: 'روما', en: 'Rome', code: 'IT', kind: 'capital', usage: 'common' },
  { name: 'مدريد', en: 'Madrid', code: 'ES', kind: 'capital', usage: 'common' },
  { name: 'بكين', en: 'Beijing', code: 'CN', kind: 'capital', usage: 'common' },
  { name: 'بيجين', en: 'Beijing', code: 'CN', kind: 'capital', usage: 'common' },
  { name: 'طوكيو', en: 'Tokyo', code: 'JP', kind: 'capital', usage: 'common' },
  { name: 'نيودلهي', en: 'New Delhi', code: 'IN', kind: 'capital', usage: 'common' },
  { name: 'إسلام آباد', en: 'Islamabad', code: 'PK', kind: 'capital', usage: 'common' },
  { name: 'كابل', en: 'Kabul', code: 'AF', kind: 'capital', usage: 'common' },
  { name: 'بروكسل', en: 'Brussels', code: 'BE', kind: 'capital', usage: 'common' },
  { name: 'أثينا', en: 'Athens', code: 'GR', kind: 'capital', usage: 'common' },
  { name: 'كييف', en: 'Kyiv', code: 'UA', kind: 'capital', usage: 'common' },
  { name: 'مينسك', en: 'Minsk', code: 'BY', kind: 'capital', usage: 'common' },
  { name: 'باكو', en: 'Baku', code: 'AZ', kind: 'capital', usage: 'common' },
  { name: 'أديس أبابا', en: 'Addis Ababa', code: 'ET', kind: 'capital', usage: 'common' },
  { name: 'نيامي', en: 'Niamey', code: 'NE', kind: 'capital', usage: 'common' },
  { name: 'باماكو', en: 'Bamako', code: 'ML', kind: 'capital', usage: 'common' },
  { name: 'داكار', en: 'Dakar', code: 'SN', kind: 'capital', usage: 'common' },
  { name: 'أبوجا', en: 'Abuja', code: 'NG', kind: 'capital', usage: 'common' },
  { name: 'نجامينا', en: "N'Djamena", code: 'TD', kind: 'capital', usage: 'common' },
  { name: 'مقديشو', en: 'Mogadishu', code: 'SO', kind: 'capital', usage: 'common' },
  { name: 'برازيليا', en: 'Brasília', code: 'BR', kind: 'capital', usage: 'common' },
  { name: 'أوتاوا', en: 'Ottawa', code: 'CA', kind: 'capital', usage: 'common' },
  { name: 'جاكرتا', en: 'Jakarta', code: 'ID', kind: 'capital', usage: 'common' },
  { name: 'كوالالمبور', en: 'Kuala Lumpur', code: 'MY', kind: 'capital', usage: 'common' },
  { name: 'سيول', en: 'Seoul', code: 'KR', kind: 'capital', usage: 'common' },
  { name: 'بيونغ يانغ', en: 'Pyongyang', code: 'KP', kind: 'capital', usage: 'common' },
];

/** A building or body whose name stands for a country's leadership. */
export interface InstitutionEntry {
  readonly name: string;
  readonly code: string;
  readonly kind: 'presidency' | 'royal-court' | 'government' | 'ministry' | 'military';
  readonly usage: SpellingUsage;
}

/** Seats of power named instead of the state (`نقل الكرملين`، `أعلن البيت الأبيض`). */
export const INSTITUTIONS: readonly InstitutionEntry[] = [
  { name: 'الكرملين', code: 'RU', kind: 'presidency', usage: 'common' },
  { name: 'البيت الأبيض', code: 'US', kind: 'presidency', usage: 'common' },
  { name: 'البنتاغون', code: 'US', kind: 'military', usage: 'common' },
  { name: 'البنتاجون', code: 'US', kind: 'military', usage: 'egypt' },
  { name: 'الإليزيه', code: 'FR', kind: 'presidency', usage: 'common' },
  { name: 'قصر الإليزيه', code: 'FR', kind: 'presidency', usage: 'common' },
  { name: 'داونينغ ستريت', code: 'GB', kind: 'government', usage: 'common' },
  { name: 'قصر قرطاج', code: 'TN', kind: 'presidency', usage: 'maghreb' },
  { name: 'قصر المرادية', code: 'DZ', kind: 'presidency', usage: 'maghreb' },
  { name: 'الديوان الملكي المغربي', code: 'MA', kind: 'royal-court', usage: 'maghreb' },
  { name: 'قصر الاتحادية', code: 'EG', kind: 'presidency', usage: 'egypt' },
  { name: 'قصر الشعب', code: 'SY', kind: 'presidency', usage: 'levant' },
  { name: 'قصر بعبدا', code: 'LB', kind: 'presidency', usage: 'levant' },
  { name: 'السراي الحكومي', code: 'LB', kind: 'government', usage: 'levant' },
  { name: 'قصر السلام', code: 'IQ', kind: 'presidency', usage: 'iraq' },
  { name: 'قصر الوطن', code: 'AE', kind: 'presidency', usage: 'gulf' },
  { name: 'قصر اليمامة', code: 'SA', kind: 'royal-court', usage: 'gulf' },
  { name: 'الديوان الأميري', code: 'QA', kind: 'royal-court', usage: 'gulf' },
  { name: 'قصر بيان', code: 'KW', kind: 'presidency', usage: 'gulf' },
  { name: 'قصر الصخير', code: 'BH', kind: 'royal-court', usage: 'gulf' },
  { name: 'قصر العلم', code: 'OM', kind: 'royal-court', usage: 'gulf' },
  { name: 'المجمع الرئاسي', code: 'TR', kind: 'presidency', usage: 'common' },
  { name: 'تشونغنانهاي', code: 'CN', kind: 'presidency', usage: 'common' },
];

/** Words before a country word of {@link COUNTRY_WORDS_NEEDING_CONTEXT} that make it a country (`جمهورية مالي`). */
export const COUNTRY_CONTEXT_WORDS: readonly string[] = ['جمهورية', 'دولة', 'رئيس', 'رئيسة', 'عاصمة', 'حكومة', 'شعب', 'سفير', 'سفارة'];
