import { describe, expect, it } from 'vitest';
import { findTemporal } from '../../src/temporal/find';

const reference = '2026-01-28';

/** The duration matches of a sentence as [text, index, end, iso, qualifier]. */
function durations(sentence: string): [string, number, number, string, string | null][] {
  return findTemporal(sentence, { reference })
    .filter((m) => m.value.type === 'duration')
    .map((m) => (m.value.type === 'duration' ? [m.text, m.index, m.end, m.value.iso, m.value.qualifier] : ['', 0, 0, '', null]));
}

/** The one expected span [text, index, end] of `needle` in `sentence`. */
function at(sentence: string, needle: string): [string, number, number] {
  const index = sentence.indexOf(needle);
  return [needle, index, index + needle.length];
}

describe('durations in running text', () => {
  it('reads the worked example: a fraction of months after «خلال», a bound, a dual with «فقط»', () => {
    const a = 'ووصل الرئيس اليوم إلى موسكو في زيارة هي الثانية له خلال ثلاثة أشهر ونصف.';
    expect(durations(a)).toEqual([[...at(a, 'خلال ثلاثة أشهر ونصف'), 'P3.5M', 'within']]);
    const b = 'لتكون هذه الزيارة الثانية له خلال أقل من 4 أشهر.';
    expect(durations(b)).toEqual([[...at(b, 'أقل من 4 أشهر'), 'P4M', 'less-than']]);
    const c = 'وأمضى الوفد يومين فقط في العاصمة.';
    expect(durations(c)).toEqual([[...at(c, 'يومين فقط'), 'P2D', 'only']]);
  });

  it('reads every unit from the second to the century', () => {
    const cases: [string, string][] = [
      ['انفجرت القنبلة بعد توقف دام 30 ثانية', 'PT30S'],
      ['تأخر الموكب عشرين دقيقة عن موعده', 'PT20M'],
      ['استمر الاجتماع ثلاث ساعات في القصر', 'PT3H'],
      ['بقي الوزير عشرة أيام في الخرطوم', 'P10D'],
      ['تستمر الجولة ثلاثة أسابيع', 'P3W'],
      ['امتدت المفاوضات سبعة أشهر', 'P7M'],
      ['حكم البلاد خمس سنوات', 'P5Y'],
      ['عاش المنفى أربعة عقود', 'P40Y'],
      ['ظلت القلعة قائمة ثلاثة قرون', 'P300Y'],
    ];
    for (const [sentence, iso] of cases) expect(durations(sentence).map((d) => d[3]), sentence).toEqual([iso]);
  });

  it('keeps decades and centuries in parts while writing them as years in ISO', () => {
    const [match] = findTemporal('دام الخلاف بين البلدين عقدين', { reference });
    expect(match?.value).toEqual({ type: 'duration', iso: 'P20Y', parts: { decades: 2 }, qualifier: null });
  });

  it('reads duals in both cases and for every unit', () => {
    const cases: [string, string][] = [
      ['زار الوفد المدينة يومان', 'P2D'],
      ['سيبقى شهرين في المنصب', 'P2M'],
      ['تستغرق الرحلة أسبوعين', 'P2W'],
      ['أمضى عامين في السجن', 'P2Y'],
      ['أمضى سنتين في المنفى', 'P2Y'],
      ['استمرت الكلمة ساعتين', 'PT2H'],
      ['توقف البث دقيقتين', 'PT2M'],
    ];
    for (const [sentence, iso] of cases) expect(durations(sentence).map((d) => d[3]), sentence).toEqual([iso]);
  });

  it('reads number words, teens with the accusative singular, and both digit systems', () => {
    const s1 = 'استمر الحصار خمسة عشر يومًا';
    expect(durations(s1)).toEqual([[...at(s1, 'خمسة عشر يومًا'), 'P15D', null]]);
    const s2 = 'بقي السفير في منصبه أحد عشر شهرا';
    expect(durations(s2)).toEqual([[...at(s2, 'أحد عشر شهرا'), 'P11M', null]]);
    const s3 = 'غاب الرئيس ١٠ أيام عن العاصمة';
    expect(durations(s3)).toEqual([[...at(s3, '١٠ أيام'), 'P10D', null]]);
    const s4 = 'انتظر اللاجئون 3 سنوات على الحدود';
    expect(durations(s4)).toEqual([[...at(s4, '3 سنوات'), 'P3Y', null]]);
    const s5 = 'استمر القصف أربع وعشرين ساعة';
    expect(durations(s5).map((d) => d[3])).toEqual(['PT24H']);
    // «خمس وعشر سنوات» is "five or ten years": never 5.1 years.
    expect(durations('تستغرق إعادة الإعمار ما بين خمس وعشر سنوات').map((d) => d[3])).toEqual(['P10Y']);
  });

  it('reads fractions: «ونصف», «وربع», «نصف», after singulars, duals and plurals', () => {
    const cases: [string, string, string][] = [
      ['تحدث الوزير ساعة ونصف أمام البرلمان', 'ساعة ونصف', 'PT1.5H'],
      ['استمرت الجلسة ساعتين ونصف', 'ساعتين ونصف', 'PT2.5H'],
      ['ستبقى القوات نصف سنة أخرى', 'نصف سنة', 'P0.5Y'],
      ['تأخرت الطائرة ساعة وربع', 'ساعة وربع', 'PT1.25H'],
      ['انتظر الصحفيون ربع ساعة', 'ربع ساعة', 'PT0.25H'],
      ['تأخر القطار ساعة وثلث', 'ساعة وثلث', 'PT1H20M'],
      ['ألقى كلمة استمرت ثلث ساعة', 'ثلث ساعة', 'PT20M'],
      ['استغرقت الرحلة ساعة ونصف الساعة', 'ساعة ونصف الساعة', 'PT1.5H'],
      ['أمضى في المنفى ثلاثة أعوام ونصف العام', 'ثلاثة أعوام ونصف العام', 'P3.5Y'],
    ];
    for (const [sentence, text, iso] of cases) expect(durations(sentence), sentence).toEqual([[...at(sentence, text), iso, null]]);
  });

  it('joins sums with «و», with or without a space, in any order', () => {
    const s1 = 'قضى في المنصب عام وثلاثة أشهر';
    expect(durations(s1)).toEqual([[...at(s1, 'عام وثلاثة أشهر'), 'P1Y3M', null]]);
    const s2 = 'سيغادر لمدة عام واحد و شهر و 21 يوما';
    expect(durations(s2)).toEqual([[...at(s2, 'عام واحد و شهر و 21 يوما'), 'P1Y1M21D', null]]);
    const s4 = 'غادر منذ 2 سنة 1 شهر 21 يوم تقريبا';
    expect(durations(s4)).toEqual([[...at(s4, '2 سنة 1 شهر 21 يوم تقريبا'), 'P2Y1M21D', 'about']]);
    const s3 = 'سيغادر لمدة 2 أيام و شهر واحد';
    expect(durations(s3)).toEqual([[...at(s3, '2 أيام و شهر واحد'), 'P1M2D', null]]);
  });

  it('writes weeks as W only when they stand alone', () => {
    const [alone] = findTemporal('تستمر الهدنة أسبوعين', { reference });
    expect(alone?.value).toMatchObject({ iso: 'P2W', parts: { weeks: 2 } });
    const [mixed] = findTemporal('تستمر الهدنة أسبوعين وثلاثة أيام', { reference });
    expect(mixed?.value).toMatchObject({ iso: 'P17D', parts: { weeks: 2, days: 3 } });
  });

  it('reads every kind of qualifier, before or after', () => {
    const cases: [string, string, string, string][] = [
      ['وقعت الاشتباكات قبل أقل من ساعتين من وصوله', 'أقل من ساعتين', 'PT2H', 'less-than'],
      ['استمر الحصار أكثر من عامين', 'أكثر من عامين', 'P2Y', 'more-than'],
      ['دامت الأزمة ما يزيد على عشرة أعوام', 'ما يزيد على عشرة أعوام', 'P10Y', 'more-than'],
      ['بقي السفير في الرباط أزيد من ثلاثة أسابيع', 'أزيد من ثلاثة أسابيع', 'P3W', 'more-than'],
      ['استمرت المحادثات نحو خمس ساعات', 'نحو خمس ساعات', 'PT5H', 'about'],
      ['انتظر الوفد حوالي ساعة', 'حوالي ساعة', 'PT1H', 'about'],
      ['دام الحكم قرابة ثلاثة عقود', 'قرابة ثلاثة عقود', 'P30Y', 'about'],
      ['حكم زهاء أربعين عاما', 'زهاء أربعين عاما', 'P40Y', 'about'],
      ['ستبقى البعثة ما لا يقل عن ستة أشهر', 'ما لا يقل عن ستة أشهر', 'P6M', 'at-least'],
      ['تستمر الهدنة ثلاثة أيام على الأقل', 'ثلاثة أيام على الأقل', 'P3D', 'at-least'],
      ['تستغرق العملية أسبوعين على الأكثر', 'أسبوعين على الأكثر', 'P2W', 'at-most'],
      ['تصدر النتائج في غضون شهر', 'في غضون شهر', 'P1M', 'within'],
      ['وزار الوفد دمشق مرتين في ظرف أسبوع', 'في ظرف أسبوع', 'P1W', 'within'],
    ];
    for (const [sentence, text, iso, qualifier] of cases) expect(durations(sentence), sentence).toEqual([[...at(sentence, text), iso, qualifier]]);
  });

  it('reads a definite dual after «about» («قرابة الساعتين»), and only there', () => {
    const egypt = 'واستمرت الجلسة الافتتاحية قرابة الساعتين، ألقى خلالها الوزير كلمته.';
    expect(durations(egypt)).toEqual([[...at(egypt, 'قرابة الساعتين'), 'PT2H', 'about']]);
    const iraq = 'بقي الوفد في أربيل نحو اليومين';
    expect(durations(iraq)).toEqual([[...at(iraq, 'نحو اليومين'), 'P2D', 'about']]);
    expect(durations('خلال الساعتين الماضيتين تراجع القصف')).toEqual([]);
    expect(durations('منذ الشهرين الأولين من العام')).toEqual([]);
  });

  it('reads a lone singular unit after a verb of lasting or spending («دامت أسبوعا»، «أمضى شهرا»)', () => {
    const tunis = 'عاد الرئيس التونسي إلى قرطاج مساء الجمعة بعد زيارة دامت أسبوعا إلى الصين.';
    expect(durations(tunis)).toEqual([[...at(tunis, 'أسبوعا'), 'P1W', null]]);
    const gulf = 'وأمضى شهرا في جولة آسيوية، واستمرت ساعة واحدة';
    expect(durations(gulf)).toEqual([[...at(gulf, 'شهرا'), 'P1M', null], [...at(gulf, 'ساعة واحدة'), 'PT1H', null]]);
    const iraq = 'تستغرق الرحلة يوما كاملا';
    expect(durations(iraq)).toEqual([[...at(iraq, 'يوما كاملا'), 'P1D', null]]);
    // A verb before a construct or a year is no length: «استمر يوم الخميس»، «قضى عام 2025».
    expect(durations('استمر القصف يوم الخميس وقضى عام 2025 في المنفى')).toEqual([]);
  });

  it('reads a lone singular unit after a verb of lasting and its definite subject («ودامت الجلسة ساعة»)', () => {
    const levant = 'ودامت الجلسة ساعة، تلتها جلسة موسعة بحضور الوفدين.';
    expect(durations(levant)).toEqual([[...at(levant, 'ساعة'), 'PT1H', null]]);
    const maghreb = 'واستغرقت الرحلة الأولى أسبوعا بين نواكشوط ودكار.';
    expect(durations(maghreb)).toEqual([[...at(maghreb, 'أسبوعا'), 'P1W', null]]);
    // Not with an indefinite word between, nor more than three words.
    expect(durations('ودامت جلسة ساعة')).toEqual([]);
    expect(durations('واستمرت الجلسة المغلقة الأولى الطويلة ساعة')).toEqual([]);
  });

  it('reads a lone singular unit only after a word that introduces a length of time', () => {
    const s1 = 'سيبقى في منصبه لمدة شهر';
    expect(durations(s1)).toEqual([[...at(s1, 'شهر'), 'P1M', null]]);
    const s2 = 'سافر ليوم كامل إلى عمّان';
    expect(durations(s2)).toEqual([[...at(s2, 'يوم كامل'), 'P1D', null]]);
    const s3 = 'بقي المتظاهرون طوال اليوم في الساحة';
    expect(durations(s3)).toEqual([[...at(s3, 'طوال اليوم'), 'P1D', null]]);
    const s5 = 'ومددت الحكومة حالة الطوارئ شهرا إضافيا';
    expect(durations(s5)).toEqual([[...at(s5, 'شهرا إضافيا'), 'P1M', null]]);
    const s4 = 'على مدى عام كامل لم يصدر أي قرار';
    expect(durations(s4)).toEqual([[...at(s4, 'على مدى عام كامل'), 'P1Y', null]]);
  });

  it('maps offsets back to the original text with harakat and tatweel', () => {
    const sentence = 'أمضى الوفدُ يومَيْنِ فقطْ في القاهرة';
    const [match] = findTemporal(sentence, { reference });
    expect(match).toMatchObject({ text: 'يومَيْنِ فقطْ', index: 12, end: 25 });
  });
});
