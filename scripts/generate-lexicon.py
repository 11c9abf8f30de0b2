#!/usr/bin/env python3
"""Generate Sources/ActorGraphExtraction/Resources/world.tsv (the states).

Run once by a developer when the country data should be refreshed, not at
build time:

    python3 -m venv /tmp/lexvenv
    /tmp/lexvenv/bin/pip install -r scripts/requirements-lexicon.txt
    /tmp/lexvenv/bin/python scripts/generate-lexicon.py
    python3 scripts/check-lexicon.py

Sources (see also Resources/LEXICON.md):
  * pycountry (LGPL-2.1-only): ISO 3166-1 alpha-3 codes, ISO short names,
    official names and common names.
  * countryinfo (MIT): English display names, demonyms (adjective form),
    capitals and alternative spellings.
  * The OVERRIDES table below (hand-written, part of ActorGraph): news usage
    where the package data is wrong, outdated or missing.

The set of states is the 193 UN members, the UN observer and partially
recognised states and the former states listed in scripts/check-lexicon.py
(one list for both).
"""
import importlib.util
import os
import re
import sys
import unicodedata
from importlib.metadata import version

import pycountry
from countryinfo import CountryInfo

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "Sources", "ActorGraphExtraction", "Resources", "world.tsv")

_spec = importlib.util.spec_from_file_location("check_lexicon", os.path.join(HERE, "check-lexicon.py"))
check = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check)

# ---------------------------------------------------------------------------
# Overrides for news usage. Keys per state (ISO alpha-3):
#   name      canonical display name as English news uses it
#   aliases+  extra aliases (appended);  aliases-  aliases to drop
#   demonyms  full replacement of the demonym list (adjective, plural, ...)
#   metonyms  full replacement of the metonym list (capital, seats of power)
# Forms that must never appear anywhere are in check.FORBIDDEN_FORMS.
# Seats of power get both "the X" and bare "X" where news also uses them bare
# ("Kremlin spokesman", "White House officials", "Pentagon officials").
# ---------------------------------------------------------------------------
# Seats of power in their state's capital, after the capital in the metonym list: "Malacanang
# said …" is the Philippine presidency, and "talks at the Casa Rosada" are held in Buenos Aires
# (a metonym written with "the" is a seat: its venue is the capital). Only palaces and offices
# that name one government, and only those in the capital (not "Mar-a-Lago", "Chequers").
SEATS = {
    "ARG": ["the Casa Rosada", "Casa Rosada"],
    "BRA": ["the Planalto Palace", "Planalto Palace", "the Planalto"],
    "CHN": ["Zhongnanhai", "the Zhongnanhai"],
    "DEU": ["the Bellevue Palace", "Bellevue Palace", "Schloss Bellevue", "the Schloss Bellevue"],
    "EGY": ["the Ittihadiya Palace", "Ittihadiya Palace"],
    "FRA": ["the Elysee Palace", "Elysee Palace", "the Élysée Palace", "Élysée Palace"],
    "IDN": ["the Merdeka Palace", "Merdeka Palace"],
    "IND": ["Hyderabad House", "the Hyderabad House", "Rashtrapati Bhavan", "the Rashtrapati Bhavan"],
    "JPN": ["the Kantei", "Kantei", "the Akasaka Palace", "Akasaka Palace"],
    "KAZ": ["the Akorda", "Akorda"],
    "KOR": ["the Blue House"],
    "NGA": ["Aso Rock", "the Aso Rock", "the Aso Villa", "Aso Villa"],
    "PHL": ["Malacanang", "the Malacanang", "Malacañang", "the Malacañang", "Malacanang Palace",
            "the Malacanang Palace", "Malacañang Palace", "the Malacañang Palace"],
    "VEN": ["the Miraflores Palace", "Miraflores Palace"],
    "ZAF": ["the Union Buildings", "Union Buildings"],
}

# The building's noun of a seat, which news also writes in lower case ("drove to the Miraflores
# palace").
SEAT_NOUNS = ("Palace", "Villa")


