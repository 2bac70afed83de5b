/**
 * The gaps the second first-sight evaluation of 2026-11-30 found, each on
 * sentences of its own (reference 2026-11-30, a Monday): the end of a visit
 * («اختتم … زيارته»), the host as the one holding talks with «ضيفه», the
 * Maghrebi «الذي حل», an ambassador's posting after «في», a surname whose
 * full name came earlier without a title, «للصحفيين» after a surname, and a
 * spokesman who is no host.
 */
import { describe, expect, it } from 'vitest';
import { extractStateVisit } from '../../src/extract';
import { expectEvidenceInInput } from './evidence';

const REFERENCE = '2026-11-30';

const extract = (text: string) => {
  const result = extractStateVisit(text, { reference: REFERENCE });
  expectEvidenceInInput(text, result);
  return result;
};

const read = (text: string) => {
  const result = extract(text);
  const visit = result.visit;
  return {
    visitor: [visit?.visitor.person?.name.ar ?? null, visit?.visitor.office?.code ?? null, visit?.guestCountry ?? null],
    host: [visit?.host?.person?.name.ar ?? null, visit?.host?.office?.code ?? null, visit?.hostCountry ?? null],
    type: visit?.visitType.type ?? null,
    arrival: visit?.period.arrival?.start ?? null,
    arrivalOffset: visit?.period.arrival?.relative?.offset ?? null,
    related: visit?.relatedEvents?.length ?? 0,
    statements: result.statements.map((s) => [s.speaker.person?.name.ar ?? s.speaker.organization?.name.ar ?? s.speaker.office?.title ?? null, s.speaker.office?.code ?? null]),
  };
};

describe('the end of a visit: «اختتم … زيارته»، «أنهت … زيارة»', () => {
  it('reads the visit; the arrival is the day after «بدأها», not the closing day (Levant)', () => {
    const text = 'عمّان - بترا: اختتم رئيس الوزراء الفلسطيني محمد مصطفى مساء اليوم زيارته إلى الأردن التي بدأها السبت الماضي، وعقد خلالها رئيس الوزراء جعفر حسان مباحثات معمقة مع ضيفه في دار الرئاسة.';
    expect(read(text)).toMatchObject({
      visitor: ['محمد مصطفى', 'prime-minister', 'PS'],
      host: ['جعفر حسان', 'prime-minister', 'JO'],
      type: 'unspecified',
      arrival: '2026-11-28',
    });
  });

  it('with no word of its start, gives no arrival (Gulf)', () => {
    expect(read('اختتم الرئيس الكازاخستاني قاسم جومارت توكاييف اليوم زيارة دولة إلى قطر استغرقت يومين.')).toMatchObject({
      visitor: ['قاسم جومارت توكاييف', 'president', 'KZ'],
      host: [null, null, 'QA'],
      type: 'state',
      arrival: null,
    });
  });

  it('a pluperfect arrival of the same visitor dates it and is no earlier visit (Maghreb, Iraq)', () => {
    const maghreb = 'الجزائر - واج: أنهت وزيرة الخارجية السلوفينية تانيا فايون اليوم زيارة عمل إلى الجزائر. وكانت فايون قد وصلت إلى الجزائر العاصمة صباح الأحد.';
    expect(read(maghreb)).toMatchObject({ visitor: ['تانيا فايون', 'minister', 'SI'], host: [null, null, 'DZ'], type: 'working', arrival: '2026-11-29', related: 0 });
    // Another person's earlier arrival does not date the visit.
    const other = 'بغداد - اختتم وزير الخارجية الإيراني عباس عراقجي اليوم زيارة رسمية إلى العراق. وكان الرئيس الإيراني قد وصل إلى بغداد الأحد.';
    expect(read(other)).toMatchObject({ visitor: ['عباس عراقجي', 'minister', 'IR'], arrival: null });
  });

  it('«زيارته» right after the visitor\'s name ends it (Gulf)', () => {
    expect(read('اختتم رئيس الوزراء الكوري الجنوبي هان دوك سو زيارته إلى الدوحة اليوم.')).toMatchObject({
      visitor: ['هان دوك سو', 'prime-minister', 'KR'],
      host: [null, null, 'QA'],
      arrival: null,
    });
  });

  it('closing something else is no visit', () => {
    expect(extract('اختتم المؤتمر الاقتصادي أعماله اليوم في القاهرة بمشاركة وزراء من عشرين دولة.').visit).toBeNull();
  });
});

