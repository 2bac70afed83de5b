/**
 * Reports a new user found read wrong: the pluperfect of reporting («وكانت مصادر مطلعة قد
 * أفادت»), a declined comment with its speaker between the verb and «التعليق», and media reports
 * with no outlet («أنباء غير مؤكدة»، «تقارير إعلامية»). Sentences written for these tests in the
 * styles of different regions.
 */
import { describe, expect, it } from 'vitest';
import { extractStateVisit, extractStatements } from '../../src/extract';
import { expectEvidenceInInput } from './evidence';

const reference = '2026-11-30';

describe('the pluperfect of reporting reads like the plain verb', () => {
  it('«وكانت مصادر مطلعة قد أفادت بأن …» is the sources, unconfirmed (Maghreb)', () => {
    const text = 'وصل الرئيس التونسي قيس سعيد إلى الجزائر اليوم في زيارة رسمية. وكانت مصادر مطلعة قد أفادت بأن الزيارة ستبحث ملف الطاقة.';
    const [statement] = extractStateVisit(text, { reference }).statements;
    expect(statement?.speaker.person).toBeUndefined();
    expect(statement?.speaker.organization?.name.ar).toBe('مصادر مطلعة');
    expect(statement?.attribution).toBe('anonymous-source');
    expect(statement?.certainty).toBe('unconfirmed');
    expect(statement?.verb.code).toBe('report');
    expect(statement?.content.text).toBe('الزيارة ستبحث ملف الطاقة');
    expectEvidenceInInput(text, statement);
  });

  it('«وكان الرئيس قد أكد أن …» is the president the article named (Iraq)', () => {
    const text = 'استقبل الرئيس العراقي عبد اللطيف رشيد في بغداد اليوم وزير الخارجية الإيراني عباس عراقجي. وكان الرئيس قد أكد أن العلاقات بين البلدين متينة.';
    const statements = extractStatements(text);
    const last = statements[statements.length - 1];
    expect(last?.speaker.person?.name.ar).toBe('عبد اللطيف رشيد');
    expect(last?.speaker.office?.code).toBe('president');
    expect(last?.attribution).toBe('named');
    expect(last?.content.text).toBe('العلاقات بين البلدين متينة');
  });

  it('a minister between «كانت» and «قد» (Libya), and «وكان قد» with the speaker carried over', () => {
    const [minister] = extractStatements('وكانت وزيرة الخارجية الليبية نجلاء المنقوش قد شددت على أن الشراكة مستمرة.');
    expect(minister?.speaker.person?.name.ar).toBe('نجلاء المنقوش');
    expect(minister?.speaker.country).toBe('LY');
    expect(minister?.verb.code).toBe('stress');
    expect(minister?.content.text).toBe('الشراكة مستمرة');
    const text = 'وصل وزير الخارجية المصري بدر عبد العاطي إلى عمان اليوم. وكان قد أكد أن التنسيق مع الأردن متواصل.';
    const carried = extractStatements(text);
    expect(carried[0]?.speaker.person?.name.ar).toBe('بدر عبد العاطي');
    expect(carried[0]?.content.text).toBe('التنسيق مع الأردن متواصل');
  });

  it('«وكان الوفد قد وصل» is no statement: the verb after «قد» must report', () => {
    expect(extractStatements('وكان الوفد المصري قد وصل إلى الخرطوم أمس.')).toEqual([]);
  });
});

