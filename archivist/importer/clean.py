"""Korean-aware clean-up shared by both paths: blocks in, Markdown paragraphs out."""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

from . import broadcast, captions, fields, noise, outlet_forms, wire_end
from .record import ImportedArticle

_SUBHEAD_MARK = re.compile(r"^\s*[◆■□▣◇◈●○▶►]\s*|^\s*【\s*(.+?)\s*】\s*$")
_NOT_WORD = re.compile(r"[\W_]+")
_CAPTION_TAIL = re.compile(r"\s*사진\s*확대\s*$")
_STOP = re.compile(r"[.!?。”\"’'](?=\s*/?\s*[\[(가-힣])")  # a sentence's end followed by what may be a byline
_CUT_EMAIL = re.compile(r"\s*[\w.%+\-]+@[\w.\-]*$")  # an email the page cut off (`hong@exa`)
_LINKS = re.compile(r"\[([^\]]*)\]\([^)]*\)")  # a Markdown link: its text counts, not its address
COPY_CHARS = 40  # a block this long found inside another is a copy of it (a summary, an alt text)
TAIL_CHARS = 90  # how much of a paragraph's end a glued byline may take
SIGNED_BLOCKS = 2  # a byline glued after one of the article's last blocks signs it
MIN_SENTENCE_CHARS = 20  # a paragraph's text before a glued call for tips is this long at least
# The broadcaster's call for tips glued after the last sentence (tags stripped without a line break).
_GLUED_TIP = re.compile(r"(?<=[.!?])\s*([^.!?]{2,40}제보[^.!?]{0,20}[.!?]?)\s*$")
# Noise that opens with a subhead's mark (`▶ …`, `◇ 전화 : …`, `▣ 기사 원문보기 : http://…`) but is never one.
_NEVER_HEADINGS = (noise.PROMO, noise.CONTACT, noise.CREDITS, noise.PLAYER)


@dataclass(frozen=True)
class Block:
    """One paragraph-sized piece of the article: its text and what it is."""

    text: str
    kind: str = "p"  # p, h (heading), li (list item), ol (numbered item, number kept), raw (Markdown as is)
    noise: str | None = None  # the kind of noise the line was already found to be, if any


def subhead_text(line: str) -> str | None:
    """Return the heading text of a `◆`/`■`/`【…】` lead line, or None."""
    text = line.strip()
    if len(text) > 80 or noise.is_prose(text) and len(text) > 60:
        return None
    match = _SUBHEAD_MARK.match(text)
    if not match:
        return None
    inner = match.group(1) or text[match.end():]
    return inner.strip() or None


def clean_blocks(blocks: list[Block], record: ImportedArticle) -> list[Block]:
    """Return the blocks without noise, recording each dropped one and any byline fields."""
    kept: list[Block] = []
    tails: list[tuple[int, fields.Byline]] = []  # bylines glued after a block's last sentence, by block
    last_caption = ""
    title = norm(record.title) if record.title else None
    for block in blocks:
        text = block.text.strip()
        if not text:
            continue
        if _repeats(text, kept):
            record.drop(text, "repeated text")
            continue
        if block.kind == "raw":
            kept.append(block)
            continue
        if last_caption and _same_caption(text, last_caption):
            record.drop(text, noise.CAPTION)
            continue
        if title is not None and abs(len(text) - len(record.title)) < 20 and norm(text) == title:
            record.drop(text, "headline")
            continue
        if block.kind == "p" and "제보" in text:
            text, block = _cut_glued(text, block, record, glued_tip(text), "tip box")
        if block.kind == "p" and "사진" in text:  # `…나섰다. 사진=한빛통신`: the picture's credit
            text, block = _cut_glued(text, block, record, captions.glued_credit(text), "photo credit")
        if block.kind == "p" and "@" in text:
            text, block = _without_wire_end(text, block, record, tails, len(kept))
        reason = _reason(text, block, record)
        if reason:
            record.drop(text, reason)
            last_caption = _CAPTION_TAIL.sub("", text) if reason == noise.CAPTION else ""
            continue
        last_caption = ""
        kept.append(_unglue(block, text, record, tails, len(kept)))
    for at, byline in tails:
        # glued after the article's last paragraphs it signs it; after a picture's caption above them
        # (`… 모여들었다. /홍길동 기자`) it credits the photographer
        if at >= len(kept) - SIGNED_BLOCKS:
            add_byline(record, byline)
    return _trim_tail(_drop_quoted_copies(kept, record), record)


