#!/usr/bin/env python3
"""Count the suggested tags of each bad kind, per part and input style, by rules of its own.

usage: python benchmarks/tag_audit.py CLEANING_DEV_DIR [--part dev|check] [--styles html lynx ...] [--show]

The rules here share nothing with archivist/importer/tag_filters.py: they read the hand-checked answer
(`expected.json`: outlet, URL, title, body), the page's own raw files (copyright lines, chrome lines,
keyword metadata) and the development part's bodies, so a suggester rule cannot hide its own misses.
Kinds (a tag may be of several; `bad` counts each tag once):
  outlet    the outlet's name or domain in any spelling (the outlet field, the URL host's labels, a
            Latin prefix of a label + 뉴스/신문/일보, the copyright line's name, a name + a brand suffix)
  fragment  found in the body only inside longer words that are not the tag + a particle
  headline  more than four words, or most of the title
  chrome    a line or menu item of the page outside the article, or a keyword of the page's metadata
            that the body never uses
  markup    a converter's leftover: brackets, `BUTTON`, `Input`, `com`, a URL or domain
  common    a word in most (over half) of the development part's articles of its language
  particle  a Korean word with its particle still on (`정부가`, `시장에서`, `소의`): it ends in a particle
            and its stem is a word of the article on its own (bare, or with another particle), while the
            tag itself never takes a particle there (`수도를` makes `수도` a noun, not 수 + 도)
  empty     a pronoun, demonstrative or empty noun (`이곳`, `이번`, `해당`, `당시`, `관계자`): a closed list
Only aggregate counts are printed; `--show` lists the bad tags, and only for the development part.
"""

from __future__ import annotations

import html as htmllib
import json
import re
import sys
from collections import Counter, defaultdict
from functools import cached_property
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.import_split import PARTS, parts  # noqa: E402
from benchmarks.import_tags import STYLES, case_arguments, suggested  # noqa: E402

KINDS = ("outlet", "fragment", "headline", "chrome", "markup", "common", "particle", "empty")
BRAND_SUFFIXES = ("뉴스", "신문", "일보", "방송", "닷컴", "news", "tv", "times", "daily")
NO_NAME_LABELS = frozenset("www m mobile news n v amp com co kr net org or go ac re io tv biz info html".split())
PARTICLES = frozenset(
    "은 는 이 가 을 를 의 에 에서 에게 께 로 으로 와 과 도 만 까지 부터 보다 처럼 이나 나 랑 이랑 에는 에서는 "
    "에도 으로는 로는 과의 와의 에서의 으로부터 로부터 이라는 라는 이란 란 이며 며 이다 였다 이었다 다 들 들은 들이 "
    "들을 들의 들도 으로서 로서 으로써 로써 에선 엔 이라고 라고 이라며 라며 조차 마저 밖에 뿐 께서".split())
CONVERTER_WORDS = frozenset("button input submit select option textarea iframe img src href alternate rss atom "
                            "xml html http https www com net org kr co url implemented javascript css".split())
# Pronouns, demonstratives, deictic times and empty (bound or light) nouns: no article's topic.
EMPTY_WORDS = frozenset(
    "나 너 저 우리 저희 그 그녀 그들 이들 저들 자신 자기 본인 당신 누구 무엇 어디 언제 여기 거기 저기 이곳 그곳 "
    "저곳 이것 그것 저것 이쪽 그쪽 저쪽 이런 그런 저런 이러한 그러한 "
    "이번 이날 그날 당일 당시 해당 현재 최근 이후 이전 오늘 어제 내일 올해 지난해 작년 내년 금년 전날 다음날 "
    "이튿날 지난달 이달 다음달 지난주 이번주 다음주 향후 앞서 "
    "관계자 측 쪽 편 곳 것 수 등 때 중 데 바 점 뿐 경우 정도 가운데 부분 내용 결과 과정 상황 사실 이유 때문 "
    "관련 일부 대부분 전체 모두 각각 대상 방법 방식 문제 부문 분야 입장".split())