describe('declined comments', () => {
  it('«ورفض المتحدث باسم الخارجية التعليق على الأنباء» is the spokesperson declining, about «الأنباء» (Levant)', () => {
    const text = 'ورفض المتحدث باسم الخارجية التعليق على الأنباء.';
    const [statement] = extractStatements(text);
    expect(statement?.speaker.person).toBeUndefined();
    expect(statement?.speaker.office?.code).toBe('spokesperson');
    expect(statement?.speaker.office?.portfolio).toBe('foreign');
    expect(statement?.attribution).toBe('spokesperson');
    expect(statement?.certainty).toBe('declined-comment');
    expect(statement?.content.text).toBe('الأنباء');
    expect(statement?.content.evidence).toEqual({ text: 'الأنباء', index: 39, end: 46 });
  });

  it('«ورفض مسؤول في الرئاسة التعليق» is an unnamed official (Egypt)', () => {
    const [statement] = extractStatements('ورفض مسؤول في الرئاسة التعليق.');
    expect(statement?.speaker.person).toBeUndefined();
    expect(statement?.speaker.organization?.name.ar).toBe('مسؤول في الرئاسة');
    expect(statement?.attribution).toBe('anonymous-source');
    expect(statement?.certainty).toBe('declined-comment');
  });

  it('«وامتنع المتحدث باسم الخارجية عن التعليق» and «رفض المتحدث التعليق» decline (Gulf, Maghreb)', () => {
    const [abstained] = extractStatements('وامتنع المتحدث باسم الخارجية عن التعليق.');
    expect(abstained?.speaker.office?.code).toBe('spokesperson');
    expect(abstained?.certainty).toBe('declined-comment');
    expect(abstained?.verb.evidence).toEqual({ text: 'امتنع', index: 1, end: 6 });
    const [bare] = extractStatements('رفض المتحدث التعليق.');
    expect(bare?.speaker.office?.title).toBe('المتحدث');
    expect(bare?.speaker.person).toBeUndefined();
    expect(bare?.certainty).toBe('declined-comment');
  });

  it('«وكان المتحدث باسم الخارجية قد رفض التعليق على الأنباء»: the pluperfect declines too (Iraq)', () => {
    const [statement] = extractStatements('وكان المتحدث باسم الخارجية قد رفض التعليق على الأنباء.');
    expect(statement?.speaker.office?.code).toBe('spokesperson');
    expect(statement?.certainty).toBe('declined-comment');
    expect(statement?.content.text).toBe('الأنباء');
    expect(statement?.verb.evidence).toEqual({ text: 'رفض', index: 30, end: 33 });
  });

  it('a bare «المتحدث» after a named spokesperson is that person', () => {
    const text = 'وقال المتحدث باسم الكرملين دميتري بيسكوف إن الزيارة مهمة. ورفض المتحدث التعليق على موعد القمة.';
    const statements = extractStatements(text);
    expect(statements.map((s) => [s.speaker.person?.name.ar, s.certainty, s.content.text])).toEqual([
      ['دميتري بيسكوف', 'confirmed', 'الزيارة مهمة'],
      ['دميتري بيسكوف', 'declined-comment', 'موعد القمة'],
    ]);
  });
});

describe('media reports with no outlet', () => {
  it('«وذكرت أنباء غير مؤكدة أن …» is media reports, unconfirmed (Levant)', () => {
    const [statement] = extractStatements('وذكرت أنباء غير مؤكدة أن الوفد السوري سيزور عمان الأسبوع المقبل.');
    expect(statement?.speaker.person).toBeUndefined();
    expect(statement?.speaker.organization?.name.ar).toBe('أنباء غير مؤكدة');
    expect(statement?.attribution).toBe('media-reports');
    expect(statement?.certainty).toBe('unconfirmed');
    expect(statement?.content.text).toBe('الوفد السوري سيزور عمان الأسبوع المقبل');
  });

  it('«وأشارت تقارير إعلامية إلى أن …» ends the source before «إلى أن» (Egypt)', () => {
    const text = 'وأشارت تقارير إعلامية إلى أن القمة ستعقد في شرم الشيخ.';
    const [statement] = extractStatements(text);
    expect(statement?.speaker.organization?.name.ar).toBe('تقارير إعلامية');
    expect(statement?.speaker.organization?.evidence).toEqual({ text: 'تقارير إعلامية', index: 7, end: 21 });
    expect(statement?.attribution).toBe('media-reports');
    expect(statement?.content.text).toBe('القمة ستعقد في شرم الشيخ');
  });
});