def seat_forms(forms):
    """Each seat's forms, and each again with its building's noun in lower case."""
    out = []
    for f in forms:
        out.append(f)
        head, _, last = f.rpartition(" ")
        if head and head != "the" and last in SEAT_NOUNS:
            out.append(f"{head} {last.lower()}")
    return uniq(out)


OVERRIDES = {
    # --- the great powers and the most newsworthy states -----------------
    "USA": {"name": "United States",
            "demonyms": ["American", "Americans"],
            "metonyms": ["Washington", "the White House", "White House", "the Pentagon", "Pentagon",
                         "the State Department", "State Department"],
            # Agencies act for their state, like Iran's IRGC below.
            "aliases+": ["U.S.", "US", "USA", "U.S.A.", "America", "United States of America", "CIA"]},
    "GBR": {"name": "United Kingdom",
            "aliases+": ["UK", "U.K.", "Britain", "Great Britain"],
            "demonyms": ["British", "Britons"],
            # "the Northern Ireland Secretary" is a British minister, not Ireland's.
            "metonyms": ["London", "Downing Street", "Whitehall", "Northern Ireland"]},
    "RUS": {"name": "Russia", "metonyms": ["Moscow", "the Kremlin", "Kremlin"]},
    "CHN": {"aliases+": ["People's Republic of China", "PRC"], "metonyms": ["Beijing", "Peking"]},
    "FRA": {"metonyms": ["Paris", "the Elysee", "the Élysée", "the Quai d'Orsay"]},
    # Seats of government named for the government ("met at the Farnesina", "Palazzo Chigi said").
    "ITA": {"metonyms": ["Rome", "the Farnesina", "Palazzo Chigi"]},
    "DEU": {"demonyms": ["German", "Germans"]},
    "IRN": {"name": "Iran",
            "aliases+": ["the Islamic Republic", "Islamic Revolutionary Guard Corps", "IRGC",
                         "Revolutionary Guards", "Revolutionary Guard", "Quds Force", "Basij"],
            "metonyms": ["Tehran", "Teheran"]},
    "SYR": {"name": "Syria", "aliases+": ["Syrian Arab Army"]},
    "TUR": {"name": "Turkey",
            "aliases+": ["Türkiye", "Turkiye", "Republic of Türkiye", "Republic of Turkey"],
            "demonyms": ["Turkish", "Turks"]},
    "SAU": {"aliases+": ["KSA"],
            "demonyms": ["Saudi", "Saudis", "Saudi Arabian", "Saudi Arabians"]},
    "ARE": {"aliases+": ["UAE", "U.A.E."], "demonyms": ["Emirati", "Emiratis"]},
    "ISR": {"aliases+": ["Israel Defense Forces", "Israel Defence Forces", "IDF", "Mossad", "Shin Bet"],
            "metonyms": ["Jerusalem"]},
    "PSE": {"name": "Palestine",
            "aliases+": ["State of Palestine", "Palestinian Authority"],
            "demonyms": ["Palestinian", "Palestinians"],
            "metonyms": ["Ramallah"]},
    "KOR": {"name": "South Korea", "aliases+": ["Republic of Korea", "ROK"],
            "demonyms": ["South Korean", "South Koreans"]},
    "PRK": {"name": "North Korea", "aliases+": ["DPRK"],
            "demonyms": ["North Korean", "North Koreans"]},
    "UKR": {"metonyms": ["Kyiv", "Kiev"]},
    "TWN": {"name": "Taiwan", "aliases-": ["Republic of China"], "metonyms": ["Taipei"]},
    "IND": {"metonyms": ["New Delhi", "Delhi"]},
    "SDN": {"aliases+": ["Sudanese Armed Forces"]},
    "YEM": {"metonyms": ["Sanaa", "Sana'a"]},
    # --- names: news usage differs from the package -----------------------
    "MMR": {"name": "Myanmar", "aliases+": ["Burma", "Tatmadaw"],
            "metonyms": ["Naypyidaw", "Naypyitaw", "Nay Pyi Taw"]},
    "SWZ": {"name": "Eswatini", "aliases+": ["Swaziland"], "demonyms": ["Swazi", "Swazis"],
            "metonyms": ["Mbabane", "Lobamba"]},
    "MKD": {"name": "North Macedonia", "aliases+": ["Macedonia"],
            "demonyms": ["North Macedonian", "North Macedonians", "Macedonian", "Macedonians"]},
    "CZE": {"name": "Czech Republic", "aliases+": ["Czechia"], "demonyms": ["Czech", "Czechs"]},
    "NLD": {"name": "Netherlands", "aliases+": ["Holland"], "demonyms": ["Dutch"],
            "metonyms": ["Amsterdam"]},  # not The Hague: it stands for the ICC/ICJ in news
    "LAO": {"name": "Laos", "aliases+": ["Lao PDR"], "demonyms": ["Lao", "Laotian", "Laotians"]},
    "VNM": {"name": "Vietnam"},
    "COD": {"name": "Democratic Republic of the Congo",
            # "Congo" alone is this Congo in the wires' style (Reuters, AP and AFP write "Congo"
            # for it and "Republic of Congo" or "Congo Republic" for the other, whose longer
            # names win the match).
            "aliases+": ["Congo", "DR Congo", "DRC", "D.R. Congo", "Democratic Republic of Congo",
                         "Congo-Kinshasa", "FARDC",
                         # "Congolese army", "Congolese forces" as the state's own forces.
                         "Congolese army", "Congolese armed forces", "Congolese troops",
                         "Congolese forces", "Congolese military", "Congolese government"],
            # "Congolese" could name either Congo, but in conflict and diplomacy news since 1960
            # ("Congolese rebels", "the Congolese president") it is the larger one's.
            "demonyms": ["Congolese"],
            # (Leopoldville until 1966.)
            "metonyms": ["Kinshasa", "Leopoldville", "Léopoldville"]},
    # (Tananarive, as French and English wrote it until 1975.)
    "MDG": {"metonyms": ["Antananarivo", "Tananarive"]},
    "COG": {"name": "Republic of the Congo",
            "aliases+": ["Republic of Congo", "Congo Republic", "Congo-Brazzaville"], "aliases-": ["Congo"], "demonyms": []},
    "CIV": {"name": "Ivory Coast", "aliases+": ["Côte d'Ivoire", "Cote d'Ivoire"],
            "metonyms": ["Abidjan", "Yamoussoukro"]},
    "TLS": {"name": "East Timor", "aliases+": ["Timor-Leste"],
            "demonyms": ["East Timorese", "Timorese"]},
    "CPV": {"name": "Cape Verde", "aliases+": ["Cabo Verde"],
            "demonyms": ["Cape Verdean", "Cape Verdeans"]},
    "BIH": {"aliases+": ["Bosnia", "Bosnia-Herzegovina"], "demonyms": ["Bosnian", "Bosnians"]},
    "STP": {"name": "São Tomé and Príncipe", "aliases+": ["Sao Tome and Principe"],
            "demonyms": ["Santomean", "Santomeans"]},
    "FSM": {"name": "Micronesia", "aliases+": ["Federated States of Micronesia"]},
    "BRN": {"name": "Brunei", "aliases+": ["Brunei Darussalam"]},
    "GMB": {"name": "Gambia", "aliases+": ["The Gambia"]},
    "BHS": {"name": "Bahamas", "aliases+": ["The Bahamas"]},
    "VAT": {"name": "Holy See", "aliases+": ["Vatican City", "Vatican City State"],
            "demonyms": [], "metonyms": ["the Vatican", "Vatican"]},
    "KNA": {"aliases+": ["St Kitts and Nevis", "St. Kitts and Nevis"],
            "demonyms": ["Kittitian", "Kittitians", "Nevisian", "Nevisians"]},
    "LCA": {"aliases+": ["St Lucia", "St. Lucia"]},
    "VCT": {"aliases+": ["St Vincent and the Grenadines"]},
    "IRL": {"aliases+": ["Republic of Ireland"], "demonyms": ["Irish"]},
    "BOL": {"name": "Bolivia", "metonyms": ["La Paz", "Sucre"]},
    "VEN": {"name": "Venezuela"},
    "TZA": {"name": "Tanzania"},
    "MDA": {"name": "Moldova", "metonyms": ["Chișinău", "Chisinau"]},
    "KAZ": {"demonyms": ["Kazakh", "Kazakhs", "Kazakhstani", "Kazakhstanis"],
            "metonyms": ["Astana", "Nur-Sultan"]},
    # --- demonyms: wrong, missing or with irregular plurals -------------------
    "AFG": {"demonyms": ["Afghan", "Afghans"]},
    "ARG": {"demonyms": ["Argentine", "Argentines", "Argentinian", "Argentinians"]},
    "AZE": {"demonyms": ["Azerbaijani", "Azerbaijanis", "Azeri", "Azeris"]},
    "BFA": {"aliases+": ["Burkina"], "demonyms": ["Burkinabe", "Burkinabè"]},
    "BWA": {"demonyms": ["Botswanan", "Motswana", "Batswana"]},
    "CAF": {"demonyms": []},  # "Central African" is mostly the region in news
    "CHE": {"metonyms": ["Bern", "Berne"]},
    "COM": {"demonyms": ["Comorian", "Comorians"]},
    "DJI": {"demonyms": ["Djiboutian", "Djiboutians"]},
    "DMA": {"demonyms": []},  # "Dominican" means the Dominican Republic in news
    "DOM": {"demonyms": ["Dominican", "Dominicans"]},
    "DNK": {"demonyms": ["Danish", "Danes"]},
    "ECU": {"demonyms": ["Ecuadorian", "Ecuadorians", "Ecuadorean", "Ecuadoreans"]},
    "ESP": {"demonyms": ["Spanish", "Spaniards"]},
    "FIN": {"demonyms": ["Finnish", "Finns"]},
    "GNB": {"demonyms": ["Bissau-Guinean", "Bissau-Guineans"]},
    "GNQ": {"demonyms": ["Equatorial Guinean", "Equatorial Guineans", "Equatoguinean"]},
    "GRC": {"demonyms": ["Greek", "Greeks"]},
    "ISL": {"demonyms": ["Icelandic", "Icelanders"]},
    "KGZ": {"demonyms": ["Kyrgyz", "Kyrgyzstani"]},
    "LSO": {"demonyms": ["Basotho", "Mosotho"]},
    "LUX": {"demonyms": ["Luxembourgish", "Luxembourger", "Luxembourgers"]},
    "MDV": {"demonyms": ["Maldivian", "Maldivians"], "metonyms": ["Malé"]},
    "NPL": {"demonyms": ["Nepali", "Nepalis", "Nepalese"]},
    "NZL": {"demonyms": ["New Zealander", "New Zealanders"]},
    "PHL": {"demonyms": ["Filipino", "Filipinos", "Philippine"]},
    "POL": {"demonyms": ["Polish", "Poles"]},
    "SLV": {"demonyms": ["Salvadoran", "Salvadorans", "Salvadorean", "Salvadoreans"]},
    "SRB": {"demonyms": ["Serbian", "Serbians"]},  # "Serbs" is mostly the ethnic group
    "HRV": {"demonyms": ["Croatian", "Croatians"]},  # likewise "Croats"
    "SUR": {"demonyms": ["Surinamese"]},
    "SVN": {"demonyms": ["Slovenian", "Slovenians", "Slovene", "Slovenes"]},
    "SWE": {"demonyms": ["Swedish", "Swedes"]},
    "TJK": {"demonyms": ["Tajik", "Tajiks"]},
    "TKM": {"demonyms": ["Turkmen", "Turkmens"]},
    "TTO": {"demonyms": ["Trinidadian", "Trinidadians"]},
    "UZB": {"demonyms": ["Uzbek", "Uzbeks"]},
    # --- capitals: ambiguous, missing or better spelt otherwise --------------
    "AUT": {"metonyms": []},  # Vienna: in news mostly the venue of talks and of UN bodies
    "BEL": {"metonyms": []},  # Brussels stands for the EU in news (see bodies.tsv)
    "SYC": {"metonyms": []},  # Victoria: too ambiguous
    "GUY": {"metonyms": []},  # Georgetown: ambiguous (Washington university)
    "KIR": {"metonyms": ["Tarawa"]},
    "COL": {"metonyms": ["Bogotá", "Bogota"]},
    "BRA": {"metonyms": ["Brasília", "Brasilia"]},
    "CMR": {"metonyms": ["Yaoundé", "Yaounde"]},
    "PRY": {"metonyms": ["Asunción", "Asuncion"]},
    "TGO": {"metonyms": ["Lomé", "Lome"]},
    "TCD": {"metonyms": ["N'Djamena", "Ndjamena"]},
    "LKA": {"metonyms": ["Colombo"]},
    "ATG": {"demonyms": ["Antiguan", "Antiguans"], "metonyms": ["St. John's"]},
}