describe('the host holds talks with the visitor', () => {
  it('«وعقد … مباحثات مع ضيفه» wins over the official at the airport (Iraq)', () => {
    const text =
      'وصل وزير الخارجية الأردني أيمن الصفدي اليوم إلى بغداد في زيارة رسمية، وكان في استقباله بالمطار وكيل وزارة الخارجية هشام العلوي. ' +
      'وعقد رئيس مجلس الوزراء محمد شياع السوداني جلسة مباحثات مع ضيفه الأردني في القصر الحكومي.';
    expect(read(text)).toMatchObject({ visitor: ['أيمن الصفدي', 'minister', 'JO'], host: ['محمد شياع السوداني', 'prime-minister', 'IQ'], arrival: '2026-11-30' });
  });

  it('the subject before the verb («وكان الأمير … قد عقد مع ضيفه جلسة مباحثات», Gulf)', () => {
    const text =
      'اختتم رئيس الوزراء الماليزي أنور إبراهيم اليوم زيارة رسمية إلى الكويت. ' +
      'وكان سمو أمير البلاد الشيخ مشعل الأحمد الجابر الصباح قد عقد مع ضيفه جلسة مباحثات رسمية في قصر بيان.';
    expect(read(text)).toMatchObject({ visitor: ['أنور إبراهيم', 'prime-minister', 'MY'], host: ['مشعل الأحمد الجابر الصباح', 'emir', 'KW'] });
  });

  it('«وبحث X مع ضيفه» needs no talks noun; X may be named without a title (Levant, Maghreb)', () => {
    const levant = 'وصل رئيس الوزراء العراقي محمد شياع السوداني إلى بيروت اليوم في زيارة رسمية. وبحث الرئيس اللبناني جوزاف عون مع ضيفه العراقي ملف النازحين.';
    expect(read(levant)).toMatchObject({ visitor: ['محمد شياع السوداني', 'prime-minister', 'IQ'], host: ['جوزاف عون', 'president', 'LB'] });
    // «بالرباط» right after the name ends it (it was read «خوسيه ألباريس بالرباط», and the visit was lost).
    const maghreb = 'حل وزير الخارجية الإسباني خوسيه ألباريس بالرباط اليوم في زيارة عمل. وبحث السيد ناصر بوريطة مع ضيفه العلاقات الثنائية.';
    expect(read(maghreb)).toMatchObject({ visitor: ['خوسيه ألباريس', 'minister', 'ES'], host: ['ناصر بوريطة', null, 'MA'] });
  });

  it('talks with someone else make no host (Egypt)', () => {
    const text =
      'وصل رئيس الوزراء اليوناني كيرياكوس ميتسوتاكيس إلى القاهرة اليوم في زيارة رسمية. ' +
      'وعقد وزير الاستثمار المصري حسن الخطيب اجتماعا مع رجال الأعمال اليونانيين المرافقين للوفد.';
    expect(read(text)).toMatchObject({ visitor: ['كيرياكوس ميتسوتاكيس', 'prime-minister', 'GR'], host: ['حسن الخطيب', 'minister', 'EG'] });
    // … so the minister is the host only by the fallback (the titled official of the host country), as before;
    // with a meeting phrase naming the president he is not.
    const met = text.replace('في زيارة رسمية.', 'في زيارة رسمية يلتقي خلالها الرئيس عبد الفتاح السيسي.');
    expect(read(met).host).toEqual(['عبد الفتاح السيسي', 'president', 'EG']);
  });
});

describe('the visitor holds talks with the host', () => {
  it('the one after «مع» is the host, named here only and without a title (Maghreb, Egypt)', () => {
    const maghreb =
      'الرباط - أفاد بلاغ لوزارة الخارجية أن وزير الخارجية البرتغالي باولو رانغيل يحل بالرباط اليوم في زيارة عمل. ' +
      'وأوضح البلاغ أن السيد رانغيل سيجري مباحثات مع السيد ناصر بوريطة تتناول التعاون الثنائي.';
    expect(read(maghreb)).toMatchObject({ visitor: ['باولو رانغيل', 'minister', 'PT'], host: ['ناصر بوريطة', null, 'MA'] });
    // «تتناول» opens the agenda: it ends the name.
    const egypt = 'وصل وزير الخارجية الأردني أيمن الصفدي إلى القاهرة اليوم، وأجرى الصفدي مباحثات مع بدر عبد العاطي تناولت الأوضاع في غزة.';
    expect(read(egypt)).toMatchObject({ visitor: ['أيمن الصفدي', 'minister', 'JO'], host: ['بدر عبد العاطي', null, 'EG'] });
  });

  it('talks with an official of another country make no host', () => {
    const text = 'وصل وزير الخارجية البرتغالي باولو رانغيل إلى الرباط اليوم في زيارة عمل. وسيجري رانغيل مباحثات مع نظيره الإسباني على هامش الزيارة.';
    expect(read(text)).toMatchObject({ visitor: ['باولو رانغيل', 'minister', 'PT'], host: [null, null, 'MA'] });
  });
});

