/**
 * Benchmark texts written for ziyara: Arabic news sentences in the styles of
 * several regions, dense with dates, durations and times, and English news
 * sentences of the same kind for chrono-node. Templates are filled with
 * varying values by a seeded generator, so every run reads the same text.
 */

/** A small deterministic generator (mulberry32), so the corpus is the same on every run. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AR_MONTHS = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول', 'يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر', 'جانفي', 'فيفري', 'أفريل', 'جوان', 'جويلية', 'أوت', 'شتنبر', 'نونبر', 'دجنبر'];
const AR_CITIES = ['دمشق', 'بيروت', 'بغداد', 'القاهرة', 'الرياض', 'الرباط', 'تونس', 'عمّان', 'الدوحة', 'الجزائر', 'مسقط', 'الخرطوم'];
const AR_DURATIONS = ['يومين', 'ثلاثة أيام', 'أسبوعين', 'ثلاثة أشهر ونصف', 'عامين', 'ساعتين ونصف', 'خمسة عشر يومًا', 'أحد عشر شهرا', 'عام وثلاثة أشهر', 'نصف سنة'];
const AR_QUALIFIERS = ['أقل من', 'أكثر من', 'نحو', 'حوالي', 'ما لا يقل عن', 'خلال', 'قرابة'];
const AR_TIMES = ['الساعة العاشرة صباحا', 'الساعة 10:30 مساء', 'الثانية عشرة إلا ربعا', 'العاشرة والنصف', 'الساعة 8 صباحًا'];

const AR_TEMPLATES: readonly ((r: () => number, pick: <T>(list: readonly T[]) => T) => string)[] = [
  (r, pick) => `ووصل الرئيس إلى ${pick(AR_CITIES)} في ${1 + Math.floor(r() * 28)} ${pick(AR_MONTHS)} ${2000 + Math.floor(r() * 26)} في زيارة رسمية تستمر ${pick(AR_DURATIONS)}.`,
  (r, pick) => `وكان وزير الخارجية قد زار ${pick(AR_CITIES)} قبل ${pick(AR_DURATIONS)} والتقى نظيره ${pick(AR_TIMES)} في مقر الوزارة.`,
  (r, pick) => `وأكد المتحدث باسم الحكومة، في مؤتمر صحفي عقده أمس، أن المفاوضات ستستأنف ${pick(AR_TIMES)} بعد توقف دام ${pick(AR_QUALIFIERS)} ${pick(AR_DURATIONS)}.`,
  (r, pick) => `وشهدت العاصمة ${pick(AR_CITIES)} منذ ${1 + Math.floor(r() * 9)} سنوات سلسلة من الاحتجاجات التي بلغت ذروتها في ${pick(AR_MONTHS)} الماضي.`,
  (r, pick) => `ومن المقرر أن يعقد المجلس جلسته المقبلة يوم الخميس ${1 + Math.floor(r() * 28)} ${pick(AR_MONTHS)} المقبل، على أن تصدر التوصيات في غضون شهر.`,
  (r, pick) => `وقال مصدر دبلوماسي إن الوفد أمضى ${pick(AR_DURATIONS)} فقط في ${pick(AR_CITIES)} قبل أن يعود إلى بلاده.`,
  (r, pick) => `وأعلنت الوزارة في بيان لها أن ${Math.floor(r() * 900) + 100} شخص شاركوا في الاجتماعات التحضيرية التي استمرت طوال الأسبوع.`,
  (r, pick) => `وذكرت وكالة الأنباء الرسمية أن الطرفين وقعا ${1 + Math.floor(r() * 12)} اتفاقيات في مجالات الطاقة والنقل والتعليم.`,
];

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const EN_CITIES = ['Damascus', 'Beirut', 'Baghdad', 'Cairo', 'Riyadh', 'Rabat', 'Tunis', 'Amman', 'Doha', 'Algiers', 'Muscat', 'Khartoum'];
const EN_DURATIONS = ['two days', 'three days', 'two weeks', 'three and a half months', 'two years', 'two and a half hours', 'fifteen days', 'eleven months'];
const EN_TIMES = ['at 10 a.m.', 'at 10:30 p.m.', 'at 11:45', 'at half past ten', 'at 8 in the morning'];

const EN_TEMPLATES: readonly ((r: () => number, pick: <T>(list: readonly T[]) => T) => string)[] = [
  (r, pick) => `The president arrived in ${pick(EN_CITIES)} on ${pick(EN_MONTHS)} ${1 + Math.floor(r() * 28)}, ${2000 + Math.floor(r() * 26)} for an official visit lasting ${pick(EN_DURATIONS)}.`,
  (r, pick) => `The foreign minister had visited ${pick(EN_CITIES)} ${pick(EN_DURATIONS)} ago and met his counterpart ${pick(EN_TIMES)} at the ministry.`,
  (r, pick) => `A government spokesman told a news conference yesterday that talks would resume ${pick(EN_TIMES)} after a pause of about ${pick(EN_DURATIONS)}.`,
  (r, pick) => `${pick(EN_CITIES)} has seen a wave of protests for ${1 + Math.floor(r() * 9)} years, peaking last ${pick(EN_MONTHS)}.`,
  (r, pick) => `The council is due to hold its next session on Thursday, ${pick(EN_MONTHS)} ${1 + Math.floor(r() * 28)}, with recommendations expected within a month.`,
  (r, pick) => `A diplomatic source said the delegation spent only ${pick(EN_DURATIONS)} in ${pick(EN_CITIES)} before returning home.`,
  (r, pick) => `The ministry said in a statement that ${Math.floor(r() * 900) + 100} people took part in preparatory meetings that lasted all week.`,
  (r, pick) => `The state news agency reported that the two sides signed ${1 + Math.floor(r() * 12)} agreements on energy, transport and education.`,
];

function build(templates: typeof AR_TEMPLATES, length: number, seed: number): string {
  const r = generator(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const sentences: string[] = [];
  let size = 0;
  while (size < length) {
    const sentence = templates[Math.floor(r() * templates.length)]!(r, pick);
    sentences.push(sentence);
    size += sentence.length + 1;
  }
  return sentences.join(' ').slice(0, length);
}

/** About `length` characters of Arabic news text. */
export function arabicNews(length: number): string {
  return build(AR_TEMPLATES, length, 2026);
}

/** About `length` characters of English news text of the same kind. */
export function englishNews(length: number): string {
  return build(EN_TEMPLATES, length, 2026);
}

/** Whole-string inputs for the `parseDate` latency measurement. */
export const PARSE_DATE_INPUTS: readonly string[] = [
  '15 تشرين الأول 2025',
  '١٥ أكتوبر ٢٠٢٥م',
  'الأربعاء 15 أكتوبر 2025',
  '15 تشرين الأول الماضي',
  'أمس',
  'قبل يومين',
  '23 ربيع الآخر 1447 هـ',
  'الأسبوع المقبل',
];