def _drop_quoted_copies(blocks: list[Block], record: ImportedArticle) -> list[Block]:
    """Return the blocks without those whose text lies inside another, longer block.

    A summary box repeats the article's own sentences, an image's alt text repeats its caption:
    the copy is dropped and the paragraph holding it kept. Exact repeats stay (an article may
    repeat a line on purpose)."""
    texts = [block.text for block in blocks]
    joined = "\n".join(texts)
    out = []
    for block in blocks:
        text = block.text
        # a link's text is no longer than the link: a shorter block is no copy, without the substitution (and a block
        # without `](` holds no link to substitute)
        if len(text) >= COPY_CHARS and ("](" not in text or len(_LINKS.sub(r"\1", text)) >= COPY_CHARS) \
                and joined.count(text) > texts.count(text):
            record.drop(text, "repeated text")
            continue
        out.append(block)
    return out


def _reason(text: str, block: Block, record: ImportedArticle) -> str | None:
    """Return why a block is noise (a byline is noise whose names are kept), or None."""
    if block.kind == "h" or subhead_text(text):
        kind = noise.classify(text)  # a mark opens a subhead, and also a promo, a tip line, a credit
        return kind if kind in _NEVER_HEADINGS else None
    if fields.is_tv_sign_off(text):
        return "sign-off"  # `MBC뉴스 홍길동입니다.` signs the report off wherever the page prints it
    byline = fields.parse_byline(text)
    if byline:
        add_byline(record, byline)
        return noise.BYLINE
    reason = block.noise or noise.classify(text)
    return None if reason == noise.MENU and block.kind in ("li", "ol") else reason


def _unglue(block: Block, text: str, record: ImportedArticle, tails: list, at: int) -> Block:
    """Return the block without a byline glued to its last sentence, recording it (in `tails`, with the block's
    index `at`: whether it signs the article depends on where the block stands)."""
    if block.kind != "p":
        return block
    rest, lead, outlet = fields.split_leading_byline(text)
    if lead is not None:
        add_byline(record, lead)
        record.drop(text[: len(text) - len(rest)], noise.BYLINE)
        record.source = record.source or outlet
        text, block = rest, Block(rest, block.kind)
    head, byline = split_tail_byline(text)
    if byline is None:
        return block
    tails.append((at, byline))
    record.drop(text[len(head):], noise.BYLINE)
    return Block(head, block.kind)


def split_tail_byline(text: str) -> tuple[str, fields.Byline | None]:
    """Return the text without a byline glued after its last sentence, and that byline.

    Besides `…했다. 홍길동 기자`, the byline may carry a dateline or a slash (`…했다.부산=홍길동 기자 x@y.com`,
    `…했다./세종=홍길동 기자`), the outlet, a bracket or a writer's label (`…했다.한빛일보 홍길동 기자`, `…했다.글·사진
    홍길동 기자`): whatever follows a sentence's end and reads as a byline naming someone. The sentence stays."""
    if not fields.may_hold_byline(text[-TAIL_CHARS:]) and "@" not in text[-TAIL_CHARS:]:
        return text, None
    head, byline = fields.split_glued_byline(text)
    if byline is not None:
        return head, byline
    for stop in reversed(list(_STOP.finditer(text, max(0, len(text) - TAIL_CHARS)))):
        rest = text[stop.end():].strip().lstrip("/").strip()
        byline = fields.parse_byline(rest) or fields.parse_byline(_CUT_EMAIL.sub("", rest))
        if byline is not None and byline.names:
            return text[:stop.end()].rstrip(), byline
    return text, None


def _trim_tail(blocks: list[Block], record: ImportedArticle) -> list[Block]:
    """Return the blocks without trailing short non-sentences (credits, sign-offs), and without a TV reporter's
    closing glued to the last paragraph (`… 계획입니다. HBN 홍길동입니다.`, maybe the e-mail and the credits after it:
    the sentence stays)."""
    while blocks and blocks[-1].kind in ("p", "h") and _is_sign_off(blocks[-1].text):
        record.drop(blocks[-1].text, "sign-off")
        blocks.pop()
    if blocks and blocks[-1].kind == "p":
        head, name, _ = broadcast.split_closing(blocks[-1].text)
        if name and noise.ends_sentence(head):
            record.drop(blocks[-1].text[len(head):].strip(), "sign-off")
            blocks[-1] = Block(head)
    return blocks


