/**
 * Topics and "not discussed": a topic keyword inside the scope of a phrase that says the matter
 * was not discussed (`لم يتطرق إلى`، `دون التطرق إلى`، `لم تناقش`، Tunisian `لم يقع التطرق`) is
 * no topic, while a denial (`نفى … وجود أي صفقة أسلحة`) is still about its matter. Sentences
 * written for ziyara in the styles of the Levant, Iraq, Egypt, the Gulf and the Maghreb.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements, findTopics } from '../../src/extract';
import { NOT_DISCUSSED_PHRASES, NOT_DISCUSSED_SCOPE_ENDS } from '../../src/data/not-discussed-phrases';
import { normalizeArabic } from '../../src/text/normalize';

const topicsOf = (text: string) => {
  const statements = extractStatements(text);
  expect(statements).toHaveLength(1);
  return statements[0]!.topics;
};

describe('a topic said not to be discussed is dropped', () => {
  it.each([
    ['Gulf', 'وقال وزير الخارجية العماني إن المباحثات لم تتطرق إلى الملف النووي، بل ركزت على التعاون الاقتصادي.', ['economy']],
    ['Gulf, a contrast without a comma', 'وقال وزير الخارجية العماني إن المباحثات لم تتطرق إلى الملف النووي بل ركزت على التعاون الاقتصادي.', ['economy']],
    ['Levant, و + a verb ends the scope', 'وقال وزير الخارجية العماني إن المباحثات لم تتطرق إلى الملف النووي وركزت على التعاون الاقتصادي.', ['economy']],
    ['Iraq, «دون التطرق إلى»', 'وأكد الوزير العراقي أن الجانبين بحثا ملف المياه دون التطرق إلى ملف النفط.', ['water']],
    ['Egypt, a list joined with «ولا»', 'وقالت الناطقة باسم الحكومة إن القمة لم تناقش ملف اللاجئين ولا العقوبات.', []],
    ['Levant, «لكنه» ends the scope', 'وأكد وزير الخارجية الأردني أن الاجتماع لم يبحث قضية الاستثمار لكنه تناول مكافحة الإرهاب.', ['counter-terrorism']],
    ['Maghreb, Tunisian «لم يقع التطرق»', 'وأفاد وزير الخارجية التونسي بأن اللقاء كان مثمرا، ولم يقع التطرق إلى ملف الهجرة.', []],
    ['Gulf, «لم يتم مناقشة»', 'وأكد وزير الدولة القطري أن الاجتماع لم يتم مناقشة ملف الطاقة خلاله.', []],
  ])('%s', (_, text, expected) => {
    expect(topicsOf(text)).toEqual(expected);
  });

  it('the same sentences without the phrase keep the topic (the keyword itself is read)', () => {
    expect(topicsOf('وقال وزير الخارجية العماني إن المباحثات تطرقت إلى الملف النووي، بل ركزت على التعاون الاقتصادي.')).toEqual(['nuclear', 'economy']);
    expect(topicsOf('وأفاد وزير الخارجية التونسي بأن اللقاء كان مثمرا، وتم التطرق إلى ملف الهجرة.')).toEqual(['migration']);
    expect(topicsOf('وأكد الوزير العراقي أن الجانبين بحثا ملف المياه مع التطرق إلى ملف النفط.')).toEqual(['water', 'energy']);
  });

  it('a topic also said outside the scope is kept', () => {
    expect(topicsOf('وأكد وزير الطاقة السعودي أن الطرفين بحثا أمن الطاقة، ولم يتطرقا إلى أسعار النفط.')).toEqual(['energy']);
    expect(topicsOf('وقال وزير الخارجية الإيراني إن اللقاء لم يتطرق إلى الملف النووي، وإن الملف النووي سيبحث في فيينا.')).toEqual(['nuclear']);
  });

  it('a denial is still about its matter', () => {
    const [s] = extractStatements('ونفى المتحدث باسم الخارجية الروسية وجود أي صفقة أسلحة مع دمشق.');
    expect(s?.certainty).toBe('denied');
    expect(s?.topics).toEqual(['defense']);
  });

  it('findTopics gives the same reading, with evidence of what is kept', () => {
    const text = 'بحث الجانبان التعاون في مجال الطاقة دون التطرق إلى الملف النووي.';
    expect(findTopics(text).map((m) => [m.code, m.evidence.text, m.evidence.index])).toEqual([['energy', 'الطاقة', text.indexOf('الطاقة')]]);
  });

  it('the scope ends with its sentence', () => {
    const text = 'لم يتطرق اللقاء إلى الملف النووي. وبحث الوزيران ملف العقوبات.';
    expect(findTopics(text).map((m) => m.code)).toEqual(['sanctions']);
  });

  it('the scope runs at most 15 words', () => {
    const filler = Array.from({ length: 16 }, () => 'الخاصة').join(' ');
    expect(findTopics(`لم يتطرق الوزيران إلى ${filler} العقوبات`).map((m) => m.code)).toEqual(['sanctions']);
    expect(findTopics('لم يتطرق الوزيران إلى العقوبات').map((m) => m.code)).toEqual([]);
  });

  it('never throws, on a long run of phrases too', () => {
    const text = 'لم يتطرق إلى الملف النووي '.repeat(20_000);
    expect(findTopics(text)).toEqual([]);
    for (const input of ['', 'لم', 'لم يتطرق', '\uD800لم يتطرق', 'دون التطرق،']) expect(() => findTopics(input)).not.toThrow();
  });
});

describe('the table', () => {
  it('has every phrase once, tagged with a known region', () => {
    const keys = NOT_DISCUSSED_PHRASES.map((p) => normalizeArabic(p.phrase));
    expect(new Set(keys).size).toBe(keys.length);
    for (const p of NOT_DISCUSSED_PHRASES) expect(['all', 'levant', 'iraq', 'egypt', 'gulf', 'maghreb']).toContain(p.region);
    expect(new Set(NOT_DISCUSSED_PHRASES.map((p) => p.region)).size).toBeGreaterThanOrEqual(5);
    expect(NOT_DISCUSSED_SCOPE_ENDS).toContain('بل');
  });

  it('holds no denial: «نفى» is about its matter', () => {
    for (const p of NOT_DISCUSSED_PHRASES) expect(p.phrase.includes('نفى') || p.phrase.includes('ينفي')).toBe(false);
  });
});
