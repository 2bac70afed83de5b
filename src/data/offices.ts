/**
 * Office titles as the Arabic press writes them, with a normalized code.
 *
 * One table (`OFFICE_TITLES`) that consumers look titles up in. Minister titles are
 * composed from two small lists so that a new ministry spelling is one line:
 * `MINISTER_HEADS` (وزير، وزيرة، وزيرا، وزيري…) × `MINISTRY_PORTFOLIOS` (الخارجية،
 * الشؤون الخارجية والتعاون الإفريقي…). Spellings are as written (with hamza); normalize
 * them before matching. Longer titles must be tried before shorter ones
 * (`الأمين العام لرئاسة الجمهورية` before `رئاسة الجمهورية`, `وزير الخارجية والمغتربين`
 * before `وزير الخارجية`).
 *
 * @module
 */
import { DELEGATION_HEAD_QUALIFIERS, DELEGATION_KIND_WORDS } from './delegation-words';

/**
 * The normalized office codes, in the order of the protocol list.
 *
 * @example
 * ```ts
 * OFFICE_CODES.includes('spokesperson'); // true — «المتحدث باسم الكرملين»
 * OFFICE_CODES.includes('head-of-delegation'); // true — «رئيس الوفد السوداني»
 * ```
 */
export const OFFICE_CODES = [
  'head-of-state',
  'president',
  'vice-president',
  'king',
  'emir',
  'sultan',
  'crown-prince',
  'prince',
  'prime-minister',
  'deputy-prime-minister',
  'chancellor',
  'minister',
  'minister-of-state',
  'deputy-minister',
  'assistant-minister',
  'undersecretary',
  'spokesperson',
  'secretary-general',
  'ambassador',
  'charge-d-affaires',
  'envoy',
  'chief-of-staff',
  'chief-of-general-staff',
  'military-commander',
  'national-security-adviser',
  'adviser',
  'intelligence-chief',
  'speaker-of-parliament',
  'member-of-parliament',
  'governor',
  'mayor',
  'high-representative',
  'head-of-organization',
  // «رئيس الوفد السوداني»: who speaks for a delegation in talks, whatever office they hold at home.
  'head-of-delegation',
] as const;

/**
 * A normalized office code (`minister`, `spokesperson`, `crown-prince`…).
 *
 * @example
 * ```ts
 * const code: OfficeCode = 'crown-prince'; // «ولي العهد»
 * ```
 */
export type OfficeCode = (typeof OFFICE_CODES)[number];

/**
 * Ministerial portfolios.
 *
 * @example
 * ```ts
 * PORTFOLIO_CODES.includes('defence'); // true — «وزير الدفاع»
 * ```
 */
export const PORTFOLIO_CODES = [
  'foreign',
  'defence',
  'interior',
  'economy',
  'finance',
  'trade',
  'energy',
  'oil',
  'investment',
  'industry',
  'agriculture',
  'health',
  'education',
  'higher-education',
  'justice',
  'information',
  'culture',
  'tourism',
  'transport',
  'communications',
  'water',
  'electricity',
  'housing',
  'labour',
  'social-affairs',
  'religious-affairs',
  'planning',
  'environment',
  'expatriates',
  'presidential-affairs',
  'royal-court',
  'international-cooperation',
  'youth-and-sports',
  'municipal-affairs',
  'public-works',
] as const;

/**
 * A ministerial portfolio (`foreign`, `defence`…).
 *
 * @example
 * ```ts
 * const portfolio: Portfolio = 'foreign'; // «وزير الخارجية والمغتربين»
 * ```
 */
export type Portfolio = (typeof PORTFOLIO_CODES)[number];

/** Regions where a title or spelling is specific (absent = used across the Arab press). */
export const OFFICE_REGIONS = ['levant', 'iraq', 'egypt', 'gulf', 'maghreb', 'sudan', 'yemen', 'libya'] as const;

/** A region tag of the office table. */
export type OfficeRegion = (typeof OFFICE_REGIONS)[number];

/** Grammatical gender shown by a title (`وزير` / `وزيرة`). */
export type TitleGender = 'male' | 'female';

/** One office title as written in the press. */
export interface OfficeTitle {
  /** The title as written, e.g. `وزير الخارجية`, `المتحدث باسم الكرملين`. */
  readonly ar: string;
  /** Normalized office code. */
  readonly code: OfficeCode;
  /** English label. */
  readonly en: string;
  /** For ministers and ministries: the portfolio. */
  readonly portfolio?: Portfolio;
  /** Gender shown by the spelling, when it shows one. */
  readonly gender?: TitleGender;
  /** Where the title (or this spelling of it) is specific to. */
  readonly region?: OfficeRegion;
  /** ISO 3166-1 alpha-2 country the title itself names (`العاهل المغربي` → `MA`). */
  readonly country?: string;
  /** The organization the title names, as written (`الكرملين`، `رئاسة الجمهورية`). */
  readonly organization?: string;
  /** `true` when the title is a prefix that needs an organization or country after it (`المتحدث باسم`). */
  readonly takesComplement?: true;
}

/**
 * The head of a delegation (`رئيس الوفد السوداني`، `رئيسة الوفد`، `رئيس وفد المعارضة السورية`),
 * composed from the head nouns × the delegation's qualifiers: the bare `الوفد`, each kind
 * adjective of `DELEGATION_KIND_WORDS` with its article (`رئيس الوفد الوزاري`) and
 * {@link DELEGATION_HEAD_QUALIFIERS}; a country adjective after the title gives its country as
 * after any title. `رئيس وفد` in the construct state takes its complement (`وفد المعارضة
 * السورية`، `وفد الحكومة السودانية`), whose adjective gives the country.
 */
export const HEAD_OF_DELEGATION_TITLES: readonly OfficeTitle[] = (
  [
    ['رئيس', 'male'],
    ['رئيسة', 'female'],
  ] as const
).flatMap(([head, gender]): OfficeTitle[] => [
  { ar: `${head} الوفد`, code: 'head-of-delegation', en: 'Head of the delegation', gender },
  ...[...DELEGATION_KIND_WORDS.map((kind) => `ال${kind.word}`), ...DELEGATION_HEAD_QUALIFIERS].map(
    (qualifier): OfficeTitle => ({ ar: `${head} الوفد ${qualifier}`, code: 'head-of-delegation', en: 'Head of the delegation', gender }),
  ),
  { ar: `${head} وفد`, code: 'head-of-delegation', en: 'Head of the delegation of', gender, takesComplement: true },
]);

