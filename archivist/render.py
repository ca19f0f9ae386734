"""Render stage: the site model in, (output path, bytes) pairs out; no I/O besides reading templates."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from types import BuiltinMethodType, MethodType

import jinja2
import jinja2.compiler
import jinja2.runtime
import markupsafe
from markupsafe import Markup

from . import i18n
from .errors import ContentError
from .model import Article
from .site import Site
from .theme import theme_folders
from .urls import absolute, quoted_file, relative, up_to_root


class LanguageHelpers:
    """Dates and UI text in a page's language (self.lang), for templates."""

    lang: str

    def t(self, key: str, **values) -> str:
        """Return a UI string in this page's language."""
        return i18n.text(self.lang, key, **values)

    def date(self, moment: datetime) -> str:
        """Return a date as readers expect in this page's language."""
        return i18n.long_date(moment, self.lang)

    def short_date(self, moment: datetime) -> str:
        """Return a compact date for ranges and lists in this page's language."""
        return i18n.short_date(moment, self.lang)

    def short_month(self, month: int) -> str:
        """Return a month's short name (a table column) in this page's language."""
        return i18n.short_month(month, self.lang)

    def month(self, key: str) -> str:
        """Return the name of a year or month key in this page's language."""
        return i18n.month_name(key, self.lang)


@dataclass(frozen=True)
class PageContext(LanguageHelpers):
    """What every template gets as `page`: where it is, its language, and link helpers."""

    site: Site
    path: str
    lang: str
    title: str
    description: str = ""
    kind: str = "page"
    root: str = ""
    feed_path: str = "feed.xml"
    breadcrumbs: tuple[tuple[str, str], ...] = field(default_factory=tuple)

    def url(self, target: str) -> str:
        """Return a link from this page to a site path: relative, or from the site root when set (404)."""
        if self.root:
            return self.root + quoted_file(target)
        return relative(self.path, target)

    def absolute(self, target: str | None = None) -> str:
        """Return the public URL of a site path (this page when omitted)."""
        return absolute(self.site.config.base_url, self.path if target is None else target)

    @property
    def html_lang(self) -> str:
        """Return the value of <html lang>."""
        return self.lang


@dataclass(frozen=True)
class FragmentPage(LanguageHelpers):
    """What a fragment gets as `page`: links and language, the same on every page of one language."""

    lang: str
    _steps: str  # "../" once per folder between the page and the site root (or ANY_DEPTH)
    root: str = ""
    links: list = field(default_factory=list, compare=False, repr=False)  # what url() gave

    def url(self, target: str) -> str:
        """Return a link to a site path, as PageContext.url gives it on the fragment's pages."""
        link = (self.root or self._steps) + quoted_file(target)
        self.links.append(link)
        return link


# Stands for a page's "../" steps in a fragment rendered once for every depth. No site content
# can hold it (YAML refuses it, the sanitiser drops it from bodies); if some did, the count in
# shows_links_as_given would send that fragment's template to the per-depth path.
ANY_DEPTH = "\x00"


def shows_links_as_given(html: str, links: list) -> bool:
    """Return whether a fragment rendered at ANY_DEPTH shows each link it made, unchanged, once."""
    return html.count(ANY_DEPTH) == len(links) and all(link in html for link in links)


