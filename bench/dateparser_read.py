"""Reads Arabic texts with dateparser, for bench/compare-dateparser.ts.

Standard input: JSON Lines, one {"id", "text", "reference", "prefer", "mode"} per line, where
"reference" is an ISO date-time, "prefer" is "past" or "future", and "mode" is "parse" (the whole
text is one date) or "search" (find the dates in running text). Standard output: one
{"id", "found": [{"text", "index", "datetime"}]} per line, in input order, "index" being where the
found text starts (searched from the end of the one before it, as dateparser gives no offsets).
"""
import datetime
import json
import sys
import warnings

import dateparser
from dateparser.search import search_dates

warnings.filterwarnings("ignore")


def settings(task):
    return {
        "RELATIVE_BASE": datetime.datetime.fromisoformat(task["reference"]).replace(tzinfo=None),
        "PREFER_DATES_FROM": task["prefer"],
    }


def read(task):
    text = task["text"]
    if task["mode"] == "parse":
        value = dateparser.parse(text, languages=["ar"], settings=settings(task))
        return [{"text": text, "index": 0, "datetime": value.isoformat()}] if value else []
    found, start = [], 0
    for piece, value in search_dates(text, languages=["ar"], settings=settings(task)) or []:
        index = text.find(piece, start)
        if index < 0:
            index = text.find(piece)
        else:
            start = index + len(piece)
        found.append({"text": piece, "index": index, "datetime": value.isoformat()})
    return found


for line in sys.stdin:
    task = json.loads(line)
    try:
        found = read(task)
    except Exception as error:  # dateparser raises on some inputs; count that as nothing found
        found = []
        print(f"dateparser raised on {task['id']}: {error!r}", file=sys.stderr)
    print(json.dumps({"id": task["id"], "dateparser": dateparser.__version__, "found": found}, ensure_ascii=False), flush=True)
