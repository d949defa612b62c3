"""month_title: a month as the page and panel titles show it, in the locale's words."""

from __future__ import annotations

from datetime import date

from lingassist.services.formatting import date_text


def month_title(first_day: date, locale: str) -> str:
    """ "November 2026" / "Novembre 2026" / "Tháng 11 2026": the month standing alone,
    with its year, capitalized as a title."""
    month = date_text(first_day, locale, style="LLLL y")
    return month[:1].upper() + month[1:]