/** Titles other than "minister of X" (those are composed below). */
export const NAMED_OFFICE_TITLES: readonly OfficeTitle[] = [
  // heads of state
  { ar: 'رئيس الجمهورية', code: 'president', en: 'President of the Republic', gender: 'male' },
  { ar: 'رئيسة الجمهورية', code: 'president', en: 'President of the Republic', gender: 'female' },
  { ar: 'الرئيس', code: 'president', en: 'President', gender: 'male' },
  { ar: 'الرئيسة', code: 'president', en: 'President', gender: 'female' },
  { ar: 'رئيس الدولة', code: 'head-of-state', en: 'Head of State', gender: 'male' },
  { ar: 'رئيس مجلس السيادة', code: 'head-of-state', en: 'Chairman of the Sovereignty Council', gender: 'male', region: 'sudan', country: 'SD' },
  { ar: 'رئيس المجلس الرئاسي', code: 'head-of-state', en: 'Chairman of the Presidential Council', gender: 'male', region: 'libya' },
  { ar: 'رئيس مجلس القيادة الرئاسي', code: 'head-of-state', en: 'Chairman of the Presidential Leadership Council', gender: 'male', region: 'yemen', country: 'YE' },
  { ar: 'رئيس السلطة الفلسطينية', code: 'president', en: 'President of the Palestinian Authority', gender: 'male', region: 'levant', country: 'PS' },
  { ar: 'الملك', code: 'king', en: 'King', gender: 'male' },
  { ar: 'العاهل', code: 'king', en: 'Monarch', gender: 'male', takesComplement: true },
  { ar: 'العاهل المغربي', code: 'king', en: 'Moroccan King', gender: 'male', region: 'maghreb', country: 'MA' },
  { ar: 'أمير المؤمنين', code: 'king', en: 'Commander of the Faithful (King of Morocco)', gender: 'male', region: 'maghreb', country: 'MA' },
  { ar: 'العاهل الأردني', code: 'king', en: 'Jordanian King', gender: 'male', region: 'levant', country: 'JO' },
  { ar: 'العاهل السعودي', code: 'king', en: 'Saudi King', gender: 'male', region: 'gulf', country: 'SA' },
  { ar: 'خادم الحرمين الشريفين', code: 'king', en: 'Custodian of the Two Holy Mosques', gender: 'male', region: 'gulf', country: 'SA' },
  { ar: 'العاهل البحريني', code: 'king', en: 'Bahraini King', gender: 'male', region: 'gulf', country: 'BH' },
  { ar: 'ملك البحرين', code: 'king', en: 'King of Bahrain', gender: 'male', region: 'gulf', country: 'BH' },
  // «ملك» alone is also "property" (`الأرض ملك الدولة`): only with the kingdom's name.
  { ar: 'ملك مملكة البحرين', code: 'king', en: 'King of the Kingdom of Bahrain', gender: 'male', region: 'gulf', country: 'BH' },
  { ar: 'ملك المملكة العربية السعودية', code: 'king', en: 'King of Saudi Arabia', gender: 'male', region: 'gulf', country: 'SA' },
  { ar: 'ملك الأردن', code: 'king', en: 'King of Jordan', gender: 'male', region: 'levant', country: 'JO' },
  { ar: 'ملك المملكة الأردنية الهاشمية', code: 'king', en: 'King of the Hashemite Kingdom of Jordan', gender: 'male', region: 'levant', country: 'JO' },
  { ar: 'ملك المغرب', code: 'king', en: 'King of Morocco', gender: 'male', region: 'maghreb', country: 'MA' },
  { ar: 'ملك المملكة المغربية', code: 'king', en: 'King of the Kingdom of Morocco', gender: 'male', region: 'maghreb', country: 'MA' },
  { ar: 'أمير قطر', code: 'emir', en: 'Emir of Qatar', gender: 'male', region: 'gulf', country: 'QA' },
  { ar: 'أمير دولة قطر', code: 'emir', en: 'Emir of the State of Qatar', gender: 'male', region: 'gulf', country: 'QA' },
  { ar: 'أمير الكويت', code: 'emir', en: 'Emir of Kuwait', gender: 'male', region: 'gulf', country: 'KW' },
  { ar: 'أمير دولة الكويت', code: 'emir', en: 'Emir of the State of Kuwait', gender: 'male', region: 'gulf', country: 'KW' },
  { ar: 'أمير البلاد', code: 'emir', en: 'Emir of the country', gender: 'male', region: 'gulf' },
  { ar: 'الأمير', code: 'prince', en: 'Prince / Emir', gender: 'male' },
  { ar: 'الأميرة', code: 'prince', en: 'Princess', gender: 'female' },
  { ar: 'سلطان عمان', code: 'sultan', en: 'Sultan of Oman', gender: 'male', region: 'gulf', country: 'OM' },
  // The Omani News Agency's style for the Sultan of Oman; a bare «السلطان» names no country.
  { ar: 'حضرة صاحب الجلالة السلطان', code: 'sultan', en: 'His Majesty the Sultan (Oman)', gender: 'male', region: 'gulf', country: 'OM' },
  { ar: 'السلطان', code: 'sultan', en: 'Sultan', gender: 'male', region: 'gulf' },
  { ar: 'ولي العهد', code: 'crown-prince', en: 'Crown Prince', gender: 'male' },
  { ar: 'ولي العهد السعودي', code: 'crown-prince', en: 'Saudi Crown Prince', gender: 'male', region: 'gulf', country: 'SA' },
  { ar: 'ولي عهد أبوظبي', code: 'crown-prince', en: 'Crown Prince of Abu Dhabi', gender: 'male', region: 'gulf', country: 'AE' },
  { ar: 'ولي العهد الأردني', code: 'crown-prince', en: 'Jordanian Crown Prince', gender: 'male', region: 'levant', country: 'JO' },
  { ar: 'نائب الرئيس', code: 'vice-president', en: 'Vice-President', gender: 'male' },
  { ar: 'نائبة الرئيس', code: 'vice-president', en: 'Vice-President', gender: 'female' },
  { ar: 'نائب رئيس الجمهورية', code: 'vice-president', en: 'Vice-President of the Republic', gender: 'male' },
  { ar: 'نائب رئيس الدولة', code: 'vice-president', en: 'Vice-President of the State', gender: 'male', region: 'gulf' },
  // heads of government
  { ar: 'رئيس الوزراء', code: 'prime-minister', en: 'Prime Minister', gender: 'male' },
  { ar: 'رئيسة الوزراء', code: 'prime-minister', en: 'Prime Minister', gender: 'female' },
  { ar: 'رئيس مجلس الوزراء', code: 'prime-minister', en: 'Prime Minister (Chairman of the Council of Ministers)', gender: 'male' },
  { ar: 'رئيس الحكومة', code: 'prime-minister', en: 'Head of Government', gender: 'male' },
  { ar: 'رئيسة الحكومة', code: 'prime-minister', en: 'Head of Government', gender: 'female' },
  { ar: 'الوزير الأول', code: 'prime-minister', en: 'Prime Minister', gender: 'male', region: 'maghreb' },
  { ar: 'نائب رئيس الوزراء', code: 'deputy-prime-minister', en: 'Deputy Prime Minister', gender: 'male' },
  { ar: 'نائب رئيس مجلس الوزراء', code: 'deputy-prime-minister', en: 'Deputy Prime Minister', gender: 'male' },
  { ar: 'المستشار الألماني', code: 'chancellor', en: 'German Chancellor', gender: 'male', country: 'DE' },
  { ar: 'المستشارة الألمانية', code: 'chancellor', en: 'German Chancellor', gender: 'female', country: 'DE' },
  { ar: 'المستشار النمساوي', code: 'chancellor', en: 'Austrian Chancellor', gender: 'male', country: 'AT' },
  // ministers without a portfolio table entry
  { ar: 'وزير الدولة', code: 'minister-of-state', en: 'Minister of State', gender: 'male' },
  { ar: 'وزيرة الدولة', code: 'minister-of-state', en: 'Minister of State', gender: 'female' },
  { ar: 'وزير دولة', code: 'minister-of-state', en: 'Minister of State', gender: 'male' },
  { ar: 'نائب وزير', code: 'deputy-minister', en: 'Deputy Minister', gender: 'male', takesComplement: true },
  { ar: 'نائبة وزير', code: 'deputy-minister', en: 'Deputy Minister', gender: 'female', takesComplement: true },
  { ar: 'مساعد وزير', code: 'assistant-minister', en: 'Assistant Minister', gender: 'male', takesComplement: true },
  { ar: 'وكيل وزارة', code: 'undersecretary', en: 'Undersecretary', gender: 'male', takesComplement: true },
  { ar: 'الوزير', code: 'minister', en: 'Minister', gender: 'male' },
  { ar: 'الوزيرة', code: 'minister', en: 'Minister', gender: 'female' },
  // spokespeople
  { ar: 'المتحدث باسم الكرملين', code: 'spokesperson', en: 'Kremlin spokesperson', gender: 'male', organization: 'الكرملين', country: 'RU' },
  { ar: 'المتحدث الرسمي باسم الكرملين', code: 'spokesperson', en: 'Kremlin spokesperson', gender: 'male', organization: 'الكرملين', country: 'RU' },
  { ar: 'الناطق باسم الكرملين', code: 'spokesperson', en: 'Kremlin spokesperson', gender: 'male', organization: 'الكرملين', country: 'RU' },
  { ar: 'المتحدث باسم البيت الأبيض', code: 'spokesperson', en: 'White House spokesperson', gender: 'male', organization: 'البيت الأبيض', country: 'US' },
  { ar: 'المتحدثة باسم البيت الأبيض', code: 'spokesperson', en: 'White House spokesperson', gender: 'female', organization: 'البيت الأبيض', country: 'US' },
  { ar: 'المتحدث باسم وزارة الخارجية', code: 'spokesperson', en: 'Foreign Ministry spokesperson', gender: 'male', portfolio: 'foreign', organization: 'وزارة الخارجية' },
  { ar: 'المتحدثة باسم وزارة الخارجية', code: 'spokesperson', en: 'Foreign Ministry spokesperson', gender: 'female', portfolio: 'foreign', organization: 'وزارة الخارجية' },
  { ar: 'المتحدث باسم الخارجية', code: 'spokesperson', en: 'Foreign Ministry spokesperson', gender: 'male', portfolio: 'foreign', organization: 'وزارة الخارجية' },
  { ar: 'المتحدثة باسم الخارجية', code: 'spokesperson', en: 'Foreign Ministry spokesperson', gender: 'female', portfolio: 'foreign', organization: 'وزارة الخارجية' },
  { ar: 'الناطق باسم الخارجية', code: 'spokesperson', en: 'Foreign Ministry spokesperson', gender: 'male', portfolio: 'foreign', organization: 'وزارة الخارجية' },
  { ar: 'المتحدث باسم', code: 'spokesperson', en: 'Spokesperson for', gender: 'male', takesComplement: true },
  { ar: 'المتحدثة باسم', code: 'spokesperson', en: 'Spokesperson for', gender: 'female', takesComplement: true },
  { ar: 'المتحدث الرسمي باسم', code: 'spokesperson', en: 'Official spokesperson for', gender: 'male', takesComplement: true },
  { ar: 'الناطق باسم', code: 'spokesperson', en: 'Spokesperson for', gender: 'male', takesComplement: true },
  { ar: 'الناطقة باسم', code: 'spokesperson', en: 'Spokesperson for', gender: 'female', takesComplement: true },
  { ar: 'الناطق الرسمي باسم', code: 'spokesperson', en: 'Official spokesperson for', gender: 'male', takesComplement: true },
  { ar: 'الناطق الرسمي', code: 'spokesperson', en: 'Official spokesperson', gender: 'male' },
  { ar: 'المتحدث الرسمي', code: 'spokesperson', en: 'Official spokesperson', gender: 'male' },
  // The bare title, referring back to a spokesperson named before («رفض المتحدث التعليق»).
  { ar: 'المتحدث', code: 'spokesperson', en: 'Spokesperson', gender: 'male' },
  { ar: 'المتحدثة', code: 'spokesperson', en: 'Spokesperson', gender: 'female' },
  { ar: 'الناطق', code: 'spokesperson', en: 'Spokesperson', gender: 'male' },
  { ar: 'الناطقة', code: 'spokesperson', en: 'Spokesperson', gender: 'female' },
  // secretaries-general
  { ar: 'الأمين العام لرئاسة الجمهورية', code: 'secretary-general', en: 'Secretary-General of the Presidency', gender: 'male', organization: 'رئاسة الجمهورية' },
  { ar: 'الأمين العام للرئاسة', code: 'secretary-general', en: 'Secretary-General of the Presidency', gender: 'male', organization: 'رئاسة الجمهورية' },
  { ar: 'الأمين العام للأمم المتحدة', code: 'secretary-general', en: 'UN Secretary-General', gender: 'male', organization: 'الأمم المتحدة' },
  { ar: 'الأمين العام لجامعة الدول العربية', code: 'secretary-general', en: 'Secretary-General of the Arab League', gender: 'male', organization: 'جامعة الدول العربية' },
  { ar: 'الأمين العام لمجلس التعاون', code: 'secretary-general', en: 'Secretary-General of the Gulf Cooperation Council', gender: 'male', organization: 'مجلس التعاون لدول الخليج العربية', region: 'gulf' },
  { ar: 'الأمين العام لحلف الناتو', code: 'secretary-general', en: 'NATO Secretary-General', gender: 'male', organization: 'حلف شمال الأطلسي' },
  { ar: 'الأمين العام لمجلس الوزراء', code: 'secretary-general', en: 'Secretary-General of the Council of Ministers', gender: 'male', organization: 'مجلس الوزراء' },
  { ar: 'الأمين العام', code: 'secretary-general', en: 'Secretary-General', gender: 'male', takesComplement: true },
  // diplomats
  { ar: 'السفير', code: 'ambassador', en: 'Ambassador', gender: 'male' },
  { ar: 'السفيرة', code: 'ambassador', en: 'Ambassador', gender: 'female' },
  { ar: 'سفير', code: 'ambassador', en: 'Ambassador', gender: 'male', takesComplement: true },
  { ar: 'سفيرة', code: 'ambassador', en: 'Ambassador', gender: 'female', takesComplement: true },
  { ar: 'القائم بالأعمال', code: 'charge-d-affaires', en: "Chargé d'affaires", gender: 'male' },
  { ar: 'القائم بأعمال السفارة', code: 'charge-d-affaires', en: "Chargé d'affaires", gender: 'male' },
  { ar: 'المبعوث الخاص', code: 'envoy', en: 'Special Envoy', gender: 'male' },
  { ar: 'المبعوثة الخاصة', code: 'envoy', en: 'Special Envoy', gender: 'female' },
  { ar: 'المبعوث الأممي', code: 'envoy', en: 'UN Envoy', gender: 'male', organization: 'الأمم المتحدة' },
  { ar: 'المبعوثة الأممية', code: 'envoy', en: 'UN Envoy', gender: 'female', organization: 'الأمم المتحدة' },
  { ar: 'المبعوثة', code: 'envoy', en: 'Envoy', gender: 'female' },
  { ar: 'المبعوث الرئاسي', code: 'envoy', en: 'Presidential Envoy', gender: 'male' },
  { ar: 'المبعوث', code: 'envoy', en: 'Envoy', gender: 'male' },
  { ar: 'الممثل الخاص', code: 'envoy', en: 'Special Representative', gender: 'male' },
  { ar: 'الممثل الأعلى للسياسة الخارجية', code: 'high-representative', en: 'High Representative for Foreign Affairs', gender: 'male', organization: 'الاتحاد الأوروبي' },
  // chiefs of staff of a head of state (the court or the presidential office)
  { ar: 'رئيس الديوان', code: 'chief-of-staff', en: 'Chief of the (Royal) Court', gender: 'male' },
  { ar: 'رئيس الديوان الملكي', code: 'chief-of-staff', en: 'Chief of the Royal Court', gender: 'male' },
  { ar: 'رئيس الديوان الأميري', code: 'chief-of-staff', en: "Chief of the Emir's Diwan", gender: 'male', region: 'gulf' },
  { ar: 'رئيس ديوان الرئاسة', code: 'chief-of-staff', en: 'Chief of the Presidential Office', gender: 'male' },
  { ar: 'رئيس ديوان رئاسة الجمهورية', code: 'chief-of-staff', en: 'Chief of the Presidential Office', gender: 'male' },
  { ar: 'مدير مكتب الرئيس', code: 'chief-of-staff', en: "Director of the President's Office", gender: 'male' },
  { ar: 'كبير موظفي البيت الأبيض', code: 'chief-of-staff', en: 'White House Chief of Staff', gender: 'male', country: 'US' },
  { ar: 'مدير الديوان الملكي', code: 'chief-of-staff', en: 'Director of the Royal Cabinet', gender: 'male', region: 'maghreb', country: 'MA' },
  // military and security
  { ar: 'رئيس الأركان', code: 'chief-of-general-staff', en: 'Chief of Staff (armed forces)', gender: 'male' },
  { ar: 'رئيس هيئة الأركان', code: 'chief-of-general-staff', en: 'Chief of the General Staff', gender: 'male' },
  { ar: 'رئيس هيئة الأركان العامة', code: 'chief-of-general-staff', en: 'Chief of the General Staff', gender: 'male' },
  { ar: 'رئيس أركان الجيش', code: 'chief-of-general-staff', en: 'Army Chief of Staff', gender: 'male' },
  { ar: 'قائد الجيش', code: 'military-commander', en: 'Army Commander', gender: 'male' },
  { ar: 'القائد العام للقوات المسلحة', code: 'military-commander', en: 'Commander-in-Chief of the Armed Forces', gender: 'male' },
  { ar: 'القائد العام للجيش', code: 'military-commander', en: 'Commander-in-Chief of the Army', gender: 'male' },
  { ar: 'مستشار الأمن القومي', code: 'national-security-adviser', en: 'National Security Adviser', gender: 'male' },
  { ar: 'مستشار الأمن الوطني', code: 'national-security-adviser', en: 'National Security Adviser', gender: 'male', region: 'gulf' },
  { ar: 'رئيس جهاز المخابرات', code: 'intelligence-chief', en: 'Head of the Intelligence Service', gender: 'male' },
  { ar: 'رئيس جهاز الاستخبارات', code: 'intelligence-chief', en: 'Head of the Intelligence Service', gender: 'male' },
  { ar: 'مدير المخابرات العامة', code: 'intelligence-chief', en: 'Director of General Intelligence', gender: 'male' },
  { ar: 'رئيس المخابرات العامة', code: 'intelligence-chief', en: 'Head of General Intelligence', gender: 'male', region: 'egypt', country: 'EG' },
  { ar: 'المستشار', code: 'adviser', en: 'Adviser', gender: 'male' },
  { ar: 'مستشار الرئيس', code: 'adviser', en: 'Adviser to the President', gender: 'male' },
  // parliaments
  { ar: 'رئيس مجلس النواب', code: 'speaker-of-parliament', en: 'Speaker of the House of Representatives', gender: 'male' },
  { ar: 'رئيس البرلمان', code: 'speaker-of-parliament', en: 'Speaker of Parliament', gender: 'male' },
  { ar: 'رئيس مجلس الشعب', code: 'speaker-of-parliament', en: "Speaker of the People's Assembly", gender: 'male', region: 'levant' },
  { ar: 'رئيس مجلس الأمة', code: 'speaker-of-parliament', en: 'Speaker of the National Assembly', gender: 'male' },
  { ar: 'رئيس مجلس الشورى', code: 'speaker-of-parliament', en: 'Speaker of the Shura Council', gender: 'male', region: 'gulf' },
  { ar: 'رئيس مجلس الدوما', code: 'speaker-of-parliament', en: 'Chairman of the State Duma', gender: 'male', country: 'RU' },
  { ar: 'النائب', code: 'member-of-parliament', en: 'Member of Parliament', gender: 'male' },
  { ar: 'النائبة', code: 'member-of-parliament', en: 'Member of Parliament', gender: 'female' },
  // local government
  { ar: 'محافظ', code: 'governor', en: 'Governor', gender: 'male', takesComplement: true },
  { ar: 'المحافظ', code: 'governor', en: 'Governor', gender: 'male' },
  { ar: 'والي', code: 'governor', en: 'Wali (Governor)', gender: 'male', region: 'maghreb', takesComplement: true },
  { ar: 'عمدة', code: 'mayor', en: 'Mayor', gender: 'male', takesComplement: true },
  { ar: 'رئيس بلدية', code: 'mayor', en: 'Mayor', gender: 'male', takesComplement: true },
  // organizations
  { ar: 'رئيس المفوضية الأوروبية', code: 'head-of-organization', en: 'President of the European Commission', gender: 'male', organization: 'المفوضية الأوروبية' },
  { ar: 'رئيسة المفوضية الأوروبية', code: 'head-of-organization', en: 'President of the European Commission', gender: 'female', organization: 'المفوضية الأوروبية' },
  { ar: 'رئيس مفوضية الاتحاد الإفريقي', code: 'head-of-organization', en: 'Chairperson of the African Union Commission', gender: 'male', organization: 'الاتحاد الإفريقي' },
  { ar: 'المفوض السامي', code: 'head-of-organization', en: 'High Commissioner', gender: 'male', takesComplement: true },
  // delegations (composed above)
  ...HEAD_OF_DELEGATION_TITLES,
];

