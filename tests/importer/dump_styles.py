"""Small news pages written for the tests, dumped the three ways people copy a page: lynx, w3m, a browser.

The dumps are made by the real converters (lynx and w3m, Debian packages; Chromium's innerText through
Playwright), so a test of a kind of page holds for each dump style, not for one hand-made layout.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

STYLES = ("lynx", "w3m", "inner")
ENV = dict(os.environ, LANG="C.UTF-8", TERM="dumb")
MENU = "<ul>" + "".join(f"<li><a href='/s{k}'>{name}</a></li>" for k, name in
                        enumerate(("홈", "정치", "경제", "사회", "국제", "문화", "스포츠", "연예"))) + "</ul>"


def page(lang: str, title: str, header: str, top: str, article: str, after: str, footer: str,
         tab: str | None = None) -> str:
    """Return a news page: the site's `header`, the headline, `top` (byline, date …), the article, `after`, `footer`."""
    return (f"<!doctype html><html lang={lang}><head><meta charset=utf-8><title>{tab or title}</title></head><body>"
            f"<header>{header}</header><main><h1>{title}</h1>{top}<article>{article}</article>{after}</main>"
            f"<footer>{footer}</footer></body></html>")


def news_page(title: str, article: str, head: str = "", after: str = "", date: str = "2025.06.01 10:00") -> str:
    """Return a Korean news page: menus, the headline, its date, `head`, the article, `after`, a footer."""
    return page("ko", title, f"<a href='/'>예시일보</a><nav>{MENU}</nav><a href='/login'>로그인</a>",
                f"<p class=date>입력 {date}</p>{head}", article, after,
                "<p>회사소개 | 광고안내 | 개인정보처리방침 | 청소년보호정책</p><p>ⓒ 예시일보 무단전재 및 재배포 금지</p>")


def paragraphs(*texts: str) -> str:
    """Return the texts as HTML paragraphs."""
    return "".join(f"<p>{text}</p>" for text in texts)


def run(command: list[str], html: str) -> str:
    """Return what a text browser prints for the page."""
    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False, encoding="utf-8") as handle:
        handle.write(html)
    try:
        return subprocess.run([*command, handle.name], capture_output=True, timeout=60, env=ENV,
                              check=True).stdout.decode("utf-8")
    finally:
        os.unlink(handle.name)


def lynx(html: str, width: int = 1024) -> str:
    """Return `lynx -dump -nolist` of the page at a window `width` characters wide."""
    return run(["lynx", "-dump", "-nolist", f"-width={width}", "-assume_charset=utf-8", "-display_charset=utf-8",
                "-force_html"], html)


def w3m(html: str, width: int = 1000) -> str:
    """Return `w3m -dump` of the page at a window `width` columns wide."""
    return run(["w3m", "-dump", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8", "-cols", str(width)], html)


def inner_text(browser, html: str, width: int = 1280) -> str:
    """Return Chromium's innerText of the page (select-all and copy), scripts off, in a window `width` wide."""
    context = browser.new_context(java_script_enabled=False, viewport={"width": width, "height": 900})
    try:
        page = context.new_page()
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "page.html"
            path.write_text(html, encoding="utf-8")
            page.goto(path.as_uri())
            return page.evaluate("document.body.innerText")
    finally:
        context.close()


def dumps(browser, html: str) -> dict[str, str]:
    """Return the page dumped in each style."""
    return {"lynx": lynx(html), "w3m": w3m(html), "inner": inner_text(browser, html)}
