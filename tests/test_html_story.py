"""A saved news page is read as its story: menus, banners, side columns,
related links and footers are the page's furniture, not the report's
(``store.formats._story``). The pages here are written for these tests."""

from __future__ import annotations

from store.extract import extract
from store.formats import html_to_text

STORY = (
    "<p>DURBAN – Officers of the South African Police Service seized 1.2 tonnes of cocaine and arrested four "
    "men in Operation Shore Lock at the port on Tuesday, police said.</p>"
    "<p>The drugs were hidden in a container of bananas shipped from Guayaquil, Ecuador.</p>"
    "<p>Colonel Thandiwe Mokoena said the four would appear in the Durban Magistrate's Court on Friday.</p>"
)
PAGE = (
    "<!doctype html><html><head><title>Police seize 1.2 tonnes of cocaine in Durban | The Daily Courier</title>"
    '<script>var trending = "Operation Fake Trend";</script></head><body>'
    '<header class="masthead"><a href="/">The Daily Courier</a><nav><ul><li>Home</li><li>News</li>'
    "<li>Sport</li><li>Business</li></ul></nav></header>"
    '<div class="consent" aria-hidden="true">We use cookies. Accept all</div>'
    "<main><article><header><h1>Police seize 1.2 tonnes of cocaine in Durban</h1>"
    '<p class="byline">By Sipho Ndlovu</p></header>' + STORY + '<aside class="related"><h3>Related</h3><ul>'
    "<li><a href=/a>Customs seize 300kg of heroin in Mombasa port raid</a></li><li><a href=/b>14 arrested in "
    'Operation Night Harbour</a></li></ul></aside><footer>Share: <a href="#f">Facebook</a> <a href="#t">Twitter</a> '
    '<a href="#w">WhatsApp</a></footer></article></main>'
    '<aside class="sidebar"><h3>Most read</h3><ol><li>Five held over R2 million cash-in-transit heist</li>'
    "</ol></aside><footer><p>© 2026 Courier Media Group. All rights reserved.</p><nav>Privacy Terms</nav>"
    "</footer></body></html>"
)


def test_a_news_page_is_read_as_its_story_under_its_headline() -> None:
    text = html_to_text(PAGE)
    lines = text.split("\n\n")
    assert lines[0] == "Police seize 1.2 tonnes of cocaine in Durban"  # the story's headline, not the site's title
    assert "Operation Shore Lock" in text and "Magistrate's Court on Friday" in text
    for furniture in ("Home", "Most read", "Related", "300kg", "Night Harbour", "Courier Media", "cookies", "Share"):
        assert furniture not in text, furniture


def test_what_the_analyst_reads_from_a_saved_page_is_the_storys() -> None:
    result = extract(html_to_text(PAGE))
    names = {e.name for e in result.entities}
    assert {"Shore Lock", "South African Police Service", "Durban", "Thandiwe Mokoena"} <= names
    assert not names & {"Night Harbour", "Mombasa", "Courier Media Group", "Daily Courier", "Facebook"}
    assert sorted((f.metric, f.value) for f in result.figures) == [("arrests", 4.0), ("seized", 1.2)]


def test_a_page_inside_one_form_and_a_page_of_several_articles_are_read_whole() -> None:
    # (some sites wrap their whole body in one <form>: it is no furniture then)
    formed = "<html><body><form><nav>Home News</nav>" + STORY + "</form></body></html>"
    text = html_to_text(formed)
    assert "Operation Shore Lock" in text and "Home News" not in text
    listing = (
        "<html><head><title>Latest news</title></head><body><nav>Home News</nav>"
        "<article><p>Police in Lagos arrested 14 men.</p></article>"
        "<article><p>Customs in Mombasa seized 300kg of heroin.</p></article></body></html>"
    )
    assert html_to_text(listing).split("\n\n") == [
        "Latest news",
        "Police in Lagos arrested 14 men.",
        "Customs in Mombasa seized 300kg of heroin.",
    ]


def test_a_short_marked_part_of_a_long_page_is_not_taken_for_its_story() -> None:
    page = "<html><body><main><p>Subscribe</p></main><div>" + STORY + "</div></body></html>"
    text = html_to_text(page)
    assert "Subscribe" in text and "Operation Shore Lock" in text


