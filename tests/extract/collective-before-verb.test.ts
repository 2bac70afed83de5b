/**
 * A side or both parties named before the reporting verb (`الجانب المصري أكد أن …`، `والوفد
 * العراقي شدد على …`) are read like the same words after the verb. Sentences written for ziyara
 * in the styles of the Levant, Iraq, Egypt, the Gulf and the Maghreb.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract';
import { expectEvidenceInInput } from './evidence';

const one = (text: string) => {
  const statements = extractStatements(text);
  expectEvidenceInInput(text, statements);
  expect(statements).toHaveLength(1);
  return statements[0]!;
};

const at = (text: string, part: string) => ({ text: part, index: text.indexOf(part), end: text.indexOf(part) + part.length });

interface BeforeCase {
  region: string;
  text: string;
  side: string;
  country?: string;
  attribution: 'official-source' | 'joint' | 'anonymous-source';
  verb: string;
  content: string;
  mode: 'indirect' | 'summary';
}

const CASES: BeforeCase[] = [
  { region: 'Egypt', text: 'الجانب المصري أكد أن القاهرة تدعم كل جهود التهدئة.', side: 'الجانب المصري', country: 'EG', attribution: 'official-source', verb: 'affirm', content: 'القاهرة تدعم كل جهود التهدئة', mode: 'indirect' },
  { region: 'Iraq', text: 'والوفد العراقي شدد على ضرورة احترام سيادة العراق.', side: 'الوفد العراقي', country: 'IQ', attribution: 'official-source', verb: 'stress', content: 'ضرورة احترام سيادة العراق', mode: 'summary' },
  { region: 'Levant', text: 'من جهته، الوفد اللبناني أكد أن بيروت ملتزمة بالقرار 1701.', side: 'الوفد اللبناني', country: 'LB', attribution: 'official-source', verb: 'affirm', content: 'بيروت ملتزمة بالقرار 1701', mode: 'indirect' },
  { region: 'Maghreb', text: 'والجانب المغربي، من جهته، أبرز أن الرباط تدعم الحل السياسي.', side: 'الجانب المغربي', country: 'MA', attribution: 'official-source', verb: 'note', content: 'الرباط تدعم الحل السياسي', mode: 'indirect' },
  { region: 'Gulf', text: 'والوفد الوزاري القطري أعرب عن ارتياحه لنتائج الجولة.', side: 'الوفد الوزاري القطري', country: 'QA', attribution: 'official-source', verb: 'express', content: 'ارتياحه لنتائج الجولة', mode: 'summary' },
  { region: 'Gulf', text: 'والطرفان أكدا أهمية استمرار التنسيق في أوبك بلس.', side: 'الطرفان', attribution: 'joint', verb: 'affirm', content: 'أهمية استمرار التنسيق في أوبك بلس', mode: 'summary' },
  { region: 'Levant', text: 'والأوساط السياسية ترى أن الزيارة تفتح صفحة جديدة.', side: 'الأوساط السياسية', attribution: 'anonymous-source', verb: 'consider', content: 'الزيارة تفتح صفحة جديدة', mode: 'indirect' },
  // A second batch, written after the first passed: verbs whose introducer is two words or joined.
  { region: 'Gulf', text: 'والجانب السعودي أشار إلى أن المملكة ستستضيف القمة المقبلة.', side: 'الجانب السعودي', country: 'SA', attribution: 'official-source', verb: 'indicate', content: 'المملكة ستستضيف القمة المقبلة', mode: 'indirect' },
  { region: 'Maghreb', text: 'والوفد الليبي رحب بالمبادرة الجزائرية.', side: 'الوفد الليبي', country: 'LY', attribution: 'official-source', verb: 'welcome', content: 'المبادرة الجزائرية', mode: 'summary' },
];

describe('a collective speaker before its verb', () => {
  it.each(CASES)('$region: «$text»', ({ text, side, country, attribution, verb, content, mode }) => {
    const s = one(text);
    expect(s.speaker.person).toBeUndefined();
    expect(s.speaker.organization?.name.ar).toBe(side);
    expect(s.speaker.organization?.evidence).toEqual(at(text, side));
    expect(s.speaker.country).toBe(country);
    expect(s.attribution).toBe(attribution);
    expect(s.verb.code).toBe(verb);
    expect(s.content).toMatchObject({ text: content, mode, evidence: at(text, content) });
    // The statement's evidence runs from the side to the end of the content.
    expect(s.evidence?.index).toBe(text.indexOf(side));
  });

  it('reads the same as the speaker after the verb', () => {
    const [before] = extractStatements('الجانب الأردني أكد أن عمان تدعم وحدة سوريا.');
    const [after] = extractStatements('وأكد الجانب الأردني أن عمان تدعم وحدة سوريا.');
    expect([before?.speaker.country, before?.attribution, before?.content.text]).toEqual([after?.speaker.country, after?.attribution, after?.content.text]);
  });
});

describe('a joined introducer is no name', () => {
  it('«ورحب بالمبادرة» after a sentence about the president is his statement (Maghreb)', () => {
    const text = 'وصل الرئيس الموريتاني إلى الجزائر. ورحب بالمبادرة الجزائرية.';
    const [s] = extractStatements(text);
    expect(s?.speaker.person).toBeUndefined();
    expect(s?.speaker.office).toMatchObject({ code: 'president', country: 'MR' });
    expect(s?.content).toMatchObject({ text: 'المبادرة الجزائرية', mode: 'summary', evidence: at(text, 'المبادرة الجزائرية') });
  });
});

describe('what is not a collective speaker before its verb', () => {
  it('a side in the middle of a clause is not the subject of the verb', () => {
    const text = 'وأكد وزير الخارجية السعودي أن الجانب اليمني قال إن الهدنة صامدة.';
    const statements = extractStatements(text);
    expect(statements).toHaveLength(1);
    expect(statements[0]?.speaker.office).toMatchObject({ code: 'minister', country: 'SA' });
  });

  it('a side with a word between it and the verb is not read as its speaker', () => {
    const text = 'الوفد السوري الذي وصل أمس أكد أن المحادثات مستمرة.';
    const [s] = extractStatements(text);
    expect(s?.speaker.organization).toBeUndefined();
    expect(s?.speaker.country).toBeUndefined();
  });
});
