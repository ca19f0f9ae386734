"""An article body made ready for its page: references pointed at the published files, pictures done properly.

This runs on the sanitised body (the build cache's), when its page renders: a
body can only hold what the sanitiser kept, and the attributes written here come
from the files themselves (pictures/ writes the picture markup). Links are
relative to the page, so they work from file:// and under a project subpath.
"""

from __future__ import annotations

import posixpath
import re
from urllib.parse import quote

from .references import ATTRIBUTE, URL_ATTRIBUTE, Target, attributes
from .urls import output_file

TAG_OR_LONE_PICTURE = re.compile(
    r'<p>\s*(<img(?:\s+[^\s"\'>/=]+(?:="[^"]*")?)*\s*/?>)\s*</p>'  # a picture alone in its paragraph
    r'|<(img|a)((?:\s+[^\s"\'>/=]+(?:="[^"]*")?)*)\s*/?>')
PICTURE_TAG = re.compile(r'<img((?:\s+[^\s"\'>/=]+(?:="[^"]*")?)*)\s*/?>')


def site_url(folder: str, path: str) -> str:
    """Return the URL of a site path from a page in folder: 'big.jpg' beside it, '../small.png' above it."""
    return quote(posixpath.relpath(path, folder))


class BodyRewriter:
    """Rewrites one page's body: the targets of its references, the page's steps up to the site root."""

    def __init__(self, page_path: str, targets: tuple[Target, ...]):
        self.folder = posixpath.dirname(output_file(page_path)) or "."
        self.targets = {target.url: target for target in targets}
        self.pictures = 0

    def __call__(self, body: str) -> str:
        """Return the rewritten body."""
        self.pictures = 0
        return TAG_OR_LONE_PICTURE.sub(self.replace, body)

    def replace(self, match: re.Match) -> str:
        """Return what one tag (or a paragraph holding only a picture) becomes."""
        if match[1] is not None:
            return self.lone_picture(match)
        kind, text = match[2], match[3]
        values = attributes(text)
        target = self.targets.get((values.get(URL_ATTRIBUTE[kind]) or "").strip())
        if target is None:
            return match[0]
        if kind == "a":
            return f"<a{self.pointed(text, 'href', target)}>"
        return self.picture(target, values, caption="") if target.picture is not None else match[0]

    def lone_picture(self, match: re.Match) -> str:
        """Return a paragraph holding one picture: a <figure> when it has a caption (its title), else the paragraph."""
        values = attributes(PICTURE_TAG.match(match[1])[1])
        target = self.targets.get((values.get("src") or "").strip())
        if target is None or target.picture is None:
            return match[0]
        caption = (values.get("title") or "").strip()
        html = self.picture(target, values, caption)
        return html if caption else f"<p>{html}</p>"

    def picture(self, target: Target, values: dict, caption: str) -> str:
        """Return a picture's HTML (pictures.picture_html): size, versions, lazy after the page's first."""
        from .pictures import picture_html

        self.pictures += 1
        versions = [(site_url(self.folder, path), variant) for path, variant in target.variants]
        return picture_html(site_url(self.folder, target.path) + target.suffix, target.picture,
                            alt=values.get("alt") or "", caption=caption, variants=versions,
                            first=self.pictures == 1)

    def pointed(self, text: str, name: str, target: Target) -> str:
        """Return a tag's attribute text with one URL attribute pointed at the published file."""
        url = site_url(self.folder, target.path) + target.suffix
        escaped = url.replace("&", "&amp;").replace('"', "&quot;")
        return "".join(f' {key}="{escaped if key.lower() == name else value}"' for key, value in ATTRIBUTE.findall(text))