/** How many people a minister head noun names. */
export type TitleNumber = 'singular' | 'dual' | 'plural';

/** A head noun of a minister title (`وزير`، `وزيرة`، `وزيرا`، `وزيري`، `وزراء`). */
export interface MinisterHead {
  /** The noun as written. */
  readonly ar: string;
  /** Gender shown by the noun, when it shows one. */
  readonly gender?: TitleGender;
  /** Singular, dual (`وزيري الخارجية والدفاع` = two ministers) or plural. */
  readonly number: TitleNumber;
}

/** Head nouns that precede a portfolio to make a minister title. */
export const MINISTER_HEADS: readonly MinisterHead[] = [
  { ar: 'وزير', gender: 'male', number: 'singular' },
  { ar: 'وزيرة', gender: 'female', number: 'singular' },
  // dual: nominative وزيرا, accusative/genitive وزيري (`ووزيري الخارجية والدفاع`)
  { ar: 'وزيرا', gender: 'male', number: 'dual' },
  { ar: 'وزيري', gender: 'male', number: 'dual' },
  { ar: 'وزيرتا', gender: 'female', number: 'dual' },
  { ar: 'وزيرتي', gender: 'female', number: 'dual' },
  { ar: 'وزراء', number: 'plural' },
];

/** One spelling of a ministry's portfolio, as written after `وزير`/`وزارة`. */
export interface MinistryPortfolio {
  /** The portfolio as written after the head noun (`الخارجية`، `الشؤون الخارجية`). */
  readonly ar: string;
  /** Normalized portfolio. */
  readonly portfolio: Portfolio;
  /** English label of the minister (`Minister of Foreign Affairs`). */
  readonly en: string;
  /** Where this spelling is specific to. */
  readonly region?: OfficeRegion;
  /** The country whose ministry is named this way, when only one is. */
  readonly country?: string;
}

