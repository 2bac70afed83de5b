/**
 * Statement topics: the topic table (src/data/topics.ts), `findTopics`, and the
 * `topics` of every statement the extractor returns. Sentences written for
 * ziyara in the styles of the Levant, Iraq, Egypt, the Gulf and the Maghreb.
 */
import { describe, expect, it } from 'vitest';
import { TOPICS, TOPIC_CODES, extractStatements, findTopics } from '../../src/extract';
import { normalizeArabic } from '../../src/text/normalize';
import { topicPhraseSpellings } from '../../src/extract/topics';
import { expectEvidenceInInput } from './evidence';

/** The topics of the one statement of a sentence. */
function topicsOf(sentence: string): string[] {
  const statements = extractStatements(sentence);
  expect(statements, sentence).toHaveLength(1);
  expectEvidenceInInput(sentence, statements);
  return (statements[0] as { topics: string[] }).topics;
}

describe('the topic table', () => {
  it('has one entry per code, in the order of TOPIC_CODES, each with labels and keywords', () => {
    expect(TOPICS.map((t) => t.code)).toEqual([...TOPIC_CODES]);
    expect(TOPIC_CODES.length).toBeGreaterThanOrEqual(15);
    expect(TOPIC_CODES.length).toBeLessThanOrEqual(25);
    for (const topic of TOPICS) {
      expect(topic.code).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(topic.ar.trim().length, topic.code).toBeGreaterThan(0);
      expect(topic.en.trim().length, topic.code).toBeGreaterThan(0);
      expect(topic.keywords.length, topic.code).toBeGreaterThan(2);
    }
  });

  it('never gives one spelling two meanings (two topics, or a keyword and a false friend)', () => {
    const owner = new Map<string, string>();
    for (const topic of TOPICS) {
      const rows = [...topic.keywords.map((k) => [k.phrase, topic.code] as const), ...topic.falseFriends.map((f) => [f.phrase, `not ${topic.code}`] as const)];
      for (const [phrase, meaning] of rows) {
        for (const spelling of topicPhraseSpellings(phrase)) {
          const previous = owner.get(spelling);
          expect(previous === undefined || previous === meaning, `${phrase}: ${previous} and ${meaning}`).toBe(true);
          owner.set(spelling, meaning);
        }
      }
    }
    expect(owner.size).toBeGreaterThan(400);
  });

  it('lists every spelling once and tags it with a known region', () => {
    const regions = new Set(['all', 'levant', 'iraq', 'egypt', 'gulf', 'maghreb']);
    const seen = new Set<string>();
    for (const topic of TOPICS) {
      for (const row of [...topic.keywords, ...topic.falseFriends]) {
        const key = normalizeArabic(row.phrase);
        expect(seen.has(key), row.phrase).toBe(false);
        seen.add(key);
        expect(regions.has(row.region), row.phrase).toBe(true);
      }
    }
    const regional = TOPICS.flatMap((t) => t.keywords).filter((k) => k.region !== 'all');
    expect(new Set(regional.map((k) => k.region))).toEqual(new Set(['levant', 'iraq', 'egypt', 'gulf', 'maghreb']));
  });

  it('every false friend contains a keyword of its topic (it is a look-alike, not a stray phrase)', () => {
    for (const topic of TOPICS) {
      const keywordSpellings = topic.keywords.flatMap((k) => topicPhraseSpellings(k.phrase));
      for (const friend of topic.falseFriends) {
        const words = ` ${normalizeArabic(friend.phrase)} `;
        expect(keywordSpellings.some((spelling) => words.includes(` ${spelling} `)), friend.phrase).toBe(true);
        expect(friend.sense.length).toBeGreaterThan(0);
      }
    }
  });

  it('each keyword alone, and after و / ب / لل, gives its own topic; each false friend gives none', () => {
    for (const topic of TOPICS) {
      for (const { phrase } of topic.keywords) {
        expect(findTopics(phrase).map((m) => m.code), phrase).toEqual([topic.code]);
        expect(findTopics(`و${phrase}`).map((m) => m.code), `و${phrase}`).toEqual([topic.code]);
        const withArticle = normalizeArabic(phrase).startsWith('ال') ? phrase : `ال${phrase}`;
        expect(findTopics(`ب${withArticle}`).map((m) => m.code), `ب${withArticle}`).toEqual([topic.code]);
        expect(findTopics(`ل${withArticle.slice(1)}`).map((m) => m.code), `ل${withArticle.slice(1)}`).toEqual([topic.code]);
      }
      for (const { phrase } of topic.falseFriends) expect(findTopics(phrase), phrase).toEqual([]);
    }
  });
});

