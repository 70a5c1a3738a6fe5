#!/usr/bin/env python3
"""Turns a Syllabus course (as made by ../shared/bench/gencourse.py) into an mdBook book or a
Hugo site with the same Markdown, so that the three tools can be timed on the same content.

    adapt.py mdbook COURSE OUT     # OUT/book.toml, OUT/src/SUMMARY.md, one chapter per module
    adapt.py hugo COURSE OUT       # OUT/hugo.toml, minimal layouts, content/UNIT/MODULE.md

Only the adapters live here: the peers themselves are installed separately
(`cargo install mdbook`, `apt-get install hugo`).
"""

import os
import re
import sys
from pathlib import Path


def modules(course):
    """(unit folder, unit title, [(file stem, title, body)]) in course order."""
    units = []
    for unit in sorted(p for p in (course / "modules").iterdir() if p.is_dir()):
        meta = (unit / "_unit.yaml").read_text() if (unit / "_unit.yaml").exists() else ""
        title = re.search(r"^title:\s*\"?(.*?)\"?\s*$", meta, re.M)
        entries = []
        for path in sorted(unit.glob("*.md")):
            text = path.read_text()
            front, body = text[4:].split("\n---\n", 1)
            name = re.search(r"^title:\s*\"?(.*?)\"?\s*$", front, re.M)
            entries.append((path.stem, name.group(1) if name else path.stem, body))
        units.append((unit.name, title.group(1) if title else unit.name, entries))
    return units


def mdbook(course, out):
    src = out / "src"
    src.mkdir(parents=True)
    title = re.search(r"^title:\s*(.*)$", (course / "course.yaml").read_text(), re.M).group(1)
    # The default HTML renderer: search index and highlight.js (which highlights in the reader's
    # browser, not at build time).
    (out / "book.toml").write_text(f'[book]\ntitle = "{title}"\nsrc = "src"\n\n[output.html]\n')
    summary = ["# Summary", ""]
    for unit, unit_title, entries in modules(course):
        (src / unit).mkdir()
        (src / unit / "README.md").write_text(f"# {unit_title}\n")
        summary.append(f"- [{unit_title}]({unit}/README.md)")
        for stem, name, body in entries:
            (src / unit / f"{stem}.md").write_text(f"# {name}\n\n{body}")
            summary.append(f"  - [{name}]({unit}/{stem}.md)")
    (src / "SUMMARY.md").write_text("\n".join(summary) + "\n")


HUGO_BASEOF = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><nav><a href="{{ "/" | relURL }}">Home</a></nav><main>{{ block "main" . }}{{ end }}</main></body></html>
"""
HUGO_SINGLE = """{{ define "main" }}<article><h1>{{ .Title }}</h1>{{ .Content }}</article>{{ end }}
"""
HUGO_LIST = """{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
"""


def hugo(course, out):
    """Minimal templates; Hugo highlights fenced code at build time (Chroma) by default."""
    layouts = out / "layouts" / "_default"
    layouts.mkdir(parents=True)
    (layouts / "baseof.html").write_text(HUGO_BASEOF)
    (layouts / "single.html").write_text(HUGO_SINGLE)
    (layouts / "list.html").write_text(HUGO_LIST)
    (out / "hugo.toml").write_text(
        'baseURL = "https://example.org/course/"\ntitle = "Benchmark course"\n'
        'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]\n'
        "[markup.highlight]\ncodeFences = true\nnoClasses = false\n"
    )
    content = out / "content"
    for unit, unit_title, entries in modules(course):
        (content / unit).mkdir(parents=True)
        (content / unit / "_index.md").write_text(f'---\ntitle: "{unit_title}"\n---\n')
        for stem, name, body in entries:
            title = name.replace('"', '\\"')
            (content / unit / f"{stem}.md").write_text(f'---\ntitle: "{title}"\n---\n{body}')


def main():
    if len(sys.argv) != 4 or sys.argv[1] not in ("mdbook", "hugo"):
        sys.exit(__doc__)
    course, out = Path(sys.argv[2]), Path(sys.argv[3])
    if out.exists() and any(out.iterdir()):
        sys.exit(f"{out} is not empty")
    out.mkdir(parents=True, exist_ok=True)
    {"mdbook": mdbook, "hugo": hugo}[sys.argv[1]](course, out)


if __name__ == "__main__":
    main()
