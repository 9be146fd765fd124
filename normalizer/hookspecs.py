"""The hook contract: everything a normalizer plugin may implement.

A plugin is a module (or any object) with functions marked ``@hookimpl``::

    from normalizer import Edit, hookimpl

    @hookimpl
    def find_edits(document, options):
        return [Edit(line.start, line.stop, kind="advertisement", reason="ad marker")
                for line in document.lines if line.text.strip() == "Advertisement"]

Rules that hold for every hook:

* Call order never comes from pluggy. The core calls each plugin's
  implementation on its own, in the pipeline order (see ``plugin_info`` and
  ``[normalizer] order`` in ``config.toml``), and stamps the plugin's name on
  what it returns. A plugin's name is its module stem (``plugins/ads.py`` is
  ``ads``) or its entry-point name.
* An implementation may accept any subset of a hook's arguments, by name.
  Never give hookimpl arguments default values: pluggy ignores them.
* Plugins never change the text. They return :class:`normalizer.Edit` objects;
  the core validates them (a bad edit fails the document with the plugin's
  name), resolves overlaps, applies them and logs them.
* Plugins are pure per document: no state carried from one document to the
  next, so results do not depend on order or on the number of workers.
"""
from __future__ import annotations

import pluggy

hookspec = pluggy.HookspecMarker("normalizer")


@hookspec
def plugin_info():
    """Describe the plugin. Called once when the pipeline is built.

    Return a dict with any of:

    * ``"phase"``: where the plugin runs. DOM phases (for ``find_dom_edits``,
      HTML pages only): ``"markup"`` (scripts, hidden elements, form controls),
      ``"boilerplate"`` (navigation, headers, footers, ads, share bars ... by
      tag, role and class/id vocabulary), ``"content"`` (main-content
      selection). Text phases: ``"repair"`` (encoding and
      character fixes), ``"phrase"`` (marker and phrase rules), ``"site"``
      (site-specific rules, which see what the generic phrase rules left),
      ``"statistic"`` (classifiers that weigh the text around them), ``"tidy"``
      (whitespace). Default ``"phrase"``. Phases run in that order; within a
      phase the config's ``order`` list decides, then the name. Phrase rules
      run before statistical ones so that noise they catch cannot vouch for
      its neighbours. All DOM work happens before all text work: a ``"site"``
      plugin's ``find_dom_edits`` runs after main-content selection, its
      ``find_edits`` after the phrase plugins.
    * ``"modes"``: run only when these modes are on, e.g. ``["body_only"]``
      (``[normalizer] body_only = true`` or ``normalizer run --body-only``).
    * ``"kinds"``: the noise kinds the plugin removes, for ``normalizer plugins``.
    * ``"description"``: one line for ``normalizer plugins``.
    * ``"version"``: a version string (entry-point plugins get their
      distribution's version when they give none).
    """


@hookspec
def default_options():
    """Return the plugin's options and their defaults as a dict.

    The user's ``[plugins.<name>]`` table in ``config.toml`` is merged over
    these defaults. A key the defaults do not have, or a value of another type
    (an int is accepted for a float), is a config error naming the plugin and
    the key. ``enabled`` is reserved: every plugin has it.
    """


@hookspec
def applies_to(document, options):
    """Say whether the plugin should run on ``document`` (a :class:`normalizer.Document`).

    Site-specific plugins implement it: by site (``document.on_site("example.com")``,
    from the URL when the reader knows it) or, for dumps without URLs, by a
    content fingerprint (a marker line only that site prints). Return ``True``
    or ``False``; a plugin without this hook runs on every document.
    """


@hookspec
def corpus_keys(document, options):
    """Pass 1 of a two-pass run: return the keys to count for ``document``.

    Implement it to learn from the whole corpus, e.g. which lines recur
    across a site's documents (menus, footers). When any enabled plugin
    implements it, ``normalizer run`` first reads every input once and calls
    this hook on each document, with ``document.text`` equal to the original
    text (no plugin has run yet). Return an iterable of strings; the core
    counts, per plugin and per site (``document.site``, else the folder the
    input file sits in), in how many documents each distinct key occurs.
    Pass 2 then runs the pipeline as usual and hands the counts to this
    plugin's ``find_edits`` as its ``corpus`` argument.

    Keep keys a pure function of the document: the counts must not depend
    on document order or on how the corpus is split among workers
    (``Pipeline.count`` returns a ``normalizer.corpus.Counts``;
    ``Counts.merge`` combines shards). Memory is bounded by
    ``[normalizer] corpus_max_keys`` per plugin and site (hash-range sampling
    beyond it; see ``normalizer.corpus``). ``applies_to`` is honoured here too.
    """


@hookspec
def find_edits(document, options, corpus):
    """Return the edits this plugin proposes for ``document.text``.

    ``document.text`` is the text as cleaned by the plugins before this one,
    ``document.lines`` the same text split into :class:`normalizer.Line`
    tuples (start/end offsets, ``stop`` including the newline).
    ``document.original`` is the untouched input. ``options`` is the plugin's
    merged options dict. ``corpus`` is ``None`` unless the plugin implements
    ``corpus_keys`` and the run counted a corpus; then it is a
    ``normalizer.corpus.CorpusView`` for the document's site:
    ``corpus.documents`` (documents counted), ``corpus.count(key)`` (in how
    many of them ``key`` occurs, ``None`` if sampled out) and ``corpus.site``.
    A single ``normalize(text)`` call has no corpus: handle ``None``.

    Return an iterable of :class:`normalizer.Edit` with offsets into
    ``document.text`` (or ``None``). Give each a ``kind``, a short ``reason``
    a reviewer can understand, and a stable ``rule`` id. Overlapping edits are
    resolved by the core (the earliest start wins, then the longest).
    """


