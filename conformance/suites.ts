import type { ConformanceSuite } from './types';
import { NUMBER_SUITES } from './numbers';

/** Every peer suite `npm run conformance` prints; each suite module adds itself here. */
export const SUITES: ConformanceSuite[] = [];
SUITES.push(...NUMBER_SUITES);