describe('the extraction guide', () => {
  it('lists every topic with its labels, counts and keywords as the table has them', async () => {
    const { readFileSync } = await import('node:fs');
    const { resolve } = await import('node:path');
    const guide = readFileSync(resolve(__dirname, '..', '..', 'docs', 'guide-extraction.md'), 'utf8');
    const section = guide.slice(guide.indexOf('## Topics'), guide.indexOf('\n## ', guide.indexOf('## Topics')));
    const rows = section.split('\n').filter((line) => /^\| `[a-z-]+` \|/.test(line));
    expect(rows.map((row) => /`([a-z-]+)`/.exec(row)?.[1])).toEqual([...TOPIC_CODES]);
    for (const row of rows) {
      const [code, ar, en, examples, counts] = row.split('|').slice(1, 6).map((cell) => cell.trim());
      const topic = TOPICS.find((t) => `\`${t.code}\`` === code)!;
      expect([ar, en, counts], code).toEqual([topic.ar, topic.en, `${topic.keywords.length} / ${topic.falseFriends.length}`]);
      for (const example of (examples ?? '').split('،').map((e) => e.trim())) {
        const [, phrase, region] = /^(.+?)(?: \((\w+)\))?$/.exec(example) ?? [];
        expect(topic.keywords.some((k) => k.phrase === phrase && k.region === (region ?? k.region)), `${code}: ${example}`).toBe(true);
      }
    }
  });
});

