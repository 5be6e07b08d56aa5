#!/usr/bin/env python3
"""Writes the text of digest JSON files as one HTML volume, to time WeasyPrint on the same volume as a
Mirsad PDF anthology: a title and contents with page numbers; each digest on a title page of its own
(series, title, subtitle, authors, date) followed by its headlines, paragraphs and sources, under a
running header that names it; and an index of the sources that lists, with page numbers, the digests
citing each. Set right to left in the bundled Amiri; WeasyPrint makes the bookmarks from the headings.

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
    cited_by = {}  # source name -> [(latin name, part index)], in order of first citation
    for i, d in enumerate(digests):
        m = d["metadata"]
        sources = {s["id"]: s for s in d.get("sources", [])}
        body = [
            f'<section class="part" id="p{i}"><div class="title-page">',
            f'<p class="series">{e(m.get("series", ""))}</p><h1>{e(m["title"])}</h1>',
            f'<p class="subtitle">{e(m.get("subtitle", ""))}</p>',
            f'<p class="byline">إعداد: {e("، ".join(m.get("authors", [])))}</p>',
            f'<p class="date">{e(m.get("published", ""))}</p></div>',
        ]
        for s in d["sections"]:
            if s.get("headline"):
                body.append(f'<h2>{e(s["headline"])}</h2>')
            for b in s.get("blocks", []):
                if "text" in b:
                    body.append(f'<p>{e(b["text"])}</p>')
            cited = [sources[x] for x in s.get("sources", []) if x in sources]
            for c in cited:
                refs = cited_by.setdefault(c["name"], (c.get("nameLatin", ""), []))[1]
                if i not in refs:
                    refs.append(i)
            if cited:
                body.append(f'<p class="src">المصدر: {e("، ".join(c["name"] for c in cited))}</p>')
        body.append("</section>")
        parts.append("\n".join(body))
    toc = "\n".join(f'<li><a href="#p{i}">{e(d["metadata"]["title"])}</a></li>' for i, d in enumerate(digests))
    index = "\n".join(
        f'<h3>{e(name)}</h3><p class="latin">{e(latin)}</p><p class="refs">ورد في الإصدارات: '
        + "، ".join(f'<a href="#p{i}">{i + 1}</a>' for i in refs)
        + "</p>"
        for name, (latin, refs) in cited_by.items()
    )
    page = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>مختارات</title><style>
@font-face {{ font-family: Amiri; src: url("file://{fonts}/Amiri-Regular.ttf"); }}
@font-face {{ font-family: Amiri; font-weight: bold; src: url("file://{fonts}/Amiri-Bold.ttf"); }}
@page {{ size: A4; margin: 2cm; @bottom-center {{ content: counter(page); }} }}
body {{ font-family: Amiri; font-size: 12pt; line-height: 1.7; text-align: justify; }}
@page {{ @top-center {{ content: string(part); font-size: 9pt; }} }}
.part, .index {{ break-before: page; }}
.title-page {{ break-after: page; text-align: center; padding-top: 30%; }}
.part h1 {{ string-set: part content(); }}
.index h2 {{ string-set: part content(); }}
.toc a::after {{ content: leader('.') target-counter(attr(href), page); }}
.refs a::after {{ content: " (ص " target-counter(attr(href), page) ")"; }}
.latin {{ direction: ltr; text-align: right; }}
</style></head><body>
<h1>مختارات المرصد</h1><ol class="toc">{toc}</ol>
{"".join(parts)}
<section class="index"><h2>فهرس المصادر</h2>{index}</section>
</body></html>"""
    open(out, "w", encoding="utf-8").write(page)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
