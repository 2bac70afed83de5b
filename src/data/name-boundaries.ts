/**
 * Words that end a person's name in running text: a name is read word by word
 * after a title (`الرئيس السوري أحمد الشرع`) and stops before any of these
 * (prepositions, conjunction-led clauses, time words, content introducers).
 * Spellings as written; normalized by the extractor.
 *
 * @module
 */

/** Words that can never be part of a person's name. */
export const NAME_BOUNDARY_WORDS: readonly string[] = [
  'في', 'خلال', 'إلى', 'الى', 'على', 'عن', 'مع', 'من', 'أن', 'إن', 'بأن', 'لدى', 'أمام', 'عقب', 'أثناء',
  'بعد', 'قبل', 'حيث', 'الذي', 'التي', 'الذين', 'اليوم', 'أمس', 'غدا', 'يوم', 'مساء', 'صباح', 'ظهر',
  'هي', 'هو', 'قد', 'لقد', 'كان', 'كانت', 'إنه', 'إنها', 'انه', 'بين', 'حول', 'نحو', 'منذ', 'عبر', 'ضمن',
  'وفد', 'وفدا', 'زيارة', 'بزيارة', 'لزيارة', 'له', 'لها', 'معه', 'معها', 'إذ', 'كما', 'ثم', 'أيضا',
  'برئاسة', 'بحضور', 'رئيس', 'وزير', 'والوفد', 'بمناسبة', 'ضيفا', 'ضيفة', 'الرحال', 'لكن', 'غير', 'أي',
];

/** Name particles that join two name words (`محمد بن سلمان`، `تميم بن حمد آل ثاني`، `عبد المجيد`). */
export const NAME_PARTICLES: readonly string[] = ['بن', 'ابن', 'بنت', 'آل', 'عبد', 'أبو', 'أبي', 'ولد'];
