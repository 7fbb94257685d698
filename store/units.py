"""The measures a figure is stored in, and how values in them compare.

The extractor stores masses and volumes in the guide's units, except pounds and ounces, which stay as written
(``store/extract/words/figure_units.txt``); the summaries and the comparison of a rounded figure with a precise one
bring each to one base unit with these factors."""

from __future__ import annotations

#: Mass units, each with its factor to kilograms.
MASS_KG = {"kg": 1.0, "tonnes": 1000.0, "lb": 0.45359237, "oz": 0.028349523125}
#: Volume units, each with its factor to litres.
VOLUME_LITRES = {"litres": 1.0, "m3": 1000.0}
