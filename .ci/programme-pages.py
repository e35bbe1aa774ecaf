"""Checks that no table row of a review pack is split across pages, in PDFs printed by Chromium.

Usage: programme-pages.py REVIEW_HTML PDF...
Every row of the scores table (one per competency) and of the validations table must stand complete on one
line of one page (pdftotext -layout), and every page holding rows of a table repeats its header.
"""
import html
import re
import subprocess
import sys

page_html = open(sys.argv[1], encoding="utf-8").read()
names = [html.unescape(n) for n in re.findall(r'<tr><td class="name">([^<]*)</td>', page_html)]
validations = [
    (m, html.unescape(c), r)
    for m, c, r in re.findall(
        r"<tr><td>(\w{3})</td><td>([^<]*)</td><td>[^<]*</td>(?:<td[^>]*>[^<]*</td>){3}<td[^>]*>([^<]*)</td></tr>",
        page_html)
]
assert len(names) >= 29, f"{len(names)} competency rows"
number = r"(?:\d+\.\d\d|–)"
for pdf in sys.argv[2:]:
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    size = re.search(r"^Page size:\s+(.*)$", info, re.M).group(1)
    texts = [
        subprocess.run(["pdftotext", "-layout", "-f", str(p), "-l", str(p), pdf, "-"], capture_output=True,
                       text=True, check=True).stdout
        for p in range(1, pages + 1)
    ]
    seen = {}
    for index, text in enumerate(texts, start=1):
        lines = text.splitlines()
        tables = [
            (names, lambda n: rf"\s*{re.escape(n)}\s+(?:{number}\s+){{12}}{number}\s*",
             r"Competency\s+Jan\s+Feb.*Dec\s+Mean", "score"),
            (validations, lambda v: rf"\s*{v[0]}\s+{re.escape(v[1])}\s.*{re.escape(v[2])}\s*",
             r"Month\s+Competency\s+Rated by", "validation"),
        ]
        for rows, pattern, header, kind in tables:
            found = [r for r in rows if any(re.fullmatch(pattern(r), l) for l in lines)]
            for r in found:
                seen[r] = seen.get(r, 0) + 1
            if found:
                assert any(re.search(header, l) for l in lines), \
                    f"{pdf} page {index}: {kind} rows without the repeated header"
    missing = [n for n in names if seen.get(n) != 1] + [v for v in validations if seen.get(v) != 1]
    assert not missing, f"{pdf}: rows not whole on one page: {missing[:5]}"
    print(f"pages: {pdf.rsplit('/', 1)[-1]} ({size}): {pages} pages, {len(names)} score rows and "
          f"{len(validations)} validation rows each whole on one page, headers repeated")
