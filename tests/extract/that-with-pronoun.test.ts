/**
 * `أن`/`إن`/`بأن` with a joined pronoun (`أكد أنه سيزور دمشق`، `قالت إنها متفائلة`، `أشار إلى
 * أنه …`، `قال إننا`) open indirect speech like the bare word, and are never read as a name.
 * Found while writing the "not discussed" sentences (`أوضح أنه لم يقع التطرق إلى …` gave no
 * statement). Sentences written for ziyara in the styles of the Levant, Iraq, Egypt, the Gulf and
 * the Maghreb.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract';
import { THAT_PRONOUN_SUFFIXES, THAT_WORDS } from '../../src/data/attribution-phrases';
import { expectEvidenceInInput } from './evidence';

const at = (text: string, part: string) => ({ text: part, index: text.indexOf(part), end: text.indexOf(part) + part.length });

describe('a that-word with a pronoun opens indirect speech', () => {
  it.each([
    ['Iraq', 'وأكد وزير الخارجية العراقي أنه سيزور دمشق الأسبوع المقبل.', 'affirm', 'minister', 'IQ', 'سيزور دمشق الأسبوع المقبل'],
    ['Egypt', 'وقالت وزيرة التضامن المصرية إنها متفائلة بنتائج الزيارة.', 'say', 'minister', 'EG', 'متفائلة بنتائج الزيارة'],
    ['Levant', 'وأشار وزير الخارجية اللبناني إلى أنه لم يتلق أي رد رسمي.', 'indicate', 'minister', 'LB', 'لم يتلق أي رد رسمي'],
    ['Gulf', 'وصرح وزير الدولة الإماراتي بأنهم سيوقعون الاتفاق قريبا.', 'state', 'minister-of-state', 'AE', 'سيوقعون الاتفاق قريبا'],
    ['Maghreb', 'وقال رئيس الحكومة التونسية إننا نريد شراكة متوازنة مع أوروبا.', 'say', 'prime-minister', 'TN', 'نريد شراكة متوازنة مع أوروبا'],
  ])('%s: «%s»', (_, text, verb, office, country, content) => {
    const statements = extractStatements(text);
    expectEvidenceInInput(text, statements);
    expect(statements).toHaveLength(1);
    const [s] = statements;
    expect(s?.speaker.person).toBeUndefined();
    expect(s?.speaker.office).toMatchObject({ code: office, country });
    expect(s?.verb.code).toBe(verb);
    expect(s?.content).toMatchObject({ text: content, mode: 'indirect', evidence: at(text, content) });
  });

  it('with a named speaker the name stops before it (Gulf)', () => {
    const text = 'وصرح وزير الخارجية العماني بدر البوسعيدي بأنهم ينتظرون رد واشنطن.';
    const [s] = extractStatements(text);
    expect(s?.speaker.person?.name.ar).toBe('بدر البوسعيدي');
    expect(s?.content.text).toBe('ينتظرون رد واشنطن');
  });

  it('and a topic said not to be discussed after «أنه» is dropped (Maghreb)', () => {
    const text = 'وأوضح وزير الخارجية التونسي أنه لم يقع التطرق إلى ملف الهجرة.';
    const [s] = extractStatements(text);
    expect(s?.content.text).toBe('لم يقع التطرق إلى ملف الهجرة');
    expect(s?.topics).toEqual([]);
  });

  it('the table joins every pronoun to every that-word', () => {
    expect(THAT_WORDS).toEqual(['أن', 'إن', 'بأن']);
    expect(THAT_PRONOUN_SUFFIXES).toEqual(['ه', 'ها', 'هما', 'هم', 'نا', 'ني']);
  });
});