describe('a counterpart in the next sentence', () => {
  it('«نظيره التركي» after the visitor named by his surname is the host, and the name ends before «تعزيز» (Iraq)', () => {
    const text =
      'توجه وزير الخارجية العراقي فؤاد حسين صباح اليوم إلى العاصمة التركية أنقرة في زيارة رسمية تستغرق يومين. ' +
      'ومن المقرر أن يبحث حسين مع نظيره التركي هاكان فيدان تعزيز التعاون المائي.';
    expect(read(text)).toMatchObject({ visitor: ['فؤاد حسين', 'minister', 'IQ'], host: ['هاكان فيدان', 'minister', 'TR'] });
  });

  it('an inviting counterpart named later by title and name is one person (Maghreb)', () => {
    const text =
      'وصل الرئيس الموريتاني محمد ولد الغزواني اليوم إلى داكار في زيارة رسمية، تلبية لدعوة من نظيره السنغالي. ' +
      'وأكد الرئيس السنغالي باسيرو ديوماي فاي أن البلدين شريكان في التنمية.';
    expect(read(text)).toMatchObject({ visitor: ['محمد ولد الغزواني', 'president', 'MR'], host: ['باسيرو ديوماي فاي', 'president', 'SN'] });
  });
});

describe('«الذي حل … في زيارة» (Maghreb) and the arrival in the visitor\'s clause', () => {
  it('the visitor is named before «الذي حل», the arrival is the day in that clause', () => {
    const text = 'أجرى وزير الشؤون الخارجية السيد ناصر بوريطة، اليوم الاثنين بالرباط، مباحثات مع وزير الخارجية الغامبي مامادو تانجارا، الذي حل بالمملكة أمس في زيارة عمل.';
    expect(read(text)).toMatchObject({
      visitor: ['مامادو تانجارا', 'minister', 'GM'],
      host: ['ناصر بوريطة', 'minister', 'MA'],
      type: 'working',
      arrival: '2026-11-29',
      arrivalOffset: -1,
    });
  });

  it('a reception with no day in the visitor\'s clause gives no arrival (Egypt)', () => {
    const text = 'عقد الرئيس عبد الفتاح السيسي اليوم جلسة مباحثات مع الرئيس الغاني جون ماهاما، الذي وصل إلى القاهرة في زيارة رسمية.';
    expect(read(text)).toMatchObject({ visitor: ['جون ماهاما', 'president', 'GH'], host: ['عبد الفتاح السيسي', 'president', 'EG'], arrival: null });
  });
});

describe('an ambassador\'s posting after «في»', () => {
  it('is part of the title when the ambassador speaks (Egypt, Gulf, Levant)', () => {
    const egypt = extract('وقال السفير الصيني في القاهرة لياو ليتشيانغ إن بلاده تدعم جهود مصر في غزة.');
    expect(egypt.statements[0]?.speaker.person?.name.ar).toBe('لياو ليتشيانغ');
    expect(egypt.statements[0]?.speaker.office).toMatchObject({ code: 'ambassador', country: 'CN', title: 'السفير الصيني في القاهرة' });
    const gulf = extract('وأكد سفير اليابان في الرياض ياسوناري مورينو أن التعاون في الطاقة يتوسع.');
    expect(gulf.statements[0]?.speaker.person?.name.ar).toBe('ياسوناري مورينو');
    expect(gulf.statements[0]?.speaker.office).toMatchObject({ code: 'ambassador', country: 'JP' });
    const levant = extract('السفير الفرنسي في بيروت هيرفيه ماغرو قال إن باريس تدعم الجيش اللبناني.');
    expect(levant.statements[0]?.speaker.person?.name.ar).toBe('هيرفيه ماغرو');
    expect(levant.statements[0]?.content.text).toBe('باريس تدعم الجيش اللبناني');
  });

  it('is where a meeting took place after «التقى»: the person met is no ambassador', () => {
    const result = extract('التقى السفير الأمريكي في بغداد محمد الحلبوسي وبحث معه الأوضاع.');
    const ambassadors = result.statements.filter((s) => s.speaker.office?.code === 'ambassador');
    expect(ambassadors.map((s) => s.speaker.person?.name.ar)).not.toContain('محمد الحلبوسي');
    // A resident diplomat is received at his post: still no visit.
    expect(extract('استقبل الرئيس اللبناني جوزاف عون اليوم السفير المصري في بيروت علاء موسى.').visit).toBeNull();
  });
});