def glued_tip(text: str) -> int:
    """Return where the broadcaster's call for tips glued after a paragraph's last sentence starts (`… 나섰다.HBN 뉴스는
    여러분의 제보를 기다립니다.`), or -1 (a tip box on its own is dropped whole)."""
    tip = _GLUED_TIP.search(text) if "제보" in text else None
    if not tip or len(text[:tip.start(1)].rstrip()) < MIN_SENTENCE_CHARS or not outlet_forms.tip_outlet(tip.group(1)):
        return -1
    return tip.start(1)


def _cut_glued(text: str, block: Block, record: ImportedArticle, at: int, reason: str) -> tuple[str, Block]:
    """Return a paragraph without what is glued after its last sentence from `at` on (-1: nothing), recording it."""
    if at < 0:
        return text, block
    record.drop(text[at:].strip(), reason)
    head = text[:at].rstrip()
    return head, Block(head, block.kind)


def _without_wire_end(text: str, block: Block, record: ImportedArticle, tails: list, at: int) -> tuple[str, Block]:
    """Return a paragraph without a news agency's e-mail and closing marks glued after its last sentence
    (`… 말했다. hong@x.kr (끝) <저작권자(c) …>`), recording them and the e-mail (in `tails`, as a glued byline)."""
    head, email = wire_end.split_wire_end(text)
    if not email or len(head) < MIN_SENTENCE_CHARS:
        return text, block
    if not fields.is_desk_mailbox(email):
        tails.append((at, fields.Byline((), (email,))))
    return _cut_glued(text, block, record, len(head), noise.BYLINE)


def _is_sign_off(text: str) -> bool:
    """Return True for a short closing line that is not a sentence (`/연합뉴스`, `(끝)`), or a TV reporter's sign-off."""
    if fields.is_tv_sign_off(text):
        return True  # `MBC뉴스 홍길동입니다.` ends a sentence, but signs the report off
    return len(text) <= 30 and not noise.is_prose(text) and not text.endswith(("다", "요")) \
        and not noise.ends_korean_sentence(text)


def _repeats(text: str, kept: list[Block]) -> bool:
    """Return True for a teaser cut short with `...` that repeats the start of a paragraph already kept.

    Exact repeats are kept: articles do repeat a line (a recipe's menu, a refrain)."""
    if not text.rstrip().endswith(("...", "…")):  # most blocks: no teaser's cut, and no norm() to compute
        return False
    start = norm(text)
    if len(start) < 20:
        return False
    return any(norm(earlier.text).startswith(start) for earlier in kept)


def _same_caption(text: str, caption: str) -> bool:
    """Return True when a line repeats the caption just dropped (pages print it twice)."""
    return bool(caption) and (norm(text) == norm(caption) or norm(caption).startswith(norm(text)))


@lru_cache(maxsize=65536)  # a caption is compared with every line below it
def norm(text: str) -> str:
    """Return text reduced to letters and digits, for comparisons."""
    return _NOT_WORD.sub("", text).lower()


def add_byline(record: ImportedArticle, byline: fields.Byline) -> None:
    """Add a byline's names and emails to the record, once each."""
    for name in byline.names:
        if name not in record.reporters:
            record.reporters.append(name)
    for email in byline.emails:
        if email not in record.emails:
            record.emails.append(email)


_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")


def to_markdown(blocks: list[Block]) -> str:
    """Return the blocks as Markdown: paragraphs and headings apart, list items together."""
    out: list[str] = []
    for i, block in enumerate(blocks):
        if i and not (block.kind in ("li", "ol") and blocks[i - 1].kind == block.kind):
            out.append("")
        out.append(_render(block))
    return "\n".join(out).strip() + "\n" if out else ""


def _render(block: Block) -> str:
    """Return one block as Markdown."""
    text = as_text(block.text.strip())
    if block.kind == "h":
        return "## " + text.lstrip("#").strip()
    if block.kind == "li":
        return "- " + text
    return text


def as_text(text: str) -> str:
    """Return page text with anything Markdown would read as an HTML tag (`<img …>`, `</p>`, `<!--`) escaped.

    The page's words are text: a tag quoted in an article shows as written, and never becomes markup that
    the build would sanitise away or read as a reference to a file. `<기생충>` is no tag and stays.
    """
    return _TAG_START.sub("&lt;", text) if "<" in text else text
