/**
 * `true` when `A` and `B` are the same type. The schemas declare their types as
 * documented interfaces and check, at compile time, that zod infers exactly them.
 * @internal
 */
export type IsExact<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
