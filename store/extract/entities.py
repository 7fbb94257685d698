"""Rule-based recognition of PERSON, ORG, LOCATION and OPERATION mentions.

The rules follow how press releases write names: capitalised chains with
connectors ("Commission on Narcotic Drugs"), agency head words, acronyms
defined in parentheses, places from offline gazetteers, people by their
titles and speech verbs, operations by their keyword and numeral shape.
One module per entity type, and one for resolving their overlaps:

- ``tokens``: words and capitalised chains every recogniser reads;
- ``places``, ``operations``, ``organisations``, ``people``: candidates;
- ``resolution``: the precedence table that picks among overlapping
  candidates, and propagation of names to their later mentions.
"""

from __future__ import annotations

from .resolution import PRECEDENCE, find_entities
from .tokens import LOCATION, OPERATION, ORG, PERSON, Span, Token, tokenize

__all__ = ["Span", "find_entities", "PRECEDENCE", "Token", "tokenize", "PERSON", "ORG", "LOCATION", "OPERATION"]
