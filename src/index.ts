/**
 * `ziyara`: everything — Arabic temporal helpers, diplomacy schemas and the article extractor.
 *
 * @packageDocumentation
 */
export * from './temporal';
export * from './schemas';
export * from './extract';