# Names a state went by before, which histories and old reports still use ("the Prime Minister
# of Ceylon", "Upper Volta's junta"): the same state, so appended to its aliases. Not the names of
# states that ended or split (the Soviet Union, Rhodesia, South Vietnam: EXTRA_STATES below).
FORMER_NAMES = {
    "LKA": ["Ceylon"], "THA": ["Siam"], "IRN": ["Persia"], "BEN": ["Dahomey"],
    "BFA": ["Upper Volta"], "KHM": ["Kampuchea", "Democratic Kampuchea", "Khmer Republic"],
    "BLR": ["Byelorussia", "Belorussia"], "MDA": ["Moldavia"], "KGZ": ["Kirghizia"],
    "GHA": ["Gold Coast"], "ETH": ["Abyssinia"], "JOR": ["Transjordan"], "WSM": ["Western Samoa"],
    "VUT": ["New Hebrides"], "TZA": ["Tanganyika"], "BWA": ["Bechuanaland"], "LSO": ["Basutoland"],
    "ROU": ["Rumania", "Roumania"], "COD": ["Congo-Leopoldville", "Congo (Leopoldville)", "Congo (Kinshasa)"],
    "COG": ["Congo (Brazzaville)"], "MDG": ["Malagasy Republic"], "SRB": ["Servia"], "MWI": ["Nyasaland"], "ZMB": ["Northern Rhodesia"], "SUR": ["Dutch Guiana"], "GUY": ["British Guiana"],
    # Egypt kept the union's name ten years after Syria left it (1961-1971).
    "EGY": ["United Arab Republic", "UAR", "U.A.R."],
}

