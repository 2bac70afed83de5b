import type { ConformanceSuite } from './types';

/** Every peer suite `npm run conformance` prints; each suite module adds itself here. */
export const SUITES: ConformanceSuite[] = [];
