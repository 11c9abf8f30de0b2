#!/usr/bin/env python3
"""Check the ActorGraph lexicon files (world.tsv, bodies.tsv, generic.tsv).

Usage: check-lexicon.py [RESOURCES_DIR]
Prints one line per problem and exits 1 if there is any; prints a summary and
exits 0 otherwise. Needs only the Python standard library.
"""
import os
import re
import sys

HEADER = ["kind", "name", "code", "aliases", "demonyms", "metonyms", "country"]
KINDS = {"state", "organization", "armed_group", "person"}
FILES = ["world.tsv", "bodies.tsv", "generic.tsv"]
PLACEHOLDERS = {"{country}", "{demonym}", "{code}"}

# The 193 member states of the United Nations (ISO 3166-1 alpha-3).
UN_MEMBERS = """
AFG AGO ALB AND ARE ARG ARM ATG AUS AUT AZE BDI BEL BEN BFA BGD BGR BHR BHS BIH
BLR BLZ BOL BRA BRB BRN BTN BWA CAF CAN CHE CHL CHN CIV CMR COD COG COL COM CPV
CRI CUB CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESP EST ETH FIN FJI FRA FSM
GAB GBR GEO GHA GIN GMB GNB GNQ GRC GRD GTM GUY HND HRV HTI HUN IDN IND IRL IRN
IRQ ISL ISR ITA JAM JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA
LIE LKA LSO LTU LUX LVA MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MOZ
MRT MUS MWI MYS NAM NER NGA NIC NLD NOR NPL NRU NZL OMN PAK PAN PER PHL PLW PNG
POL PRK PRT PRY QAT ROU RUS RWA SAU SDN SEN SGP SLB SLE SLV SMR SOM SRB SSD STP
SUR SVK SVN SWE SWZ SYC SYR TCD TGO THA TJK TKM TLS TON TTO TUN TUR TUV TZA UGA
UKR URY USA UZB VCT VEN VNM VUT WSM YEM ZAF ZMB ZWE
""".split()
# UN General Assembly observer states, and widely used partially recognised states.
OBSERVERS = ["VAT", "PSE"]
PARTIAL = ["TWN", "XKX"]  # XKX: the user-assigned code commonly used for Kosovo
# De facto states that conflict news names as sides and hosts (user-assigned X.. codes); Nagorno-
# Karabakh dissolved in 2024 but histories name it.
DE_FACTO = ["XSL", "XAB", "XOS", "XTN", "XNK", "XNC"]
# States that no longer exist but that histories and retrospectives name: ISO 3166-3 codes where
# there is one (SUN, YUG, CSK, DDR, VDR, ZAR, YMD, RHO), user-assigned X.. codes otherwise.
FORMER = ["SUN", "YUG", "CSK", "DDR", "XWG", "VDR", "XSV", "ZAR", "YMD", "RHO", "XTV", "XOF"]

# Surface forms that two entries may share on purpose. Keys are the exact form;
# values are the set of canonical names allowed to share it. Keep this short.
AMBIGUITY_ALLOWED = {
}

# Forms that must not appear as a surface form of any entry (ambiguous in news).
FORBIDDEN_FORMS = {
    "Korea": "ambiguous between North and South Korea",
    "Korean": "ambiguous between North and South Korea",
    "Koreans": "ambiguous between North and South Korea",
    "Arab": "not a state",
    "Arabs": "not a state",
    "Island": "ordinary English word",
    "Male": "ordinary English word (capital of the Maldives is spelt Malé)",
    "Victoria": "ordinary name, too ambiguous",
    "Georgetown": "ambiguous in news (Washington DC university)",
}


def load(path, problems):
    rows = []
    name = os.path.basename(path)
    try:
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
    except (OSError, UnicodeDecodeError) as e:
        problems.append(f"{name}: cannot read: {e}")
        return rows
    header_seen = False
    for n, line in enumerate(lines, 1):
        if line == "" or line.startswith("#"):
            continue
        cols = line.split("\t")
        if not header_seen:
            header_seen = True
            if cols != HEADER:
                problems.append(f"{name}:{n}: header must be '{chr(9).join(HEADER)}'")
            continue
        if len(cols) != 7:
            problems.append(f"{name}:{n}: {len(cols)} columns, expected 7")
            continue
        rows.append((name, n, dict(zip(HEADER, cols))))
    if not header_seen:
        problems.append(f"{name}: header missing")
    return rows