# States that the packages lack entirely.
EXTRA_STATES = {
    "XKX": {"name": "Kosovo", "aliases": ["Republic of Kosovo"],
            "demonyms": ["Kosovar", "Kosovars", "Kosovan"], "metonyms": ["Pristina", "Prishtina"]},
    # De facto states (check.DE_FACTO), as conflict news names them.
    "XSL": {"name": "Somaliland", "aliases": ["Republic of Somaliland"],
            "demonyms": ["Somalilander", "Somalilanders"], "metonyms": ["Hargeisa"]},
    "XAB": {"name": "Abkhazia", "aliases": ["Republic of Abkhazia"],
            "demonyms": ["Abkhaz", "Abkhazian", "Abkhazians"], "metonyms": ["Sukhumi", "Sokhumi"]},
    "XOS": {"name": "South Ossetia", "aliases": ["Republic of South Ossetia"],
            "demonyms": ["South Ossetian", "South Ossetians"], "metonyms": ["Tskhinvali"]},
    "XTN": {"name": "Transnistria", "aliases": ["Pridnestrovie", "Transdniestria", "Trans-Dniester",
            "Pridnestrovian Moldavian Republic"], "demonyms": ["Transnistrian", "Transnistrians"],
            "metonyms": ["Tiraspol"]},
    "XNK": {"name": "Nagorno-Karabakh", "aliases": ["Artsakh", "Republic of Artsakh", "Nagorno Karabakh"],
            "demonyms": ["Karabakh Armenian", "Karabakh Armenians"], "metonyms": ["Stepanakert"]},
    "XNC": {"name": "Northern Cyprus", "aliases": ["Turkish Republic of Northern Cyprus", "TRNC"],
            "demonyms": ["Turkish Cypriot", "Turkish Cypriots"], "metonyms": []},
    # Former states (check.FORMER), as histories name them. Capitals that a state of today
    # holds (Moscow, Belgrade, Hanoi, Kinshasa, Aden) stay with it; "Saigon" and "Salisbury"
    # stood only for the former state.
    "SUN": {"name": "Soviet Union", "aliases": ["USSR", "U.S.S.R.", "Union of Soviet Socialist Republics"],
            "demonyms": ["Soviet", "Soviets"], "metonyms": []},
    # (Its first name, 1918-1929: "the Kingdom of the Serbs, Croats and Slovenes".)
    "YUG": {"name": "Yugoslavia", "aliases": ["Socialist Federal Republic of Yugoslavia", "SFRY",
                                              "Kingdom of Serbs, Croats and Slovenes",
                                              "Kingdom of the Serbs, Croats and Slovenes"],
            "demonyms": ["Yugoslav", "Yugoslavs", "Yugoslavian", "Serb-Croat-Slovene"], "metonyms": []},
    "CSK": {"name": "Czechoslovakia", "aliases": ["Czechoslovak Socialist Republic"],
            "demonyms": ["Czechoslovak", "Czechoslovaks"], "metonyms": []},
    "DDR": {"name": "East Germany", "aliases": ["German Democratic Republic", "GDR"],
            "demonyms": ["East German", "East Germans"], "metonyms": ["East Berlin"]},
    "XWG": {"name": "West Germany", "aliases": ["FRG"], "demonyms": ["West German", "West Germans"],
            "metonyms": ["Bonn"]},
    "VDR": {"name": "North Vietnam", "aliases": ["Democratic Republic of Vietnam", "DRV"],
            "demonyms": ["North Vietnamese"], "metonyms": []},
    "XSV": {"name": "South Vietnam", "aliases": ["Republic of Vietnam", "Saigon government"],
            "demonyms": ["South Vietnamese"], "metonyms": ["Saigon"]},
    "ZAR": {"name": "Zaire", "aliases": ["Republic of Zaire"], "demonyms": ["Zairean", "Zaireans", "Zairian"],
            "metonyms": []},
    "YMD": {"name": "South Yemen", "aliases": ["People's Democratic Republic of Yemen"],
            "demonyms": ["South Yemeni", "South Yemenis"], "metonyms": []},
    "RHO": {"name": "Rhodesia", "aliases": ["Zimbabwe Rhodesia", "Southern Rhodesia"],
            "demonyms": ["Rhodesian", "Rhodesians"], "metonyms": ["Salisbury"]},
    # The two Boer republics (to 1902): "the South African Republic" is no South Africa.
    "XTV": {"name": "South African Republic", "aliases": ["Transvaal Republic", "Transvaal"],
            "demonyms": ["Transvaaler", "Transvaalers"], "metonyms": []},
    "XOF": {"name": "Orange Free State", "aliases": ["Orange Free State Republic"],
            "demonyms": [], "metonyms": []},
}