# One-letter words that are bound nouns or determiners: as a stem they prove nothing (`수도` is not 수 + 도).
BOUND_STEMS = frozenset("이 그 저 수 것 등 때 중 데 바 점 뿐 만 곳 분 측 쪽 편 듯 리 채 줄 번 개 명 년 월 일 시 지 대 한 할 된 될 안 못 잘 더 또 및 각 전 후 첫 새 온 총 약".split())
CASE_PARTICLES = ("이", "가", "을", "를", "은", "는", "의", "에", "도", "로", "와", "과")
HANGUL_RUN = re.compile(r"[가-힣]+")
LATIN_WORD = re.compile(r"[A-Za-z0-9À-ɏ]+")
COPYRIGHT = re.compile(r"(?:ⓒ|©|\(c\)|copyright)\s*(?:\d{4}\s*)?([^,.\n|]{2,40})", re.I)
LYNX_MARK = re.compile(r"\[\d+\]|^\s*[*+#o•·-]\s+")
META_KEYWORDS = re.compile(r"<meta[^>]+(?:name|property)=[\"'](?:news_keywords|keywords|article:tag)[\"'][^>]*>", re.I)
CONTENT = re.compile(r"content=[\"']([^\"']*)[\"']", re.I)
LD_KEYWORDS = re.compile(r"\"keywords\"\s*:\s*(\"[^\"]*\"|\[[^\]]*\])")
NOT_LETTERS = re.compile(r"[\W_]+")


def norm(text: str) -> str:
    """Return the text's letters and digits, lower-cased."""
    return NOT_LETTERS.sub("", text).lower()


def core(text: str) -> str:
    """Return a normalised name without a trailing brand word (`파이낸셜뉴스` → `파이낸셜`)."""
    key = norm(text)
    for suffix in BRAND_SUFFIXES:
        if key.endswith(suffix) and len(key) > len(suffix) + 1:
            return key[: -len(suffix)]
    return key


class Page:
    """What the audit knows of one case: its answer, raw files, keyword metadata and chrome items."""

    def __init__(self, folder: Path, url: str):
        answer = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
        raws = [(folder / name).read_text(encoding="utf-8", errors="replace")
                for name in STYLES.values() if (folder / name).is_file()]
        html = (folder / "raw.html").read_text(encoding="utf-8", errors="replace") if (folder / "raw.html").is_file() else ""
        self._read(answer, raws, html, url)

    @classmethod
    def of(cls, answer: dict, raws: list[str], html: str) -> Page:
        """Return the view of a page whose answer (title, body, url, outlet) was derived, not hand-checked."""
        page = cls.__new__(cls)
        page._read(answer, raws, html, "")
        return page

    def _read(self, answer: dict, raws: list[str], html: str, url: str) -> None:
        """Take the answer's article and outlet, and the raw files' copyright names, keywords and chrome."""
        self.title = answer.get("title") or ""
        self.body = answer.get("body") or ""
        self.url = answer.get("url") or url
        self.names = {core(answer.get("outlet") or "")} | self._copyright_names(raws)
        self.names.discard("")
        host = (urlsplit(self.url).hostname or "").lower()
        self.labels = {label for label in host.split(".") if label and label not in NO_NAME_LABELS}
        self.keywords = self._keywords(html)
        self.chrome = self._chrome_items([r for r in raws if not r.lstrip().startswith("<")])

    @cached_property
    def words(self) -> set[str]:
        """Return the words of the article (title and body), as written."""
        return set(re.findall(r"[가-힣A-Za-z0-9]+", f"{self.title}\n{self.body}"))

    @staticmethod
    def _copyright_names(raws: list[str]) -> set[str]:
        """Return the names a copyright line gives (`ⓒ 머니투데이, 무단전재…` → 머니투데이)."""
        names = set()
        for raw in raws:
            for match in COPYRIGHT.finditer(raw):
                words = [w for w in match.group(1).split() if not w.isdigit()][:3]
                names.update(core(w) for w in words if len(norm(w)) >= 2)
                names.add(core("".join(words)))
        return {n for n in names if len(n) >= 2 and n not in ("all", "the", "무단전재", "rights")}

    @staticmethod
    def _keywords(html: str) -> set[str]:
        """Return the page's keyword metadata, normalised."""
        values = [CONTENT.search(tag).group(1) for tag in META_KEYWORDS.findall(html) if CONTENT.search(tag)]
        for found in LD_KEYWORDS.findall(html):
            values.append(found.strip('[]"').replace('"', ""))
        return {norm(k) for v in values for k in htmllib.unescape(v).split(",") if norm(k)}

    def _chrome_items(self, dumps: list[str]) -> set[str]:
        """Return the lines and menu items of the page's dumps that are not in the article (normalised)."""
        article = norm(self.title) + "\n" + norm(self.body)  # a dump's wrapped lines are pieces of it
        items = set()
        for dump in dumps:
            for line in dump.splitlines():
                line = LYNX_MARK.sub(" ", line)
                if norm(line) in article:
                    continue
                items.add(norm(line))
                items.update(norm(part) for part in re.split(r"\s{2,}|[|·•]|\s/\s", line))
        items.discard("")
        return items