def test_a_title_is_the_headline_whatever_side_the_sites_name_stands() -> None:
    headline = "Police raid four warehouses in Lyon and seize 300 kg of cocaine"
    for title in (f"{headline} - Le Courrier", f"Le Courrier | {headline}", headline):
        page = f"<html><head><title>{title}</title></head><body><p>NEWS</p><h1>{headline}</h1><p>Body.</p></body>"
        assert html_to_text(page).split("\n\n") == [headline, "NEWS", "Body."]
    # a logo's or a kicker's few words that the title also holds are no headline
    page = f"<html><head><title>SAPS - {headline}</title></head><body><p>SAPS</p><p>Body.</p></body>"
    assert html_to_text(page).split("\n\n")[0] == f"SAPS - {headline}"
    # a line that is only part of the title ("Lyon") is no headline: the title leads
    page = "<html><head><title>Police raid in Lyon</title></head><body><p>Lyon</p><p>Body.</p></body></html>"
    assert html_to_text(page).split("\n\n") == ["Police raid in Lyon", "Lyon", "Body."]


MENU = "<nav><ul>" + "".join(f'<li><a href="/s{i}">Menu section {i}</a></li>' for i in range(120)) + "</ul></nav>"


def test_a_big_menu_neither_keeps_itself_nor_costs_the_story() -> None:
    # (a menu larger than the story is still a menu; a story inside an ASP.NET-style form is still the story)
    in_form = f"<html><body>{MENU}<form id=aspnetForm><div id=content>{STORY}</div></form><footer>© 2026</footer>"
    marked = f"<html><body>{MENU}<main><h1>Police seize 1.2 tonnes of cocaine</h1>{STORY}</main><footer>x</footer>"
    for page in (in_form, marked):
        text = html_to_text(page)
        assert "Operation Shore Lock" in text and "Thandiwe Mokoena" in text
        assert "Menu section" not in text and "© 2026" not in text


def test_what_belongs_to_the_story_stays_a_headline_and_date_a_fact_box_its_footer() -> None:
    page = (
        "<html><body><header><h1>Police seize 1.2 tonnes of cocaine in Durban</h1><time>14 May 2026</time>"
        f"</header><div class=content>{STORY}</div></body></html>"
    )
    text = html_to_text(page)
    assert text.startswith("Police seize 1.2 tonnes of cocaine in Durban") and "14 May 2026" in text
    assert extract(text).published == "2026-05-14"
    page = (
        f"<html><body><article><h1>Police seize cocaine</h1>{STORY}"
        "<aside class=factbox><p>So far this year the unit has seized 9.4 tonnes of drugs and made 212 arrests.</p>"
        "</aside><footer><p>Issued by Brigadier Jay Naidoo, provincial police spokesperson.</p></footer>"
        "</article></body></html>"
    )
    text = html_to_text(page)
    assert "9.4 tonnes" in text and "Brigadier Jay Naidoo" in text


def test_a_page_of_thousands_of_nested_or_furniture_elements_reads_in_linear_time() -> None:
    import time

    for page in (
        "<html><body>" + "<div>" * 500 + "<header><p>x</p></header>" * 100_000 + "</div>" * 500 + "</body></html>",
        "<html><body>" + "<div>" * 500 + "<nav>menu</nav><p>Police arrested four men.</p>" * 50_000 + "</body></html>",
        "<html><body>" + "<aside>" * 400 + "<p>" + "Police arrested four men. " * 40_000 + "</p></body></html>",
    ):
        start = time.process_time()
        html_to_text(page)
        elapsed = time.process_time() - start
        assert elapsed < 10, f"{len(page)} bytes: {elapsed:.1f} s"  # (a bound against blow-ups, not a target)


def test_a_page_that_sets_no_paragraphs_keeps_its_story_inside_a_form() -> None:
    # (text in <div>s, the whole body in one form: measured by all its text, the form is the page)
    story = STORY.replace("<p>", "<div>").replace("</p>", "</div>")
    page = f"<html><body><nav>Home News</nav><form id=aspnetForm>{story}</form><footer>© 2026</footer></body></html>"
    text = html_to_text(page)
    assert "Operation Shore Lock" in text and "Thandiwe Mokoena" in text
    assert "Home News" not in text and "© 2026" not in text


def test_the_article_that_holds_the_story_is_read_beside_related_cards_and_its_comments() -> None:
    cards = "".join(
        f"<article class=card><h3><a href=/r{i}>Customs seize {i}00kg of heroin in raid {i}</a></h3></article>"
        for i in range(1, 4)
    )
    comments = "<section class=comments><article><p>Well done, officers!</p></article></section>"
    page = f"<html><body><article><h1>Police seize cocaine</h1>{STORY}{comments}</article>{cards}</body></html>"
    text = html_to_text(page)
    assert "Operation Shore Lock" in text and "Customs seize" not in text
    listing = "<html><body>" + "".join(f"<article>{STORY}</article>" for _ in range(3)) + "</body></html>"
    assert html_to_text(listing).count("Operation Shore Lock") == 3  # a list of stories is read whole
