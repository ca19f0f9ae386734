"""Python-Markdown configured for article bodies (imported only for bodies that need it)."""

from __future__ import annotations

import markdown
from markdown.treeprocessors import InlineProcessor

from .markup import CLEANER, EXTENSIONS, INLINE_MARKUP, heading_id


class PlainTextInline(InlineProcessor):
    """Python-Markdown's inline processor, skipped when no text of the tree could match a pattern.

    Most paragraphs of news text have no inline markup; trying every pattern on
    them took a quarter of the time to parse an article. With nothing to match,
    the inline processor leaves the tree as it is, so skipping it changes nothing.
    """

    def run(self, tree, ancestors=None):
        """Return the tree, with inline markup processed if there is any."""
        if any(INLINE_MARKUP.search(text) for text in tree.itertext()):
            return super().run(tree, ancestors)
        return tree


def new_markdown(extensions: tuple[str, ...] = EXTENSIONS) -> markdown.Markdown:
    """Return a Markdown instance configured for article bodies."""
    configs = {
        "codehilite": {"css_class": "highlight", "guess_lang": False},
        "toc": {"slugify": heading_id},
        "footnotes": {"BACKLINK_TITLE": "%d"},
    }
    md = markdown.Markdown(extensions=list(extensions),
                           extension_configs={k: v for k, v in configs.items() if k in extensions},
                           output_format="html")
    md.treeprocessors.register(PlainTextInline(md), "inline", 20)
    return md


def render_body(md: markdown.Markdown, text: str) -> str:
    """Return the sanitised HTML of a Markdown body."""
    md.reset()
    return CLEANER.clean(md.convert(text))
