"""Render stage: the site model in, (output path, bytes) pairs out; no I/O besides reading templates."""

from __future__ import annotations

import json
from urllib.parse import quote
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import jinja2
from markupsafe import Markup

from . import i18n
from .errors import ContentError
from .model import Article, Facet
from .site import Listing, Site, paginate
from .urls import absolute, output_file, relative

Page = tuple[str, bytes]


@dataclass(frozen=True)
class PageContext:
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
            return self.root + quote(output_file(target))
        return relative(self.path, target)

    def absolute(self, target: str | None = None) -> str:
        """Return the public URL of a site path (this page when omitted)."""
        return absolute(self.site.config.base_url, self.path if target is None else target)

    def t(self, key: str, **values) -> str:
        """Return a UI string in this page's language."""
        return i18n.text(self.lang, key, **values)

    def date(self, moment: datetime) -> str:
        """Return a date as readers expect in this page's language."""
        return i18n.long_date(moment, self.lang)

    def month(self, key: str) -> str:
        """Return the name of a year or month key in this page's language."""
        return i18n.month_name(key, self.lang)

    @property
    def html_lang(self) -> str:
        """Return the value of <html lang>."""
        return self.lang


def environment(template_dir: Path) -> jinja2.Environment:
    """Return the Jinja2 environment: autoescape on, undefined names are errors."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(template_dir),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def json_ld(data: dict) -> Markup:
    """Return JSON for a <script> block; '<', '>' and '&' are escaped so text cannot close it."""
    text = json.dumps(data, ensure_ascii=False, indent=None, sort_keys=False)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text)


def article_json_ld(site: Site, article: Article) -> Markup:
    """Return the JSON-LD NewsArticle of an article."""
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "datePublished": article.date.isoformat(),
        "dateModified": article.modified.isoformat(),
        "author": [{"@type": "Person", "name": name} for name in article.reporters],
        "keywords": list(article.tags),
        "inLanguage": article.lang,
        "mainEntityOfPage": absolute(site.config.base_url, article.path),
        "description": article.summary,
    }
    if article.source:
        data["publisher"] = {"@type": "Organization", "name": article.source}
    if article.source_url:
        data["isBasedOn"] = article.source_url
    return json_ld(data)


def render_template(env: jinja2.Environment, name: str, page: PageContext, **values) -> Page:
    """Return one rendered page as (output path, bytes), or raise ContentError for a template error."""
    try:
        html = env.get_template(name).render(page=page, site=page.site, config=page.site.config, **values)
    except jinja2.TemplateSyntaxError as exc:
        raise ContentError(f"templates/{exc.name or name}", exc.lineno, "template", exc.message or "syntax error") from None
    except (jinja2.UndefinedError, jinja2.TemplateError, TypeError, AttributeError) as exc:
        raise ContentError(f"templates/{name}", 0, "template", str(exc)) from None
    return output_file(page.path), html.encode("utf-8")


def breadcrumbs_of(site: Site, article: Article) -> tuple[tuple[str, str], ...]:
    """Return archive › year › month crumbs for an article."""
    lang = article.lang
    year, month = f"{article.date:%Y}", f"{article.date:%Y/%m}"
    return (("archive/", i18n.text(lang, "archive")), (f"{year}/", i18n.month_name(year, lang)),
            (f"{month}/", i18n.month_name(month, lang)))


def article_page(env: jinja2.Environment, site: Site, article: Article) -> Page:
    """Return the page of one article."""
    page = PageContext(site, article.path, article.lang, article.title, article.summary, "article",
                       breadcrumbs=breadcrumbs_of(site, article))
    return render_template(
        env, "article.html", page, article=article,
        tags=site.tags_of[article.path], reporters=site.reporters_of[article.path],
        newer=site.newer.get(article.path), older=site.older.get(article.path),
        related=site.related[article.path], json_ld=article_json_ld(site, article),
    )


def listing_pages(env: jinja2.Environment, site: Site, base: str, title: str, kind: str,
                  articles: tuple[Article, ...], facet: Facet | None = None,
                  feed_path: str = "feed.xml", crumbs: tuple = ()) -> list[Page]:
    """Return every page of a paginated article list."""
    lang = site.config.language
    pages = []
    for listing in paginate(base, articles, site.config.page_size):
        shown = title if listing.number == 1 else f"{title} ({i18n.text(lang, 'page_of', n=listing.number, total=listing.total)})"
        page = PageContext(site, listing.path, lang, shown, site.config.description, kind,
                           feed_path=feed_path, breadcrumbs=crumbs)
        pages.append(render_template(env, "listing.html", page, listing=listing, facet=facet, heading=title))
    return pages


def facet_listings(env: jinja2.Environment, site: Site) -> list[Page]:
    """Return the listing pages of every tag, reporter, year and month."""
    lang = site.config.language
    pages = []
    for tag in site.tags:
        pages += listing_pages(env, site, tag.path, i18n.text(lang, "tag_title", name=tag.name), "tag",
                               tag.articles, tag, f"{tag.path}feed.xml", (("tags/", i18n.text(lang, "tags")),))
    for reporter in site.reporters:
        pages += listing_pages(env, site, reporter.path, i18n.text(lang, "reporter_title", name=reporter.name),
                               "reporter", reporter.articles, reporter,
                               crumbs=(("reporters/", i18n.text(lang, "reporters")),))
    for period in site.years + site.months:
        crumbs = (("archive/", i18n.text(lang, "archive")),)
        if period.kind == "month":
            year = period.key[:4]
            crumbs += ((f"{year}/", i18n.month_name(year, lang)),)
        pages += listing_pages(env, site, period.path, i18n.month_name(period.key, lang), period.kind,
                               period.articles, period, crumbs=crumbs)
    return pages


def index_pages(env: jinja2.Environment, site: Site) -> list[Page]:
    """Return the tag index, reporter index, archive index and 404 page."""
    lang = site.config.language
    pages = []
    for path, key, facets in (("tags/", "tags", site.tags), ("reporters/", "reporters", site.reporters)):
        page = PageContext(site, path, lang, i18n.text(lang, key), site.config.description, key)
        pages.append(render_template(env, "facets.html", page, facets=facets))
    page = PageContext(site, "archive/", lang, i18n.text(lang, "archive"), site.config.description, "archive")
    pages.append(render_template(env, "archive.html", page))
    page = PageContext(site, "404.html", lang, i18n.text(lang, "not_found"), "", "404",
                       root=site.config.base_path)
    pages.append(render_template(env, "404.html", page))
    return pages


def render_pages(site: Site, template_dir: Path) -> list[Page]:
    """Return every HTML page of the site."""
    env = environment(template_dir)
    pages = [article_page(env, site, article) for article in site.articles]
    pages += listing_pages(env, site, "", site.config.title, "home", site.articles)
    pages += facet_listings(env, site)
    pages += index_pages(env, site)
    return pages