/** Portfolio spellings; each also names the ministry (`وزارة` + spelling). */
export const MINISTRY_PORTFOLIOS: readonly MinistryPortfolio[] = [
  { ar: 'الخارجية', portfolio: 'foreign', en: 'Minister of Foreign Affairs' },
  { ar: 'الشؤون الخارجية', portfolio: 'foreign', en: 'Minister of Foreign Affairs' },
  { ar: 'الخارجية والمغتربين', portfolio: 'foreign', en: 'Minister of Foreign Affairs and Expatriates', region: 'levant', country: 'SY' },
  { ar: 'الخارجية وشؤون المغتربين', portfolio: 'foreign', en: 'Minister of Foreign Affairs and Expatriates', region: 'levant' },
  { ar: 'الخارجية والهجرة', portfolio: 'foreign', en: 'Minister of Foreign Affairs and Emigration', region: 'egypt', country: 'EG' },
  { ar: 'الخارجية والهجرة وشؤون المصريين بالخارج', portfolio: 'foreign', en: 'Minister of Foreign Affairs, Emigration and Egyptian Expatriates', region: 'egypt', country: 'EG' },
  { ar: 'الشؤون الخارجية والتعاون الإفريقي', portfolio: 'foreign', en: 'Minister of Foreign Affairs and African Cooperation', region: 'maghreb', country: 'MA' },
  { ar: 'الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج', portfolio: 'foreign', en: 'Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates', region: 'maghreb', country: 'MA' },
  { ar: 'الشؤون الخارجية والجالية الوطنية بالخارج', portfolio: 'foreign', en: 'Minister of Foreign Affairs and the National Community Abroad', region: 'maghreb', country: 'DZ' },
  { ar: 'الشؤون الخارجية والجالية الوطنية بالخارج والشؤون الإفريقية', portfolio: 'foreign', en: 'Minister of Foreign Affairs, the National Community Abroad and African Affairs', region: 'maghreb', country: 'DZ' },
  { ar: 'الشؤون الخارجية والهجرة والتونسيين بالخارج', portfolio: 'foreign', en: 'Minister of Foreign Affairs, Migration and Tunisians Abroad', region: 'maghreb', country: 'TN' },
  { ar: 'الخارجية وشؤون المغتربين الأردنيين', portfolio: 'foreign', en: 'Minister of Foreign and Expatriate Affairs', region: 'levant', country: 'JO' },
  { ar: 'الدفاع', portfolio: 'defence', en: 'Minister of Defence' },
  { ar: 'الدفاع الوطني', portfolio: 'defence', en: 'Minister of National Defence' },
  { ar: 'الحربية', portfolio: 'defence', en: 'Minister of War (Defence)', region: 'egypt' },
  { ar: 'الداخلية', portfolio: 'interior', en: 'Minister of the Interior' },
  { ar: 'الاقتصاد', portfolio: 'economy', en: 'Minister of Economy' },
  { ar: 'الاقتصاد والتجارة', portfolio: 'economy', en: 'Minister of Economy and Trade' },
  { ar: 'الاقتصاد والصناعة', portfolio: 'economy', en: 'Minister of Economy and Industry', region: 'levant', country: 'SY' },
  { ar: 'المالية', portfolio: 'finance', en: 'Minister of Finance' },
  { ar: 'الاقتصاد والمالية', portfolio: 'finance', en: 'Minister of Economy and Finance', region: 'maghreb' },
  { ar: 'التجارة', portfolio: 'trade', en: 'Minister of Trade' },
  { ar: 'التجارة الخارجية', portfolio: 'trade', en: 'Minister of Foreign Trade' },
  { ar: 'التجارة والصناعة', portfolio: 'trade', en: 'Minister of Commerce and Industry', region: 'gulf' },
  { ar: 'الصناعة والتجارة', portfolio: 'industry', en: 'Minister of Industry and Trade', region: 'levant' },
  { ar: 'الطاقة', portfolio: 'energy', en: 'Minister of Energy' },
  { ar: 'النفط', portfolio: 'oil', en: 'Minister of Oil' },
  { ar: 'البترول', portfolio: 'oil', en: 'Minister of Petroleum', region: 'egypt' },
  { ar: 'الاستثمار', portfolio: 'investment', en: 'Minister of Investment' },
  { ar: 'الصناعة', portfolio: 'industry', en: 'Minister of Industry' },
  { ar: 'الزراعة', portfolio: 'agriculture', en: 'Minister of Agriculture' },
  { ar: 'الفلاحة', portfolio: 'agriculture', en: 'Minister of Agriculture', region: 'maghreb' },
  { ar: 'الصحة', portfolio: 'health', en: 'Minister of Health' },
  { ar: 'التربية', portfolio: 'education', en: 'Minister of Education' },
  { ar: 'التعليم', portfolio: 'education', en: 'Minister of Education' },
  { ar: 'التربية والتعليم', portfolio: 'education', en: 'Minister of Education' },
  { ar: 'التربية الوطنية', portfolio: 'education', en: 'Minister of National Education', region: 'maghreb' },
  { ar: 'التعليم العالي', portfolio: 'higher-education', en: 'Minister of Higher Education' },
  { ar: 'العدل', portfolio: 'justice', en: 'Minister of Justice' },
  { ar: 'الإعلام', portfolio: 'information', en: 'Minister of Information' },
  { ar: 'الاتصال', portfolio: 'information', en: 'Minister of Communication (Information)', region: 'maghreb' },
  { ar: 'الثقافة', portfolio: 'culture', en: 'Minister of Culture' },
  { ar: 'السياحة', portfolio: 'tourism', en: 'Minister of Tourism' },
  { ar: 'النقل', portfolio: 'transport', en: 'Minister of Transport' },
  { ar: 'الاتصالات', portfolio: 'communications', en: 'Minister of Communications' },
  { ar: 'الموارد المائية', portfolio: 'water', en: 'Minister of Water Resources' },
  { ar: 'الكهرباء', portfolio: 'electricity', en: 'Minister of Electricity' },
  { ar: 'الإسكان', portfolio: 'housing', en: 'Minister of Housing' },
  { ar: 'العمل', portfolio: 'labour', en: 'Minister of Labour' },
  { ar: 'الشؤون الاجتماعية', portfolio: 'social-affairs', en: 'Minister of Social Affairs' },
  { ar: 'الأوقاف', portfolio: 'religious-affairs', en: 'Minister of Religious Endowments' },
  { ar: 'الأوقاف والشؤون الإسلامية', portfolio: 'religious-affairs', en: 'Minister of Endowments and Islamic Affairs' },
  { ar: 'الشؤون الدينية', portfolio: 'religious-affairs', en: 'Minister of Religious Affairs', region: 'maghreb' },
  { ar: 'التخطيط', portfolio: 'planning', en: 'Minister of Planning' },
  { ar: 'البيئة', portfolio: 'environment', en: 'Minister of Environment' },
  { ar: 'المغتربين', portfolio: 'expatriates', en: 'Minister of Expatriates' },
  { ar: 'شؤون الرئاسة', portfolio: 'presidential-affairs', en: 'Minister of Presidential Affairs', region: 'gulf', country: 'AE' },
  { ar: 'شؤون رئاسة الجمهورية', portfolio: 'presidential-affairs', en: 'Minister of Presidential Affairs' },
  { ar: 'البلاط الملكي', portfolio: 'royal-court', en: 'Minister of the Royal Court', region: 'levant', country: 'JO' },
  { ar: 'التعاون الدولي', portfolio: 'international-cooperation', en: 'Minister of International Cooperation' },
  { ar: 'التخطيط والتعاون الدولي', portfolio: 'planning', en: 'Minister of Planning and International Cooperation' },
  // water and irrigation
  { ar: 'الري', portfolio: 'water', en: 'Minister of Irrigation' },
  { ar: 'الموارد المائية والري', portfolio: 'water', en: 'Minister of Water Resources and Irrigation', region: 'egypt', country: 'EG' },
  { ar: 'المياه والري', portfolio: 'water', en: 'Minister of Water and Irrigation', region: 'levant', country: 'JO' },
  { ar: 'المياه', portfolio: 'water', en: 'Minister of Water' },
  { ar: 'الطاقة والمياه', portfolio: 'energy', en: 'Minister of Energy and Water', region: 'levant', country: 'LB' },
  // religious affairs
  { ar: 'الشؤون الإسلامية', portfolio: 'religious-affairs', en: 'Minister of Islamic Affairs' },
  { ar: 'الشؤون الإسلامية والدعوة والإرشاد', portfolio: 'religious-affairs', en: 'Minister of Islamic Affairs, Dawah and Guidance', region: 'gulf', country: 'SA' },
  { ar: 'الأوقاف والشؤون الدينية', portfolio: 'religious-affairs', en: 'Minister of Endowments and Religious Affairs' },
  { ar: 'الشؤون الدينية والأوقاف', portfolio: 'religious-affairs', en: 'Minister of Religious Affairs and Endowments', region: 'maghreb', country: 'DZ' },
  { ar: 'الحج والعمرة', portfolio: 'religious-affairs', en: 'Minister of Hajj and Umrah', region: 'gulf', country: 'SA' },
  // youth and sports
  { ar: 'الشباب والرياضة', portfolio: 'youth-and-sports', en: 'Minister of Youth and Sports' },
  { ar: 'الرياضة', portfolio: 'youth-and-sports', en: 'Minister of Sports' },
  { ar: 'الشباب', portfolio: 'youth-and-sports', en: 'Minister of Youth' },
  { ar: 'الثقافة والشباب', portfolio: 'culture', en: 'Minister of Culture and Youth', region: 'gulf', country: 'AE' },
  // social solidarity, labour, human resources
  { ar: 'التضامن الاجتماعي', portfolio: 'social-affairs', en: 'Minister of Social Solidarity', region: 'egypt', country: 'EG' },
  { ar: 'التضامن', portfolio: 'social-affairs', en: 'Minister of Solidarity' },
  { ar: 'التضامن والإدماج الاجتماعي والأسرة', portfolio: 'social-affairs', en: 'Minister of Solidarity, Social Inclusion and the Family', region: 'maghreb', country: 'MA' },
  { ar: 'الشؤون الاجتماعية والعمل', portfolio: 'social-affairs', en: 'Minister of Social Affairs and Labour' },
  { ar: 'التنمية الاجتماعية', portfolio: 'social-affairs', en: 'Minister of Social Development' },
  { ar: 'الموارد البشرية والتنمية الاجتماعية', portfolio: 'labour', en: 'Minister of Human Resources and Social Development', region: 'gulf', country: 'SA' },
  { ar: 'العمل والشؤون الاجتماعية', portfolio: 'labour', en: 'Minister of Labour and Social Affairs' },
  // municipalities and local government
  { ar: 'البلديات', portfolio: 'municipal-affairs', en: 'Minister of Municipalities' },
  { ar: 'البلديات والإسكان', portfolio: 'municipal-affairs', en: 'Minister of Municipalities and Housing', region: 'gulf', country: 'SA' },
  { ar: 'الشؤون البلدية والقروية والإسكان', portfolio: 'municipal-affairs', en: 'Minister of Municipal and Rural Affairs and Housing', region: 'gulf', country: 'SA' },
  { ar: 'الشؤون البلدية', portfolio: 'municipal-affairs', en: 'Minister of Municipal Affairs', region: 'gulf' },
  { ar: 'الإدارة المحلية', portfolio: 'municipal-affairs', en: 'Minister of Local Administration' },
  { ar: 'الإدارة المحلية والبيئة', portfolio: 'municipal-affairs', en: 'Minister of Local Administration and Environment', region: 'levant', country: 'SY' },
  { ar: 'التنمية المحلية', portfolio: 'municipal-affairs', en: 'Minister of Local Development', region: 'egypt', country: 'EG' },
  // public works and equipment
  { ar: 'الأشغال العامة', portfolio: 'public-works', en: 'Minister of Public Works' },
  { ar: 'الأشغال العامة والنقل', portfolio: 'public-works', en: 'Minister of Public Works and Transport', region: 'levant', country: 'LB' },
  { ar: 'الأشغال العامة والإسكان', portfolio: 'public-works', en: 'Minister of Public Works and Housing', region: 'levant', country: 'JO' },
  { ar: 'التجهيز والماء', portfolio: 'public-works', en: 'Minister of Equipment and Water', region: 'maghreb', country: 'MA' },
  { ar: 'الأشغال العمومية', portfolio: 'public-works', en: 'Minister of Public Works', region: 'maghreb' },
  { ar: 'الإسكان والمرافق والمجتمعات العمرانية', portfolio: 'housing', en: 'Minister of Housing, Utilities and Urban Communities', region: 'egypt', country: 'EG' },
  { ar: 'الإعمار والإسكان', portfolio: 'housing', en: 'Minister of Construction and Housing', region: 'iraq', country: 'IQ' },
  // longer spellings of portfolios listed above
  { ar: 'الصحة والسكان', portfolio: 'health', en: 'Minister of Health and Population', region: 'egypt', country: 'EG' },
  { ar: 'الصحة العامة', portfolio: 'health', en: 'Minister of Public Health' },
  { ar: 'التعليم العالي والبحث العلمي', portfolio: 'higher-education', en: 'Minister of Higher Education and Scientific Research' },
  { ar: 'الاتصالات وتكنولوجيا المعلومات', portfolio: 'communications', en: 'Minister of Communications and Information Technology' },
  { ar: 'النقل والمواصلات', portfolio: 'transport', en: 'Minister of Transport and Communications' },
  { ar: 'المواصلات', portfolio: 'transport', en: 'Minister of Transport (Communications)', region: 'gulf' },
  { ar: 'الكهرباء والطاقة المتجددة', portfolio: 'electricity', en: 'Minister of Electricity and Renewable Energy', region: 'egypt', country: 'EG' },
  { ar: 'البترول والثروة المعدنية', portfolio: 'oil', en: 'Minister of Petroleum and Mineral Resources', region: 'egypt', country: 'EG' },
  { ar: 'الطاقة والمناجم', portfolio: 'energy', en: 'Minister of Energy and Mines', region: 'maghreb' },
  { ar: 'الزراعة واستصلاح الأراضي', portfolio: 'agriculture', en: 'Minister of Agriculture and Land Reclamation', region: 'egypt', country: 'EG' },
  { ar: 'الزراعة والإصلاح الزراعي', portfolio: 'agriculture', en: 'Minister of Agriculture and Agrarian Reform', region: 'levant', country: 'SY' },
  { ar: 'الثقافة والإعلام', portfolio: 'culture', en: 'Minister of Culture and Information' },
  { ar: 'الداخلية والبلديات', portfolio: 'interior', en: 'Minister of the Interior and Municipalities', region: 'levant', country: 'LB' },
  { ar: 'الداخلية والجماعات المحلية', portfolio: 'interior', en: 'Minister of the Interior and Local Authorities', region: 'maghreb', country: 'DZ' },
  { ar: 'المالية والاقتصاد الوطني', portfolio: 'finance', en: 'Minister of Finance and National Economy', region: 'gulf', country: 'BH' },
  { ar: 'التخطيط والتنمية الاقتصادية', portfolio: 'planning', en: 'Minister of Planning and Economic Development', region: 'egypt', country: 'EG' },
  { ar: 'العدل والشؤون الإسلامية والأوقاف', portfolio: 'justice', en: 'Minister of Justice, Islamic Affairs and Endowments', region: 'gulf', country: 'BH' },
];