def forms(row):
    out = [row["name"]]
    for col in ("aliases", "demonyms", "metonyms"):
        if row[col]:
            out.extend(row[col].split("|"))
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    res = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        here, "..", "Sources", "ActorGraphExtraction", "Resources")
    problems = []
    allrows = []
    for fn in FILES:
        allrows.extend(load(os.path.join(res, fn), problems))

    state_codes = {r["code"] for _, _, r in allrows if r["kind"] == "state"}
    seen_names = {}
    owners = {}  # (kind, form) -> set of names
    for fn, n, r in allrows:
        where = f"{fn}:{n}"
        templ = fn == "generic.tsv"
        if r["kind"] not in KINDS:
            problems.append(f"{where}: invalid kind '{r['kind']}'")
        if not r["name"]:
            problems.append(f"{where}: empty name")
        for col in HEADER:
            v = r[col]
            if v != v.strip() or "  " in v:
                problems.append(f"{where}: stray whitespace in {col}")
        for col in ("aliases", "demonyms", "metonyms"):
            if r[col] and "" in r[col].split("|"):
                problems.append(f"{where}: empty item in {col}")
        for p in re.findall(r"\{[^}]*\}", "\t".join(r.values())):
            if not templ:
                problems.append(f"{where}: placeholder {p} outside generic.tsv")
            elif p not in PLACEHOLDERS:
                problems.append(f"{where}: unknown placeholder {p}")
        if r["kind"] == "state" and not templ:
            if not re.fullmatch(r"[A-Z]{3}", r["code"]):
                problems.append(f"{where}: state '{r['name']}' needs an alpha-3 code")
        elif r["kind"] != "state" and r["code"]:
            problems.append(f"{where}: code is for states only")
        c = r["country"]
        if c and not (templ and c == "{code}") and c not in state_codes:
            problems.append(f"{where}: country '{c}' is not the code of a state row")
        if r["name"] in seen_names:
            problems.append(f"{where}: duplicate name '{r['name']}' (also {seen_names[r['name']]})")
        seen_names.setdefault(r["name"], where)
        row_forms = forms(r)
        dup = {f for f in row_forms if row_forms.count(f) > 1}
        for f in sorted(dup):
            problems.append(f"{where}: '{f}' listed twice in '{r['name']}'")
        for f in set(row_forms):
            if f in FORBIDDEN_FORMS:
                problems.append(f"{where}: form '{f}' not allowed: {FORBIDDEN_FORMS[f]}")
            owners.setdefault((r["kind"], f), set()).add(r["name"])

    for (kind, f), names in sorted(owners.items()):
        if len(names) > 1 and not names <= AMBIGUITY_ALLOWED.get(f, set()):
            problems.append(f"form '{f}' claimed by several {kind} entries: {', '.join(sorted(names))}")

    for code in UN_MEMBERS + OBSERVERS + PARTIAL + DE_FACTO + FORMER:
        if code not in state_codes:
            problems.append(f"world.tsv: state {code} missing")
    codes = [r["code"] for _, _, r in allrows if r["kind"] == "state" and r["code"]]
    for c in sorted({c for c in codes if codes.count(c) > 1}):
        problems.append(f"state code {c} used by several rows")

    for fn in FILES:
        rows = [(r["kind"], r["name"]) for f, _, r in allrows if f == fn]
        if rows != sorted(rows, key=lambda k: (k[0], k[1].casefold(), k[1])):
            problems.append(f"{fn}: rows not sorted by kind then name")

    # leaders.tsv: every person acts for a lexicon name; no name twice; sorted.
    names = {r["name"] for _, _, r in allrows if "{" not in r["name"]}
    leaders = []
    with open(os.path.join(res, "leaders.tsv"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.startswith("#") or line.startswith("name\t") or not line.strip():
                continue
            cells = line.rstrip("\n").split("\t")
            if len(cells) != 4:
                problems.append(f"leaders.tsv:{n}: expected 4 columns")
                continue
            if not re.fullmatch(r"\d{4}(-\d{4})?", cells[3]):
                problems.append(f"leaders.tsv:{n}: years must be YYYY or YYYY-YYYY, not '{cells[3]}'")
            if cells[1] not in names:
                problems.append(f"leaders.tsv:{n}: '{cells[1]}' is not a lexicon name")
            leaders.append(cells[0])
    if len(set(leaders)) != len(leaders):
        problems.append("leaders.tsv: a name listed twice")
    if leaders != sorted(leaders, key=str.casefold):
        problems.append("leaders.tsv: rows not sorted by name")

    # former-names.tsv: each former name is an alias of its state, whose code it gives; a union
    # the state was part of (a fifth column, its first year) is a state of its own.
    states = {r["name"]: r for _, _, r in allrows if r["kind"] == "state"}
    with open(os.path.join(res, "former-names.tsv"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.startswith("#") or line.startswith("name\t") or not line.strip():
                continue
            cells = line.rstrip("\n").split("\t")
            state = states.get(cells[1]) if len(cells) in (4, 5) else None
            if state is None or state["code"] != cells[2] or not re.fullmatch(r"\d{4}", cells[3]):
                problems.append(f"former-names.tsv:{n}: expected name, a state of world.tsv, its code and a year")
            elif len(cells) == 5:
                if not re.fullmatch(r"\d{4}", cells[4]) or cells[0] not in states:
                    problems.append(f"former-names.tsv:{n}: a union's row needs its first year and a state of world.tsv")
            elif cells[0] not in state["aliases"].split("|"):
                problems.append(f"former-names.tsv:{n}: '{cells[0]}' is not an alias of {cells[1]} (FORMER_NAMES in generate-lexicon.py)")

    # seats.tsv: each body is a lexicon name of an organization, with a seat.
    organizations = {r["name"] for _, _, r in allrows if r["kind"] == "organization"}
    with open(os.path.join(res, "seats.tsv"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.startswith("#") or line.startswith("body\t") or not line.strip():
                continue
            cells = line.rstrip("\n").split("\t")
            if len(cells) != 2 or not cells[1]:
                problems.append(f"seats.tsv:{n}: expected a body and its seat")
            elif cells[0] not in organizations:
                problems.append(f"seats.tsv:{n}: '{cells[0]}' is not an organization of bodies.tsv")

    if len(UN_MEMBERS) != 193:
        problems.append(f"check-lexicon.py: UN member list has {len(UN_MEMBERS)} codes, expected 193")
    for p in problems:
        print(p)
    if problems:
        return 1
    print(f"lexicon ok: {len(allrows)} rows in {len(FILES)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
