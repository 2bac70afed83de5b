import { describe, expect, it } from 'vitest';
import { Country, StateVisit } from '../../src/schemas/index';
import { gulfVisit } from './fixtures';

/** The Standard Schema v1 interface, written from the spec (standardschema.dev). */
interface StandardSchemaV1<Input = unknown, Output = Input> {
  readonly '~standard': {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) => StandardResult<Output> | Promise<StandardResult<Output>>;
    readonly types?: { readonly input: Input; readonly output: Output } | undefined;
  };
}
type StandardResult<Output> =
  | { readonly value: Output; readonly issues?: undefined }
  | { readonly issues: readonly { readonly message: string; readonly path?: readonly (PropertyKey | { readonly key: PropertyKey })[] | undefined }[] };

/** A consumer that knows nothing of zod. */
async function check<Output>(schema: StandardSchemaV1<unknown, Output>, value: unknown): Promise<{ ok: true; value: Output } | { ok: false; paths: string[] }> {
  const result = await schema['~standard'].validate(value);
  if (result.issues) {
    return { ok: false, paths: result.issues.map((i) => (i.path ?? []).map((p) => (typeof p === 'object' ? String(p.key) : String(p))).join('.')) };
  }
  return { ok: true, value: result.value };
}

describe('Standard Schema', () => {
  it('a ziyara schema is accepted by a function typed only with StandardSchemaV1', async () => {
    const result = await check(StateVisit, gulfVisit());
    expect(result.ok && result.value.hostCountry).toBe('MA');
    expect(StateVisit['~standard'].vendor).toBe('zod');
    expect(StateVisit['~standard'].version).toBe(1);
  });

  it('reports issues with paths', async () => {
    expect(await check(StateVisit, { ...gulfVisit(), hostCountry: 'المغرب' })).toEqual({ ok: false, paths: ['hostCountry'] });
    expect(await check(Country, 'MA')).toEqual({ ok: true, value: 'MA' });
  });
});