def is_outlet(tag: str, page: Page) -> bool:
    """Return True when the tag names the outlet or its domain, in any spelling."""
    key, tag_core = norm(tag), core(tag)
    if not key:
        return False
    if key in page.labels or tag_core in page.labels or key in page.names or tag_core in page.names:
        return True
    if tag_core.isascii() and len(tag_core) >= 2 and tag_core != key:  # `fn뉴스` for fnnews.com
        return any(label.startswith(tag_core) for label in page.labels)
    return any(len(name) >= 3 and (key.startswith(name) and core(tag) != key) for name in page.names)


def is_fragment(tag: str, body: str) -> bool:
    """Return True when the tag occurs in the body, but only inside longer words that are not the tag
    and a particle (a name cut short, `루수` of `1루수`, `대통령으` of `대통령으로`)."""
    if " " in tag.strip():
        return False
    low, text = tag.lower(), body.lower()
    if low not in text:
        return False
    if LATIN_WORD.fullmatch(low):
        return low not in {w.lower() for w in LATIN_WORD.findall(body)}
    if re.fullmatch(r"[a-z0-9À-ɏ.&'-]+", low):  # a Latin tag with dots or marks (`U.S.`): whole between non-letters
        return not re.search(rf"(?<![\w]){re.escape(low)}(?![\w])", text)
    for run in re.findall(r"[가-힣A-Za-z0-9]+", text):
        at = run.find(low)
        while at >= 0:
            rest = run[at + len(low):]
            if at == 0 and (not rest or (rest in PARTICLES and low[-1] + rest not in PARTICLES)):
                return False
            at = run.find(low, at + 1)
    return True


def is_particle(tag: str, words: set[str]) -> bool:
    """Return True for a Korean tag that is a word of the article with its particle on: its stem is used on
    its own in the text (`words`: the article's words), the tag never with a particle after it."""
    if not HANGUL_RUN.fullmatch(tag):
        return False
    endings = sorted((p for p in PARTICLES if tag.endswith(p) and len(tag) > len(p)), key=len, reverse=True)
    if any(tag + after in words and not any(ending + after in PARTICLES for ending in endings)
           for after in CASE_PARTICLES):
        return False  # the tag takes a particle of its own: a noun (`수도를`, `이의를`), not a stack (`에서는`)
    for ending in endings:
        stem = tag[: -len(ending)]
        if len(stem) == 1 and (stem in BOUND_STEMS or stem not in words):
            continue
        if stem in words or any(stem + other in words for other in PARTICLES if other != ending):
            return True
    return False


def is_empty(tag: str) -> bool:
    """Return True for a pronoun, demonstrative or empty noun."""
    return tag in EMPTY_WORDS


def is_headline(tag: str, title: str) -> bool:
    """Return True for more than four words, or most of the title."""
    key, whole = norm(tag), norm(title)
    return len(tag.split()) > 4 or (len(tag.split()) > 1 and bool(key) and key in whole and 2 * len(key) >= len(whole))


def is_chrome(tag: str, page: Page) -> bool:
    """Return True for a line or menu item of the page's chrome, or keyword metadata the body never uses."""
    key = norm(tag)
    if key in page.chrome:
        return True
    return key in page.keywords and tag.lower() not in page.body.lower()