describe('statement topics, region by region', () => {
  it('Levant', () => {
    expect(topicsOf('وأكد وزير الخارجية الأردني أن عمّان تدعم عودة اللاجئين السوريين الطوعية وتطالب برفع العقوبات عن دمشق.')).toEqual(['migration', 'sanctions']);
    expect(topicsOf('وشدد رئيس الحكومة اللبنانية على أن لبنان بحاجة إلى الفيول والمازوت قبل الشتاء، وإلى دعم الجيش.')).toEqual(['energy', 'defense']);
    expect(topicsOf('وقال الرئيس السوري إن مرحلة التعافي المبكر تتطلب رفع قانون قيصر وفتح الطريق الدولي.')).toEqual(['reconstruction', 'sanctions', 'transport']);
    expect(topicsOf('ولفت رئيس الوزراء الفلسطيني إلى أن حل الدولتين هو السبيل لإنهاء الاحتلال.')).toEqual(['peace', 'regional-conflict']);
  });

  it('Iraq', () => {
    expect(topicsOf('وأكد رئيس الوزراء العراقي أن بغداد ماضية في مشروع طريق التنمية وأن حصة العراق من مياه دجلة والفرات حق لا تنازل عنه.')).toEqual(['transport', 'water']);
    expect(topicsOf('وأوضح الناطق باسم الحكومة العراقية أن القوات الأمنية تلاحق الخلايا النائمة لداعش على الحدود.')).toEqual(['security', 'counter-terrorism']);
    expect(topicsOf('وأعلن وزير النفط العراقي أن صادرات الخام عبر ميناء البصرة ارتفعت، وأن المصافي الجديدة تغطي حاجة السوق من المشتقات النفطية.')).toEqual(['trade', 'transport', 'energy']);
  });

  it('Egypt', () => {
    expect(topicsOf('وأكد الرئيس المصري أن سد النهضة قضية وجودية، وأن مصر لن تقبل المساس بأمنها المائي.')).toEqual(['water']);
    expect(topicsOf('وقال رئيس الوزراء المصري إن الحكومة تعمل على جذب الاستثمارات الخليجية وزيادة الصادرات المصرية إلى أفريقيا.')).toEqual(['investment', 'trade']);
    expect(topicsOf('وأشار وزير الخارجية المصري إلى أن القاهرة تواصل جهود الوساطة لوقف إطلاق النار وإدخال المساعدات الإنسانية إلى غزة.')).toEqual(['peace', 'regional-conflict', 'humanitarian']);
  });

  it('Gulf', () => {
    expect(topicsOf('وأكد ولي العهد السعودي أن المملكة ماضية في تحقيق الحياد الكربوني، وأن أمن الخليج مسؤولية مشتركة.')).toEqual(['climate', 'security']);
    expect(topicsOf('وقال وزير الخارجية الكويتي إن البلدين الشقيقين يتطلعان إلى تعزيز التعاون في مجال الطاقة المتجددة والأمن الغذائي.')).toEqual(['bilateral-relations', 'energy', 'food-security']);
    expect(topicsOf('وأكد أمير قطر أن مجلس التعاون الخليجي يعزز أواصر الأخوة بين دول المنطقة.')).toEqual(['multilateral', 'bilateral-relations']);
  });

  it('Maghreb', () => {
    expect(topicsOf('وأكد وزير الشؤون الخارجية الجزائري أن بلاده تعول على الربط الطاقوي مع تونس وعلى تنويع المبادلات التجارية.')).toEqual(['energy', 'trade']);
    expect(topicsOf('وقال الوزير المغربي إن المملكة تواجه الهجرة غير النظامية وظاهرة الحراقة بمقاربة إنسانية.')).toEqual(['migration', 'humanitarian']);
    expect(topicsOf('وأكد الرئيس التونسي أن الاتحاد المغاربي يبقى خيارا استراتيجيا لشعوب المنطقة.')).toEqual(['multilateral']);
    expect(topicsOf('وشدد الوزير الموريتاني على أن الصيد البحري والفلاحة في صلب الشراكة الإستراتيجية مع الرباط.')).toEqual(['food-security', 'bilateral-relations']);
  });

  it('keeps the order of first occurrence and lists a topic once', () => {
    expect(topicsOf('وأكد الوزير أن الاستثمار والطاقة ثم الاستثمارات والكهرباء من الأولويات.')).toEqual(['investment', 'energy']);
  });

  it('reads only the content: words of the speaker or the verb phrase are not topics', () => {
    // «وزير الطاقة» names the speaker; «التجارة» inside the content is a topic.
    expect(topicsOf('وأكد وزير الطاقة الإماراتي أن التجارة بين البلدين تنمو.')).toEqual(['trade', 'bilateral-relations']);
  });
});