# Words for the form of state: an alternative spelling from countryinfo is kept
# only if it contains one of these (that keeps English official names such as
# "Hashemite Kingdom of Jordan" and drops native names such as "Shqipëri").
OFFICIAL_WORDS = re.compile(
    r"\b(Republic|Kingdom|State|States|Federation|Federated|Commonwealth|Principality|"
    r"Duchy|Sultanate|Union|Confederation|Emirates)\b")
# ...and is dropped if it has French, Spanish or Portuguese particles ("Union des Comores").
FOREIGN_WORDS = re.compile(r"\b(des|de|du|del|da|do|la|le|et|e|y)\b")
NO_PLURAL_ENDINGS = ("ese", "ss", "sh", "ch", "i-Vanuatu")
NO_PLURAL = {"Malagasy", "I-Kiribati", "Ni-Vanuatu", "Seychellois", "Sammarinese", "Motswana"}


def latin(s):
    for ch in s:
        if ch.isalpha() and "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def clean_alias(a):
    a = a.strip()
    if a.startswith(("the ", "The ")):
        a = a[4:]
    if not a or "," in a or "(" in a or len(a) < 3 or not latin(a):
        return None
    return a


def plural(d):
    if d in NO_PLURAL or d.endswith(NO_PLURAL_ENDINGS):
        return None
    return d + "s"


