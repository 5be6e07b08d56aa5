#!/usr/bin/env python3
"""Writes N digests for batch and anthology measurements: copies of one digest, each with its own title,
publication date (a week apart) and identifier, so that a volume of them has distinct parts.

usage: issues.py DIGEST.json N OUTDIR
"""
import datetime
import json
import os
import sys


def main(source, count, out):
    digest = json.load(open(source, encoding="utf-8"))
    first = datetime.date.fromisoformat(digest["metadata"]["published"])
    os.makedirs(out, exist_ok=True)
    for i in range(count):
        issue = json.loads(json.dumps(digest))
        m = issue["metadata"]
        m["title"] = f"{m['title']} {i}"
        m["published"] = (first + datetime.timedelta(weeks=i)).isoformat()
        m["identifier"] = f"{m['identifier']}-{i}"
        with open(os.path.join(out, f"issue-{i:04d}.json"), "w", encoding="utf-8") as f:
            json.dump(issue, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3])
