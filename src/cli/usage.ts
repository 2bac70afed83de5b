/** The text of `ziyara --help`. */
export const USAGE = `ziyara — Arabic dates, durations and state visits from news text

Usage:
  ziyara dates <text…|->        every temporal expression in the text, with offsets and values
  ziyara duration <text…|->     the text read as one duration (exit code 1 when it is not one)
  ziyara extract <file|->       an article as a StateVisit draft with statements and delegation
  ziyara batch [file|-]         JSON Lines {"id","text","reference"?,"task"?} → one record per line

Options:
  -r, --reference <day>         reference day, YYYY-MM-DD or an ISO date-time (default: today)
  -z, --time-zone <iana>        time zone in which a date-time reference is read (default: UTC)
      --prefer <past|future|nearest>
                                reading of a year or month the text left out (default: past)
  -l, --locale <tag>            locale hint such as ar-MA (first day of the week, dialect ties)
      --period-parts <thirds|halves>
                                «مطلع/أواخر الشهر»: days 1–10/21–end (thirds, default) or 1–15/16–end
      --json / --no-json        JSON output (default: on when standard output is not a terminal)
  -t, --task <dates|duration|extract>
                                batch: task of a line that names none (default: extract)
  -j, --jobs <n>                batch: worker threads (default: number of cores)
      --max-line-bytes <n>      batch: longer lines get an error record (default: 8388608)
  -h, --help                    this text
  -v, --version                 the version

Batch output, in input order: {"line","id","task","result"} or {"line","id","error":{"code","message"}}.
Blank lines are skipped. Exit codes: 0 ok, 1 a line failed or nothing was read, 2 usage error.

Examples:
  ziyara dates "وكان الرئيس زار موسكو في 15 تشرين الأول الماضي" --reference 2026-01-28
  ziyara duration "ثلاثة أشهر ونصف"
  ziyara extract article.txt --reference 2026-01-28 --json
  ziyara batch archive.jsonl --jobs 4 > results.jsonl
`;