def uniq(xs):
    out = []
    for x in xs:
        if x and x not in out:
            out.append(x)
    return out


def countryinfo_by_alpha3():
    by = {}
    for v in CountryInfo.all().values():
        iso = v.get("ISO") or {}
        a3, a2 = iso.get("alpha3"), iso.get("alpha2")
        if not a3:
            continue
        # Several entries can share a code (e.g. Wales and the United Kingdom):
        # prefer the one that lists its own alpha-2 code as a spelling.
        if a3 not in by or a2 in (v.get("altSpellings") or []):
            by[a3] = v
    return by


def build_state(code, ci):
    ov = OVERRIDES.get(code, {})
    if code in EXTRA_STATES:
        e = EXTRA_STATES[code]
        return [e["name"], code, e["aliases"], e["demonyms"], e["metonyms"]]
    pc = pycountry.countries.get(alpha_3=code)
    info = ci.get(code, {})
    name = ov.get("name") or getattr(pc, "common_name", None) or info.get("name") or pc.name
    aliases = [pc.name, getattr(pc, "common_name", None), getattr(pc, "official_name", None),
               info.get("name")]
    aliases += [a for a in (info.get("altSpellings") or []) 
                if OFFICIAL_WORDS.search(a) and not FOREIGN_WORDS.search(a)]
    aliases = [clean_alias(a) for a in aliases if a]
    aliases = uniq(aliases + ov.get("aliases+", []) + FORMER_NAMES.get(code, []))
    aliases = [a for a in aliases if a != name and a not in ov.get("aliases-", [])]
    if "demonyms" in ov:
        demonyms = ov["demonyms"]
    else:
        demonyms = []
        for d in (info.get("demonym") or "").split(","):
            d = d.strip()
            if d and d != name:
                demonyms += [d, plural(d)]
    if "metonyms" in ov:
        metonyms = ov["metonyms"]
    else:
        cap = (info.get("capital") or "").strip()
        metonyms = [cap] if cap and cap not in (name, *aliases) else []
    metonyms = metonyms + seat_forms(SEATS.get(code, []))
    return [name, code, aliases, uniq(demonyms), uniq(metonyms)]


