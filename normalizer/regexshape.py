"""What a regex can look at: :func:`confined` tells whether a match starting at a line start depends
on that line alone, read off the pattern's parse tree (``re``'s own parser)."""
from __future__ import annotations

import re

try:  # Python 3.11+
    from re import _constants as _c, _parser
except ImportError:  # pragma: no cover  (Python 3.10)
    import sre_constants as _c
    import sre_parse as _parser


def confined(pattern: re.Pattern) -> bool:
    """True when ``pattern`` (MULTILINE) matches no ``\\n``, not even in a look-ahead, and has no
    ``\\A``, ``\\Z``, look-behind, group reference or inline flags: whether it matches at a line
    start then depends only on that line (``^``, ``$`` and ``\\b`` see a line end and the ends of
    the text alike), and its match ends within the line."""
    if not isinstance(pattern.pattern, str) or not pattern.flags & re.MULTILINE:
        return False
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # (an internal parser: anything unexpected means no)
        return False
    return _items_confined(tree, bool(pattern.flags & re.DOTALL))


_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT} | ({_c.POSSESSIVE_REPEAT} if hasattr(_c, "POSSESSIVE_REPEAT") else set())
_NEWLINE_CATEGORIES = {_c.CATEGORY_SPACE, _c.CATEGORY_NOT_DIGIT, _c.CATEGORY_NOT_WORD, _c.CATEGORY_LINEBREAK}
_OTHER_CATEGORIES = {_c.CATEGORY_DIGIT, _c.CATEGORY_NOT_SPACE, _c.CATEGORY_WORD, _c.CATEGORY_NOT_LINEBREAK}
_SAFE_AT = {_c.AT_BEGINNING, _c.AT_END, _c.AT_BOUNDARY, _c.AT_NON_BOUNDARY}


def _items_confined(items, dotall: bool) -> bool:
    for op, av in items:
        if op is _c.LITERAL:
            ok = av != 10
        elif op is _c.NOT_LITERAL:
            ok = av == 10
        elif op is _c.ANY:
            ok = not dotall
        elif op is _c.IN:
            ok = _class_excludes_newline(av)
        elif op in _REPEATS:
            ok = _items_confined(av[2], dotall)
        elif op is _c.SUBPATTERN:
            ok = not av[1] and not av[2] and _items_confined(av[3], dotall)
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            ok = _items_confined(av, dotall)
        elif op is _c.BRANCH:
            ok = all(_items_confined(alt, dotall) for alt in av[1])
        elif op is _c.AT:
            ok = av in _SAFE_AT
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            ok = av[0] > 0 and _items_confined(av[1], dotall)  # look-aheads only
        else:  # group references, conditionals, anything else
            ok = False
        if not ok:
            return False
    return True


def _class_excludes_newline(items) -> bool:
    """Whether a character class (parsed) leaves out ``\\n``."""
    negate, has = False, False
    for op, av in items:
        if op is _c.NEGATE:
            negate = True
        elif op is _c.LITERAL:
            has = has or av == 10
        elif op is _c.RANGE:
            has = has or av[0] <= 10 <= av[1]
        elif op is _c.CATEGORY:
            if av in _NEWLINE_CATEGORIES:
                has = True
            elif av not in _OTHER_CATEGORIES:
                return False
        else:
            return False
    return has == negate
