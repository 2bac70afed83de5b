import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract';

function read(text: string) {
  return extractStatements(text).map((s) => [s.speaker.person?.name.ar ?? s.speaker.office?.title ?? null, s.content.text]);
}

describe('«، فيما/بينما/في حين» + a verb opens another party\'s clause', () => {
  it('Egypt: the host\'s content stops, and the guest\'s statement is read', () => {
    expect(read('وأكد الرئيس عبد الفتاح السيسي حرص مصر على تطوير الشراكة مع اليونان، فيما أعرب كيرياكوس ميتسوتاكيس عن تقديره للدور المصري.')).toEqual([
      ['عبد الفتاح السيسي', 'حرص مصر على تطوير الشراكة مع اليونان'],
      ['كيرياكوس ميتسوتاكيس', 'تقديره للدور المصري'],
    ]);
  });

  it('Levant: «فيما» before a verb that reports nothing still ends the content', () => {
    expect(read('وأكد الرئيس جوزاف عون أن لبنان ملتزم بتطبيق القرار 1701، فيما نقل الوزير بارو رسالة من باريس.')).toEqual([['جوزاف عون', 'لبنان ملتزم بتطبيق القرار 1701']]);
  });

  it('«فيما يتعلق ب…» (no verb after it) stays inside the content', () => {
    expect(read('وقال وزير الخارجية القطري إن الدوحة متفائلة، فيما يتعلق بالمفاوضات.')).toEqual([['وزير الخارجية القطري', 'الدوحة متفائلة، فيما يتعلق بالمفاوضات']]);
  });
});