def main():
    ci = countryinfo_by_alpha3()
    codes = check.UN_MEMBERS + check.OBSERVERS + check.PARTIAL + check.DE_FACTO + check.FORMER
    rows = []
    for code in codes:
        name, code, aliases, demonyms, metonyms = build_state(code, ci)
        forbidden = check.FORBIDDEN_FORMS
        aliases = [a for a in aliases if a not in forbidden]
        demonyms = [d for d in demonyms if d not in forbidden]
        metonyms = [m for m in metonyms if m not in forbidden]
        rows.append(["state", name, code, "|".join(aliases), "|".join(demonyms),
                     "|".join(metonyms), ""])
    rows.sort(key=lambda r: (r[0], r[1].casefold(), r[1]))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("# ActorGraph lexicon: states. GENERATED by scripts/generate-lexicon.py; do not edit by hand,\n")
        f.write("# change the OVERRIDES table in the script and run it again (see LEXICON.md).\n")
        f.write(f"# Sources: pycountry {version('pycountry')} (LGPL-2.1-only): ISO 3166-1 codes and names;\n")
        f.write(f"#   countryinfo {version('countryinfo')} (MIT, (c) 2018 Porimol Chandro): names, demonyms, capitals,\n")
        f.write("#   alternative spellings; ActorGraph's own override table for news usage.\n")
        f.write("# Columns: kind, name, code (ISO alpha-3), aliases, demonyms, metonyms, country; lists are |-separated.\n")
        f.write("\t".join(check.HEADER) + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print(f"wrote {len(rows)} states to {os.path.normpath(OUT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
