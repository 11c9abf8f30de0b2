#!/usr/bin/env python3
"""Generate Sources/ActorGraphExtraction/Resources/lemmas.tsv (verb inflections).

Run by a developer after changing the `predicate` statements of relations.rules, not at build
time:

    python3 -m venv /tmp/lexvenv
    /tmp/lexvenv/bin/pip install -r scripts/requirements-lexicon.txt
    /tmp/lexvenv/bin/python scripts/generate-lemmas.py

Only the lemmas that relations.rules names are written (those of its `predicate` statements and
its `lemma.V`-style words), so the table stays small. A lemma holding "_" is a phrasal verb
("prop_up"): its first word is inflected and the rest kept ("propped up").

Sources (see also Resources/LEXICON.md):
  * lemminflect (MIT, (c) 2019 Brad Jascob; its lookup tables are derived from the NLM SPECIALIST
    Lexicon): base, third person singular, past, past participle and -ing forms, and noun plurals.
  * The NOUNS and AGENTS tables below (hand-written, part of ActorGraph): which nouns name the act
    ("support", "backing", "condemnation") and which the doer ("backer", "critic"). lemminflect
    has no derivational morphology, so these are chosen by hand.
"""
import os
import re
import sys
from importlib.metadata import version

from lemminflect import getAllInflections, getInflection

HERE = os.path.dirname(os.path.abspath(__file__))
RESOURCES = os.path.join(HERE, "..", "Sources", "ActorGraphExtraction", "Resources")
RULES = os.path.join(RESOURCES, "relations.rules")
OUT = os.path.join(RESOURCES, "lemmas.tsv")

# The nouns that name a verb's act, singular; a count noun is marked "+" and gets its plural from
# lemminflect ("strikes"). The gerund is listed where news uses it as the noun ("Moscow's backing
# of"); a verb missing here has no V.noun form.
NOUNS = {
    "back": ["backing"],
    "support": ["support"],
    "arm": ["arming"],
    "fund": ["funding"],
    "finance": ["financing"],
    "bankroll": ["bankrolling"],
    "train": ["training"],
    "equip": ["equipping"],
    "assist": ["assistance"],
    "sponsor": ["sponsorship"],
    "bolster": ["bolstering"],
    "defend": ["defence", "defense"],
    "attack": ["attack+", "offensive+", "counteroffensive+", "onslaught+"],
    "strike": ["strike+", "airstrike+", "air-strike+"],
    "shell": ["shelling"],
    "bomb": ["bombing+"],
    "bombard": ["bombardment"],
    "raid": ["raid+"],
    "invade": ["invasion+"],
    "occupy": ["occupation"],
    "besiege": ["siege"],
    "blockade": ["blockade+"],
    "fight": ["fight+"],
    "battle": ["battle+"],
    "assault": ["assault+"],
    "oppose": ["opposition"],
    "condemn": ["condemnation"],
    "denounce": ["denunciation"],
    "criticize": ["criticism"],
    "criticise": ["criticism"],
    "sanction": ["sanction+"],
    "threaten": ["threat+"],
    "coordinate": ["coordination"],
    "cooperate": ["cooperation"],
    "collaborate": ["collaboration"],
}

# The nouns that name the doer ("Iran, Hezbollah's main backer"), singular.
AGENTS = {
    "back": ["backer", "ally", "patron", "protector"],
    "support": ["supporter"],
    "arm": ["supplier"],
    "fund": ["funder", "donor"],
    "finance": ["financier"],
    "sponsor": ["sponsor"],
    "bankroll": ["bankroller"],
    "oppose": ["opponent"],
    "attack": ["attacker"],
    "condemn": ["critic"],
    "invade": ["invader"],
    "occupy": ["occupier"],
}

WORD = re.compile(r"\b([a-z][a-z_-]*)\.(?:V|fin|pp|ing|noun|agent)\b")


def lemmas_of_rules(path):
    """The lemmas relations.rules names, in first-use order."""
    seen = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            words = []
            if line.startswith("predicate ") and ":" in line:
                words = line.split(":", 1)[1].split()
            else:
                words = WORD.findall(line)
            for w in words:
                if w not in seen:
                    seen.append(w)
    return seen


def forms(word, tag):
    """The inflections of `word` for a Penn tag: the dictionary's, else lemminflect's rules."""
    table = getAllInflections(word, upos="VERB").get(tag)
    if table:
        return list(table)
    guessed = getInflection(word, tag=tag)
    return list(guessed) if guessed else [word]


def plural(noun):
    table = getAllInflections(noun, upos="NOUN").get("NNS")
    if table:
        return list(table)
    guessed = getInflection(noun, tag="NNS")
    return list(guessed) if guessed else []


def row(lemma):
    head, _, rest = lemma.partition("_")
    tail = (" " + rest.replace("_", " ")) if rest else ""

    def cell(words):
        out = []
        for w in words:
            if w + tail not in out:
                out.append(w + tail)
        return "|".join(out)

    base = cell([head])
    third = cell(forms(head, "VBZ"))
    past = cell(forms(head, "VBD"))
    participle = cell(forms(head, "VBN") if getAllInflections(head, upos="VERB").get("VBN") else forms(head, "VBD"))
    ing = cell(forms(head, "VBG"))
    nouns = []
    for n in NOUNS.get(lemma, []):
        count = n.endswith("+")
        n = n.rstrip("+")
        for form in [n] + (plural(n) if count else []):
            if form not in nouns:
                nouns.append(form)
    agents = []
    for n in AGENTS.get(lemma, []):
        for form in [n] + plural(n):
            if form not in agents:
                agents.append(form)
    return [lemma, base, third, past, participle, ing, "|".join(nouns), "|".join(agents)]


def main():
    lemmas = lemmas_of_rules(RULES)
    if not lemmas:
        sys.exit(f"{RULES}: names no lemma (no predicate statement)")
    rows = sorted(row(l) for l in lemmas)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# ActorGraph lemma table: the inflections of the verbs relations.rules names. GENERATED by\n")
        f.write("# scripts/generate-lemmas.py from relations.rules; do not edit by hand (see LEXICON.md).\n")
        f.write(f"# Sources: lemminflect {version('lemminflect')} (MIT, (c) 2019 Brad Jascob; tables derived from the\n")
        f.write("#   NLM SPECIALIST Lexicon): verb inflections and noun plurals; ActorGraph's own NOUNS and\n")
        f.write("#   AGENTS tables (in the script): the nouns of the act and of the doer.\n")
        f.write("# Columns: lemma, base, third person, past, past participle, -ing, nouns of the act, nouns of\n")
        f.write("# the doer; lists are |-separated, a phrasal verb's particle follows a space.\n")
        f.write("lemma\tbase\tthird\tpast\tparticiple\ting\tnouns\tagents\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print(f"wrote {len(rows)} lemmas to {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main()
