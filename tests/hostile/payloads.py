"""The XSS corpus: payloads for every front matter field and the body, and articles built from them.

Every payload that would run calls alert(1), which a browser test watches for as a dialog (and an
init script turns into a flag), so a payload that escapes sanitising cannot go unnoticed.
"""

from __future__ import annotations

import json

# Text payloads: go into title, summary, tags, reporters, source and the body as raw HTML.
TEXT = [
    "<script>alert(1)</script>",
    "<ScRiPt>alert(1)</sCrIpT>",
    '<img src=x onerror="alert(1)">',
    "<img src=x onerror=alert(1)//",
    '<svg onload="alert(1)"><script>alert(1)</script></svg>',
    '<svg><a xlink:href="javascript:alert(1)"><text y="20">x</text></a></svg>',
    '<iframe src="javascript:alert(1)"></iframe>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<object data="javascript:alert(1)"></object>',
    '<embed src="javascript:alert(1)">',
    '<form action="javascript:alert(1)"><button>go</button></form>',
    '<a href="javascript:alert(1)">click</a>',
    '<a href="JaVaScRiPt:alert(1)">click</a>',
    '<a href="&#106;&#97;vascript:alert(1)">click</a>',
    '<a href="jav&#x09;ascript:alert(1)">click</a>',
    '<a href=" javascript:alert(1)">click</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">click</a>',
    '<a href="vbscript:msgbox(1)">click</a>',
    '"><script>alert(1)</script>',
    "'><img src=x onerror=alert(1)>",
    "</script><script>alert(1)</script>",
    "<!--<script>alert(1)</script>-->",
    "</title><script>alert(1)</script>",
    "</textarea><script>alert(1)</script>",
    "]]><script>alert(1)</script><![CDATA[",
    "<style>body{background:url(javascript:alert(1))}</style>",
    '<div style="background:url(javascript:alert(1))">styled</div>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<base href="javascript:alert(1)//">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    "<details open ontoggle=alert(1)>x</details>",
    "<input autofocus onfocus=alert(1)>",
    "<video><source onerror=alert(1)></video>",
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#60;script&#62;alert(1)&#60;/script&#62;",
    "\u202e<script>alert(1)</script>\u202c \u200b\u200d\ufeff",
    "\u2066<img src=x onerror=alert(1)>\u2069",
    "{{ 7*7 }} {% if true %}<script>alert(1)</script>{% endif %}",
    "<<script>script>alert(1)<</script>/script>",
]

# Markdown tricks: only meaningful in the body.
MARKDOWN = [
    "[x](javascript:alert(1))",
    "[x](JAVASCRIPT:alert(1))",
    "[x](&#106;avascript:alert(1))",
    "[x](javascript&#58;alert(1))",
    "[x]( javascript:alert(1))",
    "[x](data:text/html,<script>alert(1)</script>)",
    "[x](vbscript:msgbox(1))",
    '![x](x" onerror="alert(1))',
    "![x](javascript:alert(1))",
    '![x](https://example.com/a.png "title\\" onerror=\\"alert(1)")',
    "<javascript:alert(1)>",
    '<http://example.com/"onmouseover="alert(1)>',
    "<mailto:a@b.c?body=<script>alert(1)</script>>",
    "[x][ref]\n\n[ref]: javascript:alert(1)",
    "```\n</code></pre><script>alert(1)</script>\n```",
    "`<script>alert(1)</script>`",
    "| a | b |\n|---|---|\n| <script>alert(1)</script> | <img src=x onerror=alert(1)> |",
    "Footnote[^1]\n\n[^1]: <script>alert(1)</script>",
    "## <img src=x onerror=alert(1)> heading",
]

# Field-shaped payloads: each must still pass its field's rule (or the article is an error, not a page).
EMAILS = ['"><script>alert(1)</script>@x.co', "<img/src=x/onerror=alert(1)>@x.co", "javascript:alert(1)@x.co"]
URLS = ['https://example.com/"><script>alert(1)</script>', "https://example.com/?q=<img/src=x/onerror=alert(1)>",
        "https://example.com/#javascript:alert(1)", "https://x\u202e.com/'onmouseover='alert(1)"]
SLUGS = ['"><svg onload=alert(1)>', "<scr<script>ipt>alert(1)", "javascript:alert(1)", "%3Cscript%3E"]


def yaml_text(value: str) -> str:
    """Return a YAML double-quoted scalar of value (JSON strings are valid YAML)."""
    return json.dumps(value)


def article_file(index: int, title: str) -> str:
    """Return one article whose every field carries payloads."""
    field = TEXT[index % len(TEXT)]
    lines = [
        "---",
        f"title: {yaml_text(title)}",
        f"reporter: [{yaml_text(field)}, {yaml_text('기자' + str(index))}]",
        f"email: {yaml_text(EMAILS[index % len(EMAILS)])}",
        f"date: 2024-03-{1 + index % 28:02d}",
        f"tags: [{yaml_text(field)}, {yaml_text(TEXT[(index + 7) % len(TEXT)])}]",
        f"source: {yaml_text(field)}",
        f"url: {yaml_text(URLS[index % len(URLS)])}",
        f"summary: {yaml_text(field)}",
        f"slug: {yaml_text(SLUGS[index % len(SLUGS)] + str(index))}",
        "---",
        "",
    ]
    body = [f"Paragraph {index} {TEXT[(index + 3) % len(TEXT)]}"] + TEXT + MARKDOWN
    return "\n".join(lines) + "\n\n".join(body) + "\n"


def corpus() -> dict[str, str]:
    """Return content files (path → text): one article per text payload, each in every field."""
    return {f"2024/03/x{index:02d}.md": article_file(index, title) for index, title in enumerate(TEXT)}