/**
 * Singular minister titles: every singular head noun × every portfolio spelling
 * (`وزير الخارجية`، `وزيرة الخارجية`، `وزير الشؤون الخارجية والتعاون الإفريقي`…).
 */
export const MINISTER_TITLES: readonly OfficeTitle[] = MINISTRY_PORTFOLIOS.flatMap((portfolio) =>
  MINISTER_HEADS.filter((head) => head.number === 'singular').map(
    (head): OfficeTitle => ({
      ar: `${head.ar} ${portfolio.ar}`,
      code: 'minister',
      en: portfolio.en,
      portfolio: portfolio.portfolio,
      ...(head.gender ? { gender: head.gender } : {}),
      ...(portfolio.region ? { region: portfolio.region } : {}),
      ...(portfolio.country ? { country: portfolio.country } : {}),
    }),
  ),
);

/**
 * Titles in the construct state, joined directly to a country NAME rather than followed by a
 * nisba adjective (`رئيس وزراء العراق`، `ولي عهد البحرين`، `رئيس الإمارات`). The extractor reads
 * them only with a country name right after them, which gives the office its country; alone
 * (`رئيس وزراء سابق`) they are no office. Minister titles of this kind are composed below.
 * `ملك` and `أمير` are not here: `ملك` alone is also "property" (`الأرض ملك الدولة`), so the
 * kingdoms and emirates are listed by name in {@link NAMED_OFFICE_TITLES}.
 */
