import { describe, expect, it } from 'vitest';
import { Delegation, Person, StateVisit } from '../../src/schemas/index';
import { gulfVisit } from './fixtures';

describe('unknown keys and prototype pollution', () => {
  it('strips unknown keys at every level', () => {
    const input = { ...gulfVisit(), admin: true, visitor: { office: { title: 'أمير دولة قطر', code: 'emir', country: 'QA', salary: 1 } } };
    const visit = StateVisit.parse(input);
    expect(Object.keys(visit)).not.toContain('admin');
    expect(Object.keys(visit.visitor.office ?? {})).toEqual(['title', 'code', 'country']);
  });

  it('a __proto__ key from JSON cannot change any prototype', () => {
    const input = JSON.parse('{"name": {"ar": "محمد بن زايد", "__proto__": {"polluted": 1}}, "__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}}');
    const person = Person.parse(input);
    expect(person).toEqual({ name: { ar: 'محمد بن زايد' } });
    expect(Object.getPrototypeOf(person)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(person, '__proto__')).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((person as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(person, 'constructor')).toBe(false);
  });

  it('a __proto__ key inside an array element is stripped too', () => {
    const input = JSON.parse('{"kind": "security", "members": [{"role": "member", "office": {"title": "مدير المخابرات العامة", "code": "intelligence-chief"}, "__proto__": {"role": "head"}}]}');
    const delegation = Delegation.parse(input);
    expect(delegation.members[0]).toEqual({ role: 'member', office: { title: 'مدير المخابرات العامة', code: 'intelligence-chief' } });
    expect(({} as Record<string, unknown>).role).toBeUndefined();
  });
});