describe('a surname whose full name came earlier without a title', () => {
  it('is merged with the full name (Gulf, Maghreb)', () => {
    const gulf = extract('وحضر المباحثات عن الجانب العماني خالد الهنائي. وقال الهنائي للصحفيين إن مسقط تدعم الحوار.');
    expect(gulf.statements.map((s) => s.speaker.person?.name.ar)).toEqual(['خالد الهنائي']);
    // The person's evidence is where the full name was written.
    expect(gulf.statements[0]?.speaker.person?.evidence).toEqual({ text: 'خالد الهنائي', index: 33, end: 45 });
    const maghreb = extract('وشارك في اللقاء من الجانب التونسي منير بن رجيبة. وأكد بن رجيبة أن تونس متمسكة بالحوار.');
    expect(maghreb.statements[0]?.speaker.person?.name.ar).toBe('منير بن رجيبة');
  });

  it('a verb with a joined pronoun before the name is no part of it (Gulf)', () => {
    const text = 'وعقد أمير البلاد مع ضيفه جلسة مباحثات أمس، حضرها جيهون بيراموف. وقال بيراموف إن باكو تعتبر الكويت شريكا.';
    expect(extract(text).statements[0]?.speaker.person?.name.ar).toBe('جيهون بيراموف');
  });

  it('stays one word when no earlier full name ends with it', () => {
    expect(extract('وقال بيراموف إن باكو تدعم السلام.').statements[0]?.speaker.person?.name.ar).toBe('بيراموف');
  });
});

describe('to whom a speaker spoke ends the name', () => {
  it('«للصحفيين»، «لوسائل الإعلام» are no part of a surname (Levant, Iraq)', () => {
    const text = 'وصل وزير الخارجية الأردني أيمن الصفدي إلى بغداد اليوم. وقال الصفدي للصحفيين إن الأردن يدعم العراق. وأضاف الصفدي لوسائل الإعلام أن الزيارة مهمة.';
    expect(read(text).statements).toEqual([
      ['أيمن الصفدي', 'minister'],
      ['أيمن الصفدي', 'minister'],
    ]);
  });
});

describe('a spokesman is no host', () => {
  it('with no host named, the government spokesman is not taken for one (Iraq)', () => {
    const text = 'وصل رئيس الوزراء الأردني جعفر حسان إلى بغداد اليوم في زيارة رسمية. وقال المتحدث باسم الحكومة العراقية باسم العوادي إن الزيارة مهمة.';
    expect(read(text)).toMatchObject({ visitor: ['جعفر حسان', 'prime-minister', 'JO'], host: [null, null, 'IQ'] });
  });
});

describe('«ويضم الوفد …» with no accompanying verb before it', () => {
  const delegationOf = (text: string) => {
    const d = extract(text).delegation;
    return d && { country: d.country ?? null, members: d.members.map((m) => [m.role, m.person?.name.ar ?? null, m.office?.code ?? null, m.office?.portfolio ?? null, m.evidence?.text ?? null]) };
  };

  it('the visitor heads it; members named without a title are read, a joined و left out (Levant)', () => {
    const text = 'وصل وزير الخارجية السوري أسعد الشيباني إلى عمّان اليوم في زيارة رسمية. ويضم الوفد كلاً من محمد البشير وعبد القادر الحصرية.';
    expect(delegationOf(text)).toEqual({
      country: 'SY',
      members: [
        // As for «ويرافقه وفد», the head's evidence is the words that point to him.
        ['head', 'أسعد الشيباني', 'minister', 'foreign', 'يضم الوفد'],
        ['member', 'محمد البشير', null, null, 'محمد البشير'],
        ['member', 'عبد القادر الحصرية', null, null, 'عبد القادر الحصرية'],
      ],
    });
  });

  it('«الوفد المرافق للرئيس …» names the head; «التجارة والصناعة» is one portfolio (Gulf)', () => {
    const text = 'يبدأ الرئيس الإندونيسي برابوو سوبيانتو غداً زيارة دولة إلى الكويت. ويضم الوفد المرافق للرئيس الإندونيسي وزير الخارجية سوجيونو ووزير التجارة والصناعة بودي سانتوسو.';
    expect(delegationOf(text)).toEqual({
      country: 'ID',
      members: [
        ['head', 'برابوو سوبيانتو', 'president', null, 'للرئيس الإندونيسي'],
        ['member', 'سوجيونو', 'minister', 'foreign', 'وزير الخارجية سوجيونو'],
        ['member', 'بودي سانتوسو', 'minister', 'trade', 'وزير التجارة والصناعة بودي سانتوسو'],
      ],
    });
  });

  it('with nobody named before it to head it, there is no delegation', () => {
    expect(extract('ويضم الوفد كلاً من سامي الخطيب ونادر الحلبي.').delegation).toBeNull();
  });
});