export const CONSTRUCT_OFFICE_TITLES: readonly OfficeTitle[] = [
  { ar: 'رئيس', code: 'president', en: 'President', gender: 'male' },
  { ar: 'رئيسة', code: 'president', en: 'President', gender: 'female' },
  { ar: 'نائب رئيس', code: 'vice-president', en: 'Vice-President', gender: 'male' },
  { ar: 'رئيس وزراء', code: 'prime-minister', en: 'Prime Minister', gender: 'male' },
  { ar: 'رئيسة وزراء', code: 'prime-minister', en: 'Prime Minister', gender: 'female' },
  { ar: 'رئيس حكومة', code: 'prime-minister', en: 'Head of Government', gender: 'male' },
  { ar: 'رئيسة حكومة', code: 'prime-minister', en: 'Head of Government', gender: 'female' },
  { ar: 'رئيس مجلس وزراء', code: 'prime-minister', en: 'Prime Minister (Chairman of the Council of Ministers)', gender: 'male' },
  { ar: 'نائب رئيس وزراء', code: 'deputy-prime-minister', en: 'Deputy Prime Minister', gender: 'male' },
  { ar: 'ولي عهد', code: 'crown-prince', en: 'Crown Prince', gender: 'male' },
  { ar: 'رئيس أركان', code: 'chief-of-general-staff', en: 'Chief of Staff (armed forces)', gender: 'male' },
  { ar: 'قائد جيش', code: 'military-commander', en: 'Army Commander', gender: 'male' },
  { ar: 'رئيس برلمان', code: 'speaker-of-parliament', en: 'Speaker of Parliament', gender: 'male' },
  { ar: 'رئيس مخابرات', code: 'intelligence-chief', en: 'Head of Intelligence', gender: 'male' },
];

