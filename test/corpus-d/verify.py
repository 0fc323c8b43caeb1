import json, glob, collections, os
cats = collections.Counter(); ok = True
for jf in sorted(glob.glob("*.expected.json")):
    d = json.load(open(jf, encoding="utf-8"))
    txt = open(d["file"], encoding="utf-8").read()
    assert set(d) == {"file","source","findings","clean"}, jf
    per = collections.Counter()
    for f in d["findings"]:
        assert f["category"] in {"missing-space","name-case","garbled-name","unquoted-quote","case"}
        assert f["tier"] in {"core","stretch"}
        n = txt.count(f["find"])
        if n < f["nth"]:
            ok = False; print("MISSING", jf, f["find"])
        if n > 1: print("note: multiple occurrences", jf, repr(f["find"]), n)
        per[f["category"]] += 1; cats[f["category"]] += 1
    print(jf, len(txt.split()), "words", len(d["findings"]), dict(per))
print("total", dict(cats), sum(cats.values()), "OK" if ok else "FAIL")
