/**
 * `ziyara/schemas`: zod v4 schemas for state visits, delegations and official
 * statements, with inferred types and JSON Schema export.
 *
 * @packageDocumentation
 */
export * from './schemas/index';