def is_markup(tag: str) -> bool:
    """Return True for a converter's leftover."""
    return (bool(re.search(r"[\[\](){}<>#=/@_]|https?|\.[a-z]{2,}\b", tag, re.I))
            or tag.lower() in CONVERTER_WORDS or "not implemented" in tag.lower())


def common_words(cases: list[Path]) -> dict[str, tuple[set[str], set[str]]]:
    """Return, per language group, the bodies' words and the number of bodies, for document frequency."""
    bodies: dict[str, list[str]] = defaultdict(list)
    for folder in cases:
        answer = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
        bodies["ko" if folder.name.startswith("ko") else "en"].append((answer.get("body") or "").lower())
    return bodies


def is_common(tag: str, bodies: list[str]) -> bool:
    """Return True when the tag is in over half of the development part's bodies of its language."""
    low = tag.lower()
    if LATIN_WORD.fullmatch(low):
        hits = sum(bool(re.search(rf"\b{re.escape(low)}\b", b)) for b in bodies)
    else:
        hits = sum(low in b for b in bodies)
    return 2 * hits > len(bodies)


def kinds_of(tag: str, page: Page, bodies: list[str]) -> list[str]:
    """Return the bad kinds a tag is of (none for a good tag)."""
    checks = {"outlet": lambda: is_outlet(tag, page), "fragment": lambda: is_fragment(tag, page.body),
              "headline": lambda: is_headline(tag, page.title), "chrome": lambda: is_chrome(tag, page),
              "markup": lambda: is_markup(tag), "common": lambda: is_common(tag, bodies),
              "particle": lambda: is_particle(tag, page.words), "empty": lambda: is_empty(tag)}
    return [kind for kind, check in checks.items() if check()]


def main() -> int:
    """Print, per part and style, how many suggested tags are of each bad kind."""
    parser = case_arguments(__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list the bad tags (development part only)")
    args = parser.parse_args()
    split = parts(args.cleaning_dev)
    manifest = json.loads((args.cleaning_dev / "manifest.json").read_text(encoding="utf-8"))
    urls = {entry["id"]: entry.get("url", "") for entry in manifest}
    bodies = common_words([args.cleaning_dev / "cases" / c for c, p in split.items() if p == "dev"])
    print(f"{'part':5}  {'group':5}  {'style':5}  {'tags':>4}  {'bad':>4}  " + "  ".join(f"{k:>8}" for k in KINDS))
    for part in PARTS:
        if args.part and part != args.part:
            continue
        for group in ("ko", "en"):
            cases = [c for c, p in sorted(split.items()) if p == part and c.startswith("ko") == (group == "ko")]
            pages = {c: Page(args.cleaning_dev / "cases" / c, urls.get(c, "")) for c in cases}
            for style in args.styles:
                counts = audit_tags([(case, style, args.cleaning_dev / "cases" / case / STYLES[style], pages[case])
                                     for case in cases], bodies[group], args.show and part == "dev")
                print(f"{part:5}  {group:5}  {style:5}  {counts['tags']:>4}  {counts['bad']:>4}  {kind_columns(counts)}",
                      flush=True)
    return 0


def audit_tags(items: list[tuple[str, str, Path, Page]], bodies: list[str], show: bool) -> Counter:
    """Return how many tags are suggested and of each bad kind, over (case, style, raw file, page view) items;
    with `show`, print each bad tag."""
    counts: Counter = Counter()
    for case, style, raw, page in items:
        for tag in (suggested(raw) or []) if raw.is_file() else []:
            found = kinds_of(tag, page, bodies)
            counts["tags"] += 1
            counts["bad"] += bool(found)
            counts.update(found)
            if found and show:
                print(f"#  {case}  {style}  {tag}: {', '.join(found)}")
    return counts


def kind_columns(counts: Counter) -> str:
    """Return the count of each bad kind, as the table's columns."""
    return "  ".join(f"{counts[k]:>8}" for k in KINDS)


if __name__ == "__main__":
    raise SystemExit(main())
