export type { CivilDate, CalendarSystem } from './types';
