#!/usr/bin/env python3
"""Writes the text of digest JSON files as one HTML volume, to time WeasyPrint on the same text as a
Mirsad PDF anthology: title, contents, each digest's title, headlines, paragraphs and sources, set
right to left in the bundled Amiri.

usage: anthology-html.py OUT.html DIGEST.json...
"""
import html
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
fonts = os.path.join(here, "..", "..", "digest-fonts", "src", "main", "resources", "io", "mirsad", "fonts", "amiri")


def main(out, inputs):
    digests = [json.load(open(p, encoding="utf-8")) for p in inputs]
    e = html.escape
    parts = []
    for i, d in enumerate(digests):
        m = d["metadata"]
        names = {s["id"]: s["name"] for s in d.get("sources", [])}
        body = [f'<section class="part" id="p{i}"><h1>{e(m["title"])}</h1>']
        for s in d["sections"]:
            if s.get("headline"):
                body.append(f'<h2>{e(s["headline"])}</h2>')
            for b in s.get("blocks", []):
                if "text" in b:
                    body.append(f'<p>{e(b["text"])}</p>')
            cited = [names[x] for x in s.get("sources", []) if x in names]
            if cited:
                body.append(f'<p class="src">المصادر: {e("، ".join(cited))}</p>')
        body.append("</section>")
        parts.append("\n".join(body))
    toc = "\n".join(f'<li><a href="#p{i}">{e(d["metadata"]["title"])}</a></li>' for i, d in enumerate(digests))
    page = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>مختارات</title><style>
@font-face {{ font-family: Amiri; src: url("file://{fonts}/Amiri-Regular.ttf"); }}
@font-face {{ font-family: Amiri; font-weight: bold; src: url("file://{fonts}/Amiri-Bold.ttf"); }}
@page {{ size: A4; margin: 2cm; @bottom-center {{ content: counter(page); }} }}
body {{ font-family: Amiri; font-size: 12pt; line-height: 1.7; text-align: justify; }}
.part {{ break-before: page; }}
.toc a::after {{ content: leader('.') target-counter(attr(href), page); }}
</style></head><body>
<h1>مختارات المرصد</h1><ol class="toc">{toc}</ol>
{"".join(parts)}
</body></html>"""
    open(out, "w", encoding="utf-8").write(page)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
