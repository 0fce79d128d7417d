#!/usr/bin/env python3
"""Write grading keys (expected/NAME.json) for the older corpus documents by
reading each document's own text with the structure its PROVENANCE.md entry
describes: never from lectern's output. Lines are zero-based after splitting
the decoded text on \\n only; titles are the heading lines, stripped; level 1
is the top division present (a document's title is not a division).
Run from the repository: python3 tests/corpus/write_keys.py"""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))


def lines(name, encoding="utf-8"):
    text = open(os.path.join(HERE, name), "rb").read().decode(encoding)
    return text.lstrip("\ufeff").split("\n")


def key(name, entries):
    with open(os.path.join(HERE, "expected", os.path.splitext(name)[0] + ".json"), "w") as f:
        json.dump([{"level": l, "title": t, "line": i} for i, l, t in entries], f, ensure_ascii=False, indent=1)
    print(f"{name}: {len(entries)}")


def matching(name, rules, encoding="utf-8", start=0, stop=None):
    """Every line from `start` to `stop` matching one of `rules` ((regex, level))."""
    out = []
    for i, raw in enumerate(lines(name, encoding)):
        if i < start or (stop is not None and i >= stop):
            continue
        line = raw.rstrip("\r")
        for pattern, level in rules:
            if re.fullmatch(pattern, line):
                out.append((i, level, line.strip()))
                break
    return out


key("gutenberg_pride_and_prejudice_pg1342.txt",
    matching("gutenberg_pride_and_prejudice_pg1342.txt", [(r"Chapter \d+", 1)]))
key("gutenberg_alice_in_wonderland_pg11_bom_crlf.txt",
    matching("gutenberg_alice_in_wonderland_pg11_bom_crlf.txt", [(r"CHAPTER [IVXL]+\. .+", 1)], stop=3400))
# Stories (two styles), and story I's parts I.-III.
sherlock = matching("gutenberg_sherlock_holmes_pg1661_latin1_crlf.txt",
                    [(r"ADVENTURE [IVX]+\. [A-Z' -]+", 1), (r"[IVX]+\. THE ADVENTURE OF [A-Z' -]+", 1)],
                    encoding="latin-1", start=54)
parts = matching("gutenberg_sherlock_holmes_pg1661_latin1_crlf.txt", [(r"I{1,3}\.", 2)],
                 encoding="latin-1", start=54, stop=1188)
key("gutenberg_sherlock_holmes_pg1661_latin1_crlf.txt", sorted(sherlock + parts))
key("gutenberg_devils_dictionary_pg972_crlf.txt",
    matching("gutenberg_devils_dictionary_pg972_crlf.txt", [(r"AUTHOR'S PREFACE", 1), (r"[A-Z]", 1)], start=31, stop=9200))
key("gutenberg_us_constitution_pg5_crlf.txt",
    matching("gutenberg_us_constitution_pg5_crlf.txt", [(r"(Article|ARTICLE) (\d|[A-Z]+)", 1)], start=86, stop=700))
key("gutenberg_ulysses_pg4300_excerpt.txt",
    matching("gutenberg_ulysses_pg4300_excerpt.txt", [(r"\[ \d+ \]", 1)]))
key("gutenberg_anna_karenina_pg1399_cp1252_excerpt.txt",
    matching("gutenberg_anna_karenina_pg1399_cp1252_excerpt.txt",
             [(r"PART [A-Z]+", 1), (r"Chapter \d+", 2)], encoding="cp1252"))
key("gutenberg_war_and_peace_pg2600_excerpt.txt",
    matching("gutenberg_war_and_peace_pg2600_excerpt.txt",
             [(r"BOOK [A-Z]+: \d{4}.*", 1), (r"(FIRST|SECOND) EPILOGUE.*", 1), (r"CHAPTER [IVXL]+", 2)], start=836))
key("gutenberg_hong_lou_meng_pg24264_zh_excerpt.txt",
    matching("gutenberg_hong_lou_meng_pg24264_zh_excerpt.txt",
             [(r"第[一二三四五六七八九十百]+回(?:[\u3000 ].*)?", 1)]))
# A speech: its title only, no divisions.
key("gutenberg_jfk_inaugural_address_pg3.txt", [])
