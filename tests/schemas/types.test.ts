import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type * as temporal from '../../src/temporal/types';
import type { OFFICE_CODES } from '../../src/data/offices';
import {
  DateValue,
  Delegation,
  DurationValue,
  IsoDate,
  OfficialStatement,
  RangeValue,
  Source,
  StateVisit,
  TemporalMatch,
  TemporalValue,
  TimeValue,
  type DelegationInput,
  type StateVisitInput,
} from '../../src/schemas/index';

describe('temporal value schemas describe exactly the temporal layer’s types', () => {
  it('infers the same types', () => {
    expectTypeOf<z.infer<typeof DateValue>>().toEqualTypeOf<temporal.DateValue>();
    expectTypeOf<z.infer<typeof TimeValue>>().toEqualTypeOf<temporal.TimeValue>();
    expectTypeOf<z.infer<typeof RangeValue>>().toEqualTypeOf<temporal.RangeValue>();
    expectTypeOf<z.infer<typeof DurationValue>>().toEqualTypeOf<temporal.DurationValue>();
    expectTypeOf<z.infer<typeof TemporalValue>>().toEqualTypeOf<temporal.TemporalValue>();
    expectTypeOf<z.infer<typeof TemporalMatch>>().toEqualTypeOf<temporal.TemporalMatch>();
  });

  it('exports one name that is both the schema and the type', () => {
    expectTypeOf<DateValue>().toEqualTypeOf<temporal.DateValue>();
    expectTypeOf<TemporalMatch>().toEqualTypeOf<temporal.TemporalMatch>();
  });
});

describe('inferred entity types', () => {
  it('StateVisit', () => {
    expectTypeOf<StateVisit['guestCountry']>().toEqualTypeOf<string>();
    expectTypeOf<StateVisit['visitType']['type']>().toEqualTypeOf<'state' | 'official' | 'official-working' | 'working' | 'private' | 'transit' | 'unspecified'>();
    expectTypeOf<StateVisit['period']['arrival']>().toEqualTypeOf<temporal.DateValue | undefined>();
    expectTypeOf<StateVisit['statements']>().toEqualTypeOf<OfficialStatement[]>();
    expectTypeOf<StateVisit['eventCodes']>().toEqualTypeOf<{ cameo: ('042' | '043')[]; plover: { event: 'CONSULT'; mode: 'visit' } }>();
    expectTypeOf<StateVisit['visitor']['office']>().toEqualTypeOf<
      | {
          title: string;
          code: (typeof OFFICE_CODES)[number];
          portfolio?: import('../../src/data/offices').Portfolio | undefined;
          organization?: import('../../src/schemas/index').Organization | undefined;
          country?: string | undefined;
          evidence?: { text: string; index: number; end: number } | undefined;
        }
      | undefined
    >();
  });

  it('input types differ where defaults apply', () => {
    expectTypeOf<StateVisitInput['statements']>().toEqualTypeOf<z.input<typeof OfficialStatement>[] | undefined>();
    expectTypeOf<StateVisit['statements']>().not.toEqualTypeOf<StateVisitInput['statements']>();
    expectTypeOf<DelegationInput['members']>().toEqualTypeOf<z.input<typeof Delegation>['members']>();
    expectTypeOf<Delegation['members'][number]['role']>().toEqualTypeOf<'head' | 'member' | 'accompanying'>();
  });

  it('OfficialStatement', () => {
    expectTypeOf<OfficialStatement['certainty']>().toEqualTypeOf<'confirmed' | 'unconfirmed' | 'denied' | 'declined-comment'>();
    expectTypeOf<OfficialStatement['attribution']>().toEqualTypeOf<
      'named' | 'spokesperson' | 'official-source' | 'media-reports' | 'anonymous-source' | 'joint'
    >();
    expectTypeOf<OfficialStatement['date']>().toEqualTypeOf<temporal.DateValue | undefined>();
  });

  it('a publication date is a tagged IsoDate, not any string', () => {
    expectTypeOf<Source['publishedAt']>().toEqualTypeOf<IsoDate | undefined>();
    expectTypeOf<string>().not.toExtend<IsoDate>();
    expectTypeOf<z.input<typeof Source>['publishedAt']>().toEqualTypeOf<string | undefined>();
  });
});