class Fragments:
    """The template global `fragment(name, page, item=value)`: a small template rendered once per build and process
    for each item and language, then reused on every page that shows it.

    A list entry or a card shows its item with links and dates only, so it is the same
    on every page but for the "../" steps of its links, put in per page (an article is
    listed on about seven pages and shown as a card on about ten). The site header is one
    too, its item the page's kind (which menu entry is current). The fragment sees
    `site`, `config`, its one item under the name it was passed with, and `page` as a
    FragmentPage: anything else of the page is an error, never a stale copy. A fragment
    template that does not show its links as page.url gave them is rendered once per
    depth instead.
    """

    LIMIT = 100_000  # fragments kept before the memory starts again

    def __init__(self, env: jinja2.Environment):
        self.env = env
        self.done: dict[tuple, str] = {}
        self.per_depth: set[str] = set()  # fragment templates that cannot take the steps afterwards

    def __call__(self, name: str, page: PageContext, **item) -> Markup:
        """Return the fragment's HTML for this item on this page."""
        ((label, value),) = item.items()
        which = getattr(value, "path", value)  # an article or facet by its path; a plain value (a kind) as itself
        up = up_to_root(page.path)
        if not page.root and name not in self.per_depth:
            shared = self.shared(name, (name, label, which, page.lang), page, item)
            if shared is not None:
                return Markup(shared.replace(ANY_DEPTH, up))
        key = (name, label, which, page.lang, up, page.root)
        found = self.done.get(key)
        if found is None:
            found = self.keep(key, self.render(name, FragmentPage(page.lang, up, page.root), page, item))
        return Markup(found)

    def shared(self, name: str, key: tuple, page: PageContext, item: dict) -> str | None:
        """Return the fragment rendered at ANY_DEPTH, or None when its template must be rendered per depth."""
        found = self.done.get(key)
        if found is None:
            view = FragmentPage(page.lang, ANY_DEPTH)
            html = self.render(name, view, page, item)
            if not shows_links_as_given(html, view.links):
                self.per_depth.add(name)
                return None
            found = self.keep(key, html)
        return found

    def render(self, name: str, view: FragmentPage, page: PageContext, item: dict) -> str:
        """Return the fragment template rendered with view as `page`."""
        site = page.site
        return render_named(self.env, name, dict(page=view, site=site, config=site.config, **item))

    def keep(self, key: tuple, html: str) -> str:
        """Remember a rendered fragment (forgetting all once LIMIT are kept); return it."""
        if len(self.done) >= self.LIMIT:
            self.done.clear()
        self.done[key] = html
        return html


PAGE_TYPES = (PageContext, FragmentPage)


# QuickCalls and EscapeOutput override Jinja2's private hooks (Context.call,
# CodeGenerator._output_child_pre): rendering takes about a quarter less time
# with them (docs/build.md, "Jinja2's private hooks"). A Jinja2 release may change
# those hooks, so pyproject.toml pins the minor release they were checked against
# and tests/test_jinja2_hooks.py fails, saying so, on any other.
JINJA2_CHECKED = "3.1"


class QuickCalls(jinja2.runtime.Context):
    """Jinja2's template context, calling archivist's page helpers and built-in methods directly.

    Context.call checks every callable for pass_context and friends; a page
    makes about seventy calls, and the checks took a quarter of its render
    time. Neither the page helpers (PageContext, FragmentPage) nor built-in methods (date.isoformat,
    str.format) can carry those marks, so they are called as Jinja2 would.
    """

    def call(__self, __obj, *args, **kwargs):  # noqa: N805 (Jinja2's signature)
        """Return __obj(*args, **kwargs), as Context.call would."""
        kind = type(__obj)
        if kind is BuiltinMethodType or kind is Fragments or (
                kind is MethodType and type(__obj.__self__) in PAGE_TYPES):
            kwargs.pop("_block_vars", None)
            kwargs.pop("_loop_vars", None)
            return __obj(*args, **kwargs)
        return super().call(__obj, *args, **kwargs)


# markupsafe's escaping of a str, in C; markupsafe.escape then wraps it in a Markup,
# a Python call that took most of its time.
_escape_str = getattr(markupsafe, "_escape_inner", None) or (lambda text: str(markupsafe.escape(text)))


def escape_output(value) -> str:
    """Return what `{{ value }}` writes under autoescape: markupsafe.escape's text, as a plain str for a str.

    Template output is only joined (and made Markup where a block or macro keeps
    it), so it need not be Markup itself; a page writes about ninety values.
    """
    if type(value) is str:
        return _escape_str(value)
    return markupsafe.escape(value)


class EscapeOutput(jinja2.compiler.CodeGenerator):
    """Compiles `{{ … }}` under autoescape to environment.escape_output(…) rather than markupsafe.escape(…)."""

    def _output_child_pre(self, node, frame, finalize) -> None:
        """Open the call that escapes one output value (Jinja2 3.1's hook; tests/test_render.py checks it is used)."""
        if frame.eval_ctx.autoescape and not frame.eval_ctx.volatile:
            self.write("environment.escape_output(")
            if finalize.src is not None:
                self.write(finalize.src)
            return
        super()._output_child_pre(node, frame, finalize)