/**
 * Construct-state minister titles: every singular head noun × every one-word portfolio without
 * its article (`وزير خارجية`، `وزيرة دفاع`، `وزير ري`), read like {@link CONSTRUCT_OFFICE_TITLES}
 * only before a country name (`وزير خارجية مصر`).
 */
export const CONSTRUCT_MINISTER_TITLES: readonly OfficeTitle[] = MINISTRY_PORTFOLIOS.filter(
  (portfolio) => !portfolio.ar.includes(' ') && portfolio.ar.startsWith('ال'),
).flatMap((portfolio) =>
  MINISTER_HEADS.filter((head) => head.number === 'singular').map(
    (head): OfficeTitle => ({
      ar: `${head.ar} ${portfolio.ar.slice(2)}`,
      code: 'minister',
      en: portfolio.en,
      portfolio: portfolio.portfolio,
      ...(head.gender ? { gender: head.gender } : {}),
      ...(portfolio.region ? { region: portfolio.region } : {}),
    }),
  ),
);

/**
 * THE office-title table: every named title and every singular minister title.
 * Look titles up in it (normalized, longest first); never hard-code a title elsewhere.
 */
export const OFFICE_TITLES: readonly OfficeTitle[] = [...NAMED_OFFICE_TITLES, ...MINISTER_TITLES];
