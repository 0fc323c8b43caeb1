import json
def F(cat, find, exp, tier="core", nth=1):
    return {"category": cat, "find": find, "nth": nth, "expected": exp, "tier": tier}
def q(before, speech, after=""):
    # straight and curly quote variants
    return [f'{before}"{speech}"{after}', f'{before}\u201c{speech}\u201d{after}']

data = {
"clean-weimar-triangle.txt": dict(
  source="written for evaluation: PAP-style wire report translated from Polish on a Weimar Triangle foreign ministers' meeting in Warsaw",
  findings=[],
  clean="Radosław Sikorski, Jean-Noël Barrot, Johann Wadephul, Władysław Kosiniak-Kamysz, Paweł Wroński, Krzysztof Skubiszewski, Hans-Dietrich Genscher, Szucha Avenue, Élysée Palace, Kaliningrad, zlotys; 'polish the wording' (verb, lower case correct); 'The Hague' (capital T correct); 10:30, 3.5%, 4.8%, e.g., gov.pl/web/dyplomacja"),
"clean-india-eu-trade.txt": dict(
  source="written for evaluation: English rendering of a Hindi-language report on the MEA weekly briefing in New Delhi about India-EU trade talks",
  findings=[],
  clean="Randhir Jaiswal, Piyush Goyal, Maroš Šefčovič, Ursula von der Leyen (lower-case 'von der' correct), S. Jaishankar, Kaja Kallas, Vikram Misri, Jitin Prasada, Lok Sabha, South Block, 'Mr. Jaiswal', MEA, G20, e.g., €120 billion, mea.gov.in; 'the House' (capitalised for the chamber, correct)"),
"kremlin-briefing-ru.txt": dict(
  source="written for evaluation: machine translation of a Russian-language wire report on Dmitry Peskov's daily call and Moscow-Washington contacts",
  findings=[
    F("name-case", "the kremlin", ["the Kremlin"]),
    F("missing-space", "proposals,but", ["proposals, but"]),
    F("unquoted-quote", "remarked, there is no need to rush this process.",
      q("remarked, ", "There is no need to rush this process.") + q("remarked: ", "There is no need to rush this process.") + q("remarked, ", "there is no need to rush this process.")),
    F("name-case", "ukraine", ["Ukraine"]),
    F("missing-space", "agenda.Talks", ["agenda. Talks"]),
    F("garbled-name", "Sergei Shoygu", ["Sergei Shoigu"], tier="stretch"),
    F("case", "the Capital", ["the capital"]),
    F("name-case", "the state Duma", ["the State Duma"]),
    F("case", "the Ruble", ["the ruble", "the rouble"]),
  ],
  clean="'a trump card' (ordinary noun, lower case correct); 'the Kremlin' later in the text is correct; kremlin.ru (web address, lower case correct); U.S. (twice), $300 billion; Dmitry Peskov, Maria Zakharova, Kirill Dmitriev, Vyacheslav Volodin, Sergei Lavrov; quoted fragments with punctuation outside the quotes (British style, consistent)"),
"kyiv-rada-gas-uk.txt": dict(
  source="written for evaluation: machine translation of a Ukrainian-language news-agency report on a Verkhovna Rada vote on gas imports",
  findings=[
    F("name-case", "verkhovna Rada", ["Verkhovna Rada"]),
    F("case", "adoption. the document", ["adoption. The document"]),
    F("garbled-name", "Volodymyr Zelinsky", ["Volodymyr Zelensky", "Volodymyr Zelenskyy", "Volodymyr Zelenskiy"]),
    F("name-case", "allow naftogaz", ["allow Naftogaz"]),
    F("missing-space", "Norway.The", ["Norway. The"]),
    F("missing-space", "Poland,Slovakia", ["Poland, Slovakia"]),
    F("unquoted-quote", "We will get through this heating season,",
      ['"We will get through this heating season,"', '\u201cWe will get through this heating season,\u201d']),
    F("garbled-name", "Heorhii Quiet", ["Heorhii Tykhyi", "Heorhiy Tykhyi", "Georgiy Tykhyi"], tier="stretch"),
  ],
  clean="naftogaz.com (web address, lower case correct); 'Naftogaz chief executive' (correct); Ruslan Stefanchuk, Serhii Koretskyi, Yulia Svyrydenko, Andrii Sybiha, Radosław Sikorski, Ukrenergo, Chernihiv, Sumy, Kharkiv, Poltava; 4.6 billion, e.g.; 'the end of March' (month, correct)"),
"china-mfa-briefing-zh.txt": dict(
  source="written for evaluation: machine translation of a Chinese-language report on a regular Foreign Ministry press briefing in Beijing",
  findings=[
    F("name-case", "Lin jian", ["Lin Jian"]),
    F("garbled-name", "Kaja Karas", ["Kaja Kallas"]),
    F("unquoted-quote", "China and Europe are partners rather than rivals,",
      ['"China and Europe are partners rather than rivals,"', '\u201cChina and Europe are partners rather than rivals,\u201d']),
    F("name-case", "China's ministry of commerce", ["China's Ministry of Commerce"], tier="stretch"),
    F("garbled-name", "Peter Sijiarto", ["Péter Szijjártó", "Peter Szijjarto"], tier="stretch"),
    F("missing-space", "Initiative,and", ["Initiative, and"]),
    F("missing-space", "U.S.to", ["U.S. to"]),
    F("name-case", "in shanghai", ["in Shanghai"]),
    F("case", "foreign Companies", ["foreign companies"]),
  ],
  clean="'fine china' (porcelain, lower case correct); 'the capital of fine china' (lower-case capital correct); 'the U.S. side' (correct); fmprc.gov.cn; 3,000; Wang Yi, Jingdezhen, Jiangxi, BYD, CATL, China-EU Strategic Dialogue, Belt and Road Initiative; 'politicisation' (British spelling)"),
"doha-presser-captions.txt": dict(
  source="written for evaluation: report compiled from the auto-generated captions of a joint Qatari-German press conference in Doha",
  findings=[
    F("name-case", "Al thani", ["Al Thani"]),
    F("garbled-name", "Johann Wade Full", ["Johann Wadephul"]),
    F("case", "the Ceasefire", ["the ceasefire"]),
    F("unquoted-quote", "Germany is ready to play its part in the reconstruction,",
      ['"Germany is ready to play its part in the reconstruction,"', '\u201cGermany is ready to play its part in the reconstruction,\u201d']),
    F("name-case", "german companies", ["German companies"]),
    F("missing-space", "2026.The", ["2026. The"]),
    F("garbled-name", "Majed al and Sari", ["Majed al-Ansari", "Majed Al-Ansari", "Majed Al Ansari"]),
    F("case", "evening. he", ["evening. He"]),
  ],
  clean="'Sheikh Tamim bin Hamad Al Thani' (correct); 'bin' lower case, 'al-Kaabi' (correct); QatarEnergy, qatarenergy.qa; 10:30 a.m.; 'the Amir' (title, correct); Brunsbüttel, ConocoPhillips, North Field, LNG; 'Wadephul' later in the text is correct"),
}
for name, d in data.items():
    out = {"file": name, "source": d["source"], "findings": d["findings"], "clean": d["clean"]}
    with open(name.replace(".txt", ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