class CompiledTemplates(jinja2.FileSystemBytecodeCache):
    """Compiled templates kept between builds, keyed by their name, source and the code EscapeOutput writes."""

    WRITES = "escape_output 1"  # change when EscapeOutput writes other code: templates compiled before are not reused

    def get_cache_key(self, name: str, filename: str | None = None) -> str:
        """Return the key of a template's compiled code."""
        return super().get_cache_key(f"{name}\0{self.WRITES}", filename)


def environment(template_dir: Path, compiled: Path | None = None) -> jinja2.Environment:
    """Return the Jinja2 environment: autoescape on, undefined names are errors.

    compiled is a folder that keeps compiled templates between builds (keyed by their source).
    """
    if compiled is not None:
        compiled.mkdir(parents=True, exist_ok=True)
    env = jinja2.Environment(
        bytecode_cache=CompiledTemplates(str(compiled)) if compiled is not None else None,
        loader=jinja2.FileSystemLoader(theme_folders(template_dir)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,  # one build never sees a template change; checking costs a stat per page
    )
    env.context_class = QuickCalls
    env.code_generator_class = EscapeOutput
    env.escape_output = escape_output
    env.globals["fragment"] = Fragments(env)
    return env


def json_ld(data: dict) -> Markup:
    """Return JSON for a <script> block; '<', '>' and '&' are escaped so text cannot close it."""
    text = json.dumps(data, ensure_ascii=False, indent=None, sort_keys=False)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text)


def authors_ld(article: Article) -> list[dict]:
    """Return the JSON-LD authors: the reporters, else the outlet, else none."""
    if article.reporters:
        return [{"@type": "Person", "name": name} for name in article.reporters]
    return [{"@type": "Organization", "name": article.source}] if article.source else []


def article_json_ld(site: Site, article: Article) -> Markup:
    """Return the JSON-LD NewsArticle of an article."""
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "datePublished": article.date.isoformat(),
        "dateModified": article.modified.isoformat(),
        "author": authors_ld(article),
        "keywords": list(article.tags),
        "inLanguage": article.lang,
        "mainEntityOfPage": absolute(site.config.base_url, article.path),
        "description": article.summary,
    }
    if not data["author"]:
        del data["author"]
    if article.source:
        data["publisher"] = {"@type": "Organization", "name": article.source}
    if article.source_url:
        data["isBasedOn"] = article.source_url
    if article.lead_picture is not None:
        picture = article.lead_picture
        data["image"] = {"@type": "ImageObject", "url": absolute(site.config.base_url, picture.url),
                         "width": picture.width, "height": picture.height}
    return json_ld(data)


class Renderer:
    """Renders page specs with one Jinja2 environment; bodies come from the build cache."""

    def __init__(self, template_dir: Path, bodies: Callable[[str], str], compiled: Path | None = None):
        self.env = environment(template_dir, compiled)
        self.bodies = bodies

    def warm(self, name: str) -> None:
        """Load a template now (forked workers then share it); a broken one fails later, in render."""
        try:
            self.env.get_template(name)
        except jinja2.TemplateError:
            pass

    def render(self, spec) -> bytes:
        """Return the bytes of one planned page, or raise ContentError for a template error."""
        page, values = spec.context()
        if spec.body_of:
            body = self.bodies(spec.body_of)
            values = {**values, "body": Markup(spec.rewrite(body) if spec.rewrite is not None else body)}
        return render_template(self.env, spec.template, page, values)


def render_template(env: jinja2.Environment, name: str, page: PageContext, values: dict) -> bytes:
    """Return one rendered page's bytes, or raise ContentError for a template error."""
    return render_named(env, name, dict(page=page, site=page.site, config=page.site.config, **values)).encode("utf-8")


def render_named(env: jinja2.Environment, name: str, values: dict) -> str:
    """Return a template rendered with values, or raise ContentError naming it (a page's or a fragment's)."""
    try:
        return env.get_template(name).render(values)
    except jinja2.TemplateSyntaxError as exc:
        raise ContentError(f"templates/{exc.name or name}", exc.lineno, "template", exc.message or "syntax error") from None
    except (jinja2.UndefinedError, jinja2.TemplateError, TypeError, AttributeError, KeyError) as exc:
        raise ContentError(f"templates/{name}", 0, "template", str(exc) or exc.__class__.__name__) from None