@hookspec
def find_dom_edits(document, dom, options):
    """Return the elements to remove from an HTML page (called for HTML documents only).

    Runs in the DOM stage, before any ``find_edits``. ``dom`` (also
    ``document.dom``) is a :class:`normalizer.dom.Dom`: ``dom.root`` /
    ``dom.body`` are lxml elements of the page *as left by the DOM plugins
    before this one*; ``dom.text(el)``, ``dom.text_length(el)`` and
    ``dom.link_length(el)`` measure the text still inside an element without
    walking it; ``dom.chunks(el)`` lists its text runs with their block element;
    ``dom.select("css")`` runs a CSS selector; ``dom.soup()`` gives a
    BeautifulSoup view (built on first use) whose tags can be returned too;
    ``dom.meta("og:title")`` reads ``<meta>``; ``dom.memo`` is a per-page cache
    plugins may share. The tree is parsed once with lxml for speed: walk it few
    times, and prefer ``root.iter(tags)`` and XPath to Python recursion.

    Return an iterable (or None) of:

    * ``normalizer.dom.Remove(element, kind=..., reason=..., rule=...)`` — the
      element and all its text go;
    * ``normalizer.dom.KeepOnly((element, ...), kind=..., reason=..., rule=...)``
      — everything outside these elements goes (main-content selection);
    * ``normalizer.dom.Flag(name, detail)`` — the document is flagged in the
      summary (``not_article`` for section fronts, index pages, galleries).

    Do not modify the tree yourself. The core turns removals into edits of the
    page text (``document.original`` is the whole page rendered as text),
    attributed to the plugin with the kind, reason and rule given, so diffs and
    edit logs of HTML pages read like those of text dumps, and detaches the
    elements so later plugins do not see them.
    """


@hookspec
def configure(options, plugins_dirs):
    """Prepare the plugin for one pipeline. Called once, when the pipeline is built.

    ``options`` is the plugin's merged options dict (as ``find_edits`` will
    get it); ``plugins_dirs`` lists every plugins directory the pipeline loaded
    from (:class:`pathlib.Path`, the built-in one first, then config and
    ``--plugins-dir`` folders), for plugins that read data files kept there.

    Validate options and load or compile what the plugin needs (rule files,
    patterns, models) here, not per document. Raise ``ValueError`` (or
    :class:`normalizer.config.ConfigError`) with a message that names the
    file, the rule and the fix: the pipeline is not built and the command
    line exits with status 2.

    Return ``None`` or a dict of derived values; its items are added to the
    ``options`` the per-document hooks receive. Their keys must start with
    ``_`` (``{"_rules": compiled}``) so they cannot clash with user options.
    Only active plugins are configured: a disabled one is never called.
    """


@hookspec
def find_metadata(document, dom, options):
    """Return facts about the article: its headline, authors, dates, language, site.

    Called once per document, at the plugin's place in the run, *before* the
    plugin's own ``find_edits``/``find_dom_edits``, so it sees what it is about
    to remove. On HTML pages a DOM plugin (a DOM phase, or a
    ``find_dom_edits``) is called in the DOM stage and sees the tree as the
    DOM plugins before it left it (``document.dom``); every other plugin, and
    every plugin on a text document, is called in the text stage and sees
    ``document.text`` as cleaned so far (a ``tidy`` plugin sees the clean
    text). ``dom`` is ``document.dom`` (None for text documents). Unlike
    the edit hooks it runs whatever the modes (a plugin of mode ``body_only``
    reports the headline it would remove in every run), and it honours
    ``applies_to`` (a site plugin names its site only for its pages).
    ``document.facts`` holds what earlier plugins found: ``facts.get(name)``
    (the best so far), ``facts.all(name)`` (every candidate, best first).

    Return an iterable (or None) of :class:`normalizer.Fact`::

        Fact("authors", ["Max Muster"], source="text line 3", confidence=0.6,
             evidence="Von Max Muster, Berlin")

    * ``name``: ``"headline"``, ``"authors"`` (a list of names),
      ``"published"`` / ``"modified"`` (ISO 8601: ``2026-11-23`` or
      ``2026-11-23T09:30:00+01:00``), ``"language"`` (ISO 639-1, lower case),
      ``"site"`` (host name, lower case, no ``www.``), ``"site_name"``, or a
      name of your own. The core rejects a well-known fact whose value has
      the wrong form (the document fails, naming the plugin).
    * ``source``: where it was read, for the reader of the sidecar:
      ``"json-ld NewsArticle.author"``, ``"meta property=og:title"``,
      ``"<time datetime>"``, ``"text line 3"``, ``"url"``.
    * ``confidence`` (0..1): of several facts of one name the highest wins,
      then the first found. Structured data the page states for the article
      (JSON-LD, ``<meta>``) is about 0.7-0.9, a heuristic text line 0.5.
    * ``evidence``: the raw text, when the value was cleaned up from it.

    State only what the document says: a fact that is not found is absent,
    never guessed. The chosen facts are written to ``OUT/meta/<key>.json``
    with their source and plugin, and counted in the run summary.
    """