describe('words that look like topic keywords but are not', () => {
  const negatives: Array<[string, string]> = [
    ['the national anthem (Egypt)', 'وقال المتحدث باسم الرئاسة المصرية إن مراسم الاستقبال بدأت بعزف السلام الوطني.'],
    ['the Iraqi anthem and Baghdad as «مدينة السلام»', 'وقال الناطق باسم الحكومة العراقية إن الضيف استمع إلى السلام الجمهوري لدى وصوله إلى مدينة السلام.'],
    ['a greeting', 'وقال الرئيس في مستهل كلمته: «السلام عليكم ورحمة الله».'],
    ['a personal name', 'وأكد الوزير أن الوفد ضم السيد عبد السلام بن علي.'],
    ['tear gas', 'ونفت الحكومة أن قوات الشرطة استخدمت الغاز المسيل للدموع.'],
    ['a capacity', 'وأوضح المتحدث أن الطاقة الاستيعابية للمطار تبلغ ألف مسافر.'],
    ['«defending» is not defence', 'وأكد الرئيس الجزائري أن بلاده ماضية في الدفاع عن القضايا العادلة.'],
    ['a minister named in the content', 'وأكد المتحدث باسم الحكومة أن وزير الاقتصاد ووزير الصحة حضرا اللقاء.'],
    ['«the truth of» is not health', 'ونفت وزارة الخارجية صحة ما تداولته المواقع.'],
    ['the hijra holiday', 'وأعلن الديوان الملكي أن العطلة الرسمية تبدأ في ذكرى الهجرة النبوية.'],
    ['territorial waters', 'وأكد الوزير أن السفينة كانت في المياه الإقليمية.'],
    ['the political climate', 'وقال الوزير إن المناخ السياسي الحالي لا يسمح بأكثر من ذلك.'],
    ['«a wish» spelled like «security»', 'وأعرب الرئيس عن أمنيته أن يلتقي قريبا.'],
    ['the verb «أمّن»', 'وأوضح المتحدث أن الحرس الخاص أمّن الطريق أمام الموكب.'],
    ['an honorific', 'وقال الوزير إن سيادة الرئيس يتابع الملف شخصيا.'],
    ['the penal code', 'وأكد الوزير أن قانون العقوبات يطبق على الجميع.'],
    ['public relations', 'وأكد المسؤول أن مكتب العلاقات العامة سيصدر التفاصيل.'],
    ['rebuilding trust', 'وأكد الوزير أن الهدف هو إعادة بناء الثقة.'],
    ['a positive atmosphere', 'وأوضح المتحدث أن المناخ الإيجابي ساد اللقاء.'],
  ];

  it.for(negatives)('%s', ([, sentence]) => {
    const statements = extractStatements(sentence);
    expect(statements, sentence).toHaveLength(1);
    expect(statements[0]?.topics).toEqual([]);
  });

  it('the longer keyword decides: «مجلس الأمن» is multilateral, «الأمن الغذائي» food security, not security', () => {
    expect(findTopics('دعا إلى اجتماع لمجلس الأمن حول الأمن الغذائي').map((m) => m.code)).toEqual(['multilateral', 'food-security']);
    expect(findTopics('أمن الطاقة والطاقة النووية').map((m) => m.code)).toEqual(['energy', 'nuclear']);
  });
});

describe('findTopics', () => {
  it('reports each keyword with evidence in the original text, و/ب outside, diacritics inside', () => {
    const text = 'وأكّد الوزيرُ دعمَ الاستثمارات، وللطّاقة أولوية، وبالأمن يبدأ كل شيء.';
    const mentions = findTopics(text);
    expect(mentions).toEqual([
      { code: 'investment', keyword: 'استثمارات', evidence: { text: 'الاستثمارات', index: 19, end: 30 } },
      // After لل the article's alef is not written: the evidence starts at لل.
      { code: 'energy', keyword: 'الطاقة', evidence: { text: 'للطّاقة', index: 33, end: 40 } },
      { code: 'security', keyword: 'الأمن', evidence: { text: 'الأمن', index: 51, end: 56 } },
    ]);
    expectEvidenceInInput(text, mentions);
  });

  it('skips office titles, including a dual, and ministries', () => {
    expect(findTopics('بحضور وزيري الخارجية والدفاع ووزير الطاقة')).toEqual([]);
    expect(findTopics('وصل وفد من وزارة الدفاع ولوزارة الصحة مكتب في وزارة الشؤون الداخلية')).toEqual([]);
    expect(findTopics('بحضور وزير الطاقة لبحث الطاقة').map((m) => [m.code, m.evidence.index])).toEqual([['energy', 23]]);
  });

  it('never throws and answers [] on empty, odd or foreign input', () => {
    for (const input of ['', ' ', '\uD800', 'abc التعاون', '٫٬', '\u200f\u200e', 'ـــــ', 'الأمن'.repeat(50)]) {
      expect(() => findTopics(input)).not.toThrow();
    }
    expect(findTopics('')).toEqual([]);
    expect(findTopics('the energy and security of Europe')).toEqual([]);
    expect(findTopics(undefined as unknown as string)).toEqual([]);
  });

  it('reads a long text in one pass (every repeated keyword found)', () => {
    const sentence = 'وبحث الجانبان ملف المياه والتعاون الاقتصادي. ';
    const text = sentence.repeat(20_000);
    const mentions = findTopics(text);
    expect(mentions).toHaveLength(40_000);
    expect(mentions[39_999]).toMatchObject({ code: 'economy', evidence: { text: 'الاقتصادي', index: sentence.length * 19_999 + 34 } });
  });
});
