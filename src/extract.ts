/**
 * `ziyara/extract`: reads an Arabic news article and returns a validated
 * `StateVisit` draft, its statements, delegation and dates.
 *
 * @packageDocumentation
 */
export * from './extract/index';
