/**
 * The gaps the first-sight evaluation of 2026-11-30 found, each on sentences
 * of its own: state forms of a country's name, «حل … في زيارة» and «يبدأ …
 * زيارة» with the subject between, the inviter as host, «البلاغ» as the
 * communiqué, the Omani style of the Sultan.
 */
import { describe, expect, it } from 'vitest';
import { extractStateVisit } from '../../src/extract';
import { expectEvidenceInInput } from './evidence';

const read = (text: string) => {
  const result = extractStateVisit(text, { reference: '2026-11-30' });
  expectEvidenceInInput(text, result);
  const visit = result.visit;
  return {
    visitor: [visit?.visitor.person?.name.ar ?? null, visit?.visitor.office?.code ?? null, visit?.guestCountry ?? null],
    host: [visit?.host?.person?.name.ar ?? null, visit?.host?.office?.code ?? null, visit?.hostCountry ?? null],
    type: visit?.visitType.type ?? null,
    arrival: visit?.period.arrival?.start ?? null,
    statements: result.statements.map((s) => [s.speaker.person?.name.ar ?? s.speaker.organization?.name.ar ?? s.speaker.office?.title ?? null, s.attribution]),
  };
};

describe('first-sight fixes (2026-11-30)', () => {
  it('«رئيس جمهورية X» and «رئيس وزراء جمهورية X الإسلامية» name the visitor\'s country (Egypt, Gulf)', () => {
    expect(read('استقبل الرئيس السيسي اليوم رئيس جمهورية السنغال باسيرو ديوماي فاي الذي يزور القاهرة.')).toMatchObject({
      visitor: ['باسيرو ديوماي فاي', 'president', 'SN'],
      host: ['السيسي', 'president', 'EG'],
    });
    expect(read('وصل رئيس وزراء جمهورية إيران الإسلامية إلى الدوحة أمس في زيارة رسمية.')).toMatchObject({
      visitor: [null, 'prime-minister', 'IR'],
      host: [null, null, 'QA'],
      type: 'official',
      arrival: '2026-11-29',
    });
  });

  it('«الجمهورية الإيطالية» is a place (Tunisian and Algerian wire style)', () => {
    expect(read('أدى وزير الخارجية الجزائري، أمس، زيارة عمل إلى الجمهورية الفرنسية.')).toMatchObject({
      visitor: [null, 'minister', 'DZ'],
      host: [null, null, 'FR'],
      type: 'working',
    });
  });

  it('«حل … ب<city>، في زيارة» is an arrival (Algeria, Morocco); «حل» alone is not', () => {
    expect(read('حل الوزير الأول التونسي، اليوم، بالجزائر العاصمة، في زيارة عمل تدوم يومين.')).toMatchObject({
      visitor: [null, 'prime-minister', 'TN'],
      host: [null, null, 'DZ'],
      type: 'working',
      arrival: '2026-11-30',
    });
    expect(read('حل البرلمان الأردني أمس بقرار ملكي.').type).toBeNull();
  });

  it('«يبدأ … [subject] … زيارة دولة إلى» with the subject and a day between (Gulf)', () => {
    expect(read('تبدأ رئيسة وزراء إيطاليا يوم الأربعاء المقبل زيارة رسمية إلى الكويت.')).toMatchObject({
      visitor: [null, 'prime-minister', 'IT'],
      host: [null, null, 'KW'],
      type: 'official',
      arrival: '2026-12-02',
    });
  });

  it('the inviter hosts the visit («بدعوة من»، «تلبية لدعوة من»)', () => {
    expect(read('وصل الرئيس اللبناني جوزاف عون إلى باريس اليوم في زيارة رسمية بدعوة من الرئيس الفرنسي إيمانويل ماكرون.').host).toEqual([
      'إيمانويل ماكرون',
      'president',
      'FR',
    ]);
  });

  it('«حضرة صاحب الجلالة السلطان» is the Sultan of Oman; «المعظم» is an epithet, not a name', () => {
    expect(read('يبدأ حضرة صاحب الجلالة السلطان هيثم بن طارق المعظم غدا زيارة دولة إلى الهند.')).toMatchObject({
      visitor: ['هيثم بن طارق', 'sultan', 'OM'],
      host: [null, null, 'IN'],
      type: 'state',
      arrival: '2026-12-01',
    });
  });

  it('«وأوضح البلاغ أن» is the communiqué speaking, not a person called «البلاغ» (Morocco)', () => {
    expect(read('أفاد بلاغ للديوان الملكي أن الملك استقبل السفير. وأوضح البلاغ أن اللقاء كان مناسبة لبحث التعاون.').statements).toEqual([
      ['بلاغ للديوان الملكي', 'official-source'],
      ['البلاغ', 'official-source'],
    ]);
  });

  it('«المتحدث باسم الحكومة» ends before the name that follows it (Iraq), and «وأضاف» carries that speaker', () => {
    const text = 'وقال المتحدث باسم الحكومة العراقية حيدر مجيد، في مؤتمر صحفي، إن الحكومة ماضية في الإصلاح. وأضاف أن الموازنة ستقر قريبا.';
    expect(read(text).statements).toEqual([
      ['حيدر مجيد', 'spokesperson'],
      ['حيدر مجيد', 'spokesperson'],
    ]);
  });

  it('a name set off by commas after its title, and a chain of titles before it (Algerian APS style)', () => {
    const result = read(
      'حل الوزير الأول الموريتاني، المختار ولد أجاي، اليوم بالجزائر العاصمة، في زيارة عمل، بدعوة من الوزير الأول، السيد نذير العرباوي. ' +
        'وصرح وزير الدولة، وزير الطاقة والمناجم، محمد عرقاب، بأن البلدين سيوقعان اتفاقا للربط الكهربائي.',
    );
    expect(result).toMatchObject({
      visitor: ['المختار ولد أجاي', 'prime-minister', 'MR'],
      host: ['نذير العرباوي', 'prime-minister', 'DZ'],
      arrival: '2026-11-30',
    });
    expect(result.statements).toEqual([['محمد عرقاب', 'named']]);
  });

  it('the one who welcomed the visitor is the host when no meeting names one (Iraq)', () => {
    expect(read('وصل وزير الخارجية الأردني إلى بغداد اليوم في زيارة رسمية، وكان في استقباله لدى وصوله مطار بغداد الدولي وزير الخارجية فؤاد حسين.').host).toEqual([
      'فؤاد حسين',
      'minister',
      'IQ',
    ]);
  });

  it('a title after «مطار»، «جامعة»… names the place, not an office holder (Gulf)', () => {
    expect(read('وصل الرئيس الكيني إلى الرياض اليوم في زيارة رسمية، وكان في استقباله بمطار الملك خالد الدولي وزير الدولة.').host).toEqual([null, 'minister-of-state', 'SA']);
  });

  it('a reception dates the arrival by the visitor\'s own clause when it has a day (Levant)', () => {
    expect(read('استقبل الرئيس اللبناني اليوم في بعبدا رئيس وزراء اليونان الذي يقوم بزيارة رسمية بدأها أمس.').arrival).toBe('2026-11-29');
    expect(read('استقبل الرئيس اللبناني اليوم في بعبدا رئيس وزراء اليونان الذي يقوم بزيارة رسمية.').arrival).toBe('2026-11-30');
  });

  it('an honorific pronoun speaks for the holder of an office it is used for (Jordan, Gulf)', () => {
    const text = 'استقبل جلالة الملك عبدالله الثاني اليوم وزير الخارجية الهولندي الذي يزور المملكة. وأكد جلالته أن الأردن يدعم الحل السياسي.';
    expect(read(text).statements).toEqual([['عبدالله الثاني', 'named']]);
    const gulf = 'وصل أمير دولة قطر الشيخ تميم بن حمد آل ثاني إلى أنقرة اليوم في زيارة رسمية. وأعرب سموه عن سعادته بالزيارة.';
    expect(read(gulf).statements).toEqual([['تميم بن حمد آل ثاني', 'named']]);
  });

  it('a source\'s own name runs up to six words («بيان صادر عن ديوان البلاط السلطاني», Oman)', () => {
    expect(read('وأوضح بيان صادر عن ديوان البلاط السلطاني أن السلطان سيزور الهند.').statements).toEqual([['بيان صادر عن ديوان البلاط السلطاني', 'official-source']]);
  });
});

