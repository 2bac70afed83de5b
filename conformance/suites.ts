import type { ConformanceSuite } from './types';
import { CALENDAR_NAME_SUITES } from './calendar-names';
import { DUCKLING_DURATION_SUITE } from './duckling-duration';
import { DUCKLING_TIME_SUITE } from './duckling-time';
import { RECOGNIZERS_DATE_SUITES } from './recognizers-dates';
import { RECOGNIZERS_DURATION_SUITES } from './recognizers-durations';
import { NUMBER_SUITES } from './numbers';
import { SEED_ARTICLE_SUITE } from './seed-article';

/** Every peer suite `npm run conformance` prints; each suite module adds itself here. */
export const SUITES: ConformanceSuite[] = [];
SUITES.push(...NUMBER_SUITES);
SUITES.push(DUCKLING_DURATION_SUITE, ...RECOGNIZERS_DURATION_SUITES);
SUITES.push(...CALENDAR_NAME_SUITES);
SUITES.push(DUCKLING_TIME_SUITE, ...RECOGNIZERS_DATE_SUITES);
SUITES.push(SEED_ARTICLE_SUITE);
