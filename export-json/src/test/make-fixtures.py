# Writes the JSON fixtures under resources/dev/roundtable/json/ (valid/, invalid/, beyond-schema/)
# and their expected.csv files. Run from that folder: python3 ../../../../make-fixtures.py
import json, copy, os
base = {
 "format": "roundtable/1",
 "questions": [{
   "id": "q1", "text": "Why have a mentor?", "url": "https://example.com/q1",
   "answers": [{
     "id": "a1", "headline": "Because it helps", "url": "https://example.com/a1",
     "publishedAt": "2015-05-07T18:15:00Z",
     "contributor": {"name": "Jenni Luke", "role": "CEO", "organization": "Step Up"},
     "image": {"url": "https://example.com/a1.jpg", "alt": "A portrait", "width": 1200, "height": 800},
     "body": ["A plain paragraph.",
              {"type": "heading", "level": 2, "content": ["A heading"]},
              {"type": "paragraph", "content": ["Read ", {"type": "link", "href": "https://example.com/a2", "content": ["more"]}]}],
     "relatedLinks": [{"title": "Another answer", "url": "https://example.com/a2"}]
   }]
 }]
}
def a(d): return d["questions"][0]["answers"][0]
cases = {}
def case(name, pointer, fragment, mutate, where="invalid", ascii=False):
    d = copy.deepcopy(base); r = mutate(d)
    if isinstance(r, list): d = r
    cases[name] = (where, pointer, fragment, d, ascii)
A = "/questions/0/answers/0"
case("format-of-another-version", "/format", "roundtable/2", lambda d: d.update(format="roundtable/2"))
case("format-missing", "/format", "is required", lambda d: d.pop("format"))
case("headline-missing", A+"/headline", "is required", lambda d: a(d).pop("headline"))
case("contributor-name-blank", A+"/contributor/name", "must not be blank", lambda d: a(d)["contributor"].update(name="   "))
case("javascript-url", A+"/url", "\"javascript\" is not allowed", lambda d: a(d).update(url="javascript:alert(1)"))
case("relative-url", A+"/relatedLinks/0/url", "is relative", lambda d: a(d)["relatedLinks"][0].update(url="/a2"))
case("javascript-link-href", A+"/body/2/content/1/href", "is not allowed", lambda d: a(d)["body"][2]["content"][1].update(href="JavaScript:alert(1)"))
case("unknown-block-type", A+"/body/1/type", "is not a block type", lambda d: a(d)["body"][1].update(type="table"))
case("unknown-inline-type", A+"/body/2/content/1/type", "is not an inline type", lambda d: a(d)["body"][2]["content"][1].update(type="script"))
case("heading-level-9", A+"/body/1/level", "must be from 2 to 6, was 9", lambda d: a(d)["body"][1].update(level=9))
case("timestamp-without-offset", A+"/publishedAt", "has no offset", lambda d: a(d).update(publishedAt="2015-05-07T18:15:00"))
case("nul-in-headline", A+"/headline", "U+0000", lambda d: a(d).update(headline="Because\u0000it helps"))
case("nul-in-text-inline", A+"/body/0", "U+0000", lambda d: a(d)["body"].__setitem__(0, "A\u0000B"))
case("width-as-string", A+"/image/width", "must be an integer, was a string", lambda d: a(d)["image"].update(width="1200"))
case("empty-body", A+"/body", "at least one", lambda d: a(d).update(body=[]))
case("null-instead-of-absent", A+"/url", "must be a string, was null", lambda d: a(d).update(url=None))
case("document-not-an-object", "", "must be an object, was an array", lambda d: [d])
case("id-with-control-character", "/questions/0/id", "control characters", lambda d: d["questions"][0].update(id="q\n1"))
case("id-dot-segment", A+"/id", "dot-segment", lambda d: a(d).update(id=".."))
def c(d): return a(d)["contributor"]
def crop(ratio, url, width, height): return {"ratio": ratio, "url": url, "width": width, "height": height}
W = "https://example.com/a1-16x9.jpg"
case("contributor-image-and-image-url", A+"/contributor/image", "give imageUrl or image, not both",
     lambda d: c(d).update(imageUrl="https://example.com/jenni.jpg", image={"url": "https://example.com/jenni.jpg", "alt": "Jenni Luke"}))
case("same-as-javascript", A+"/contributor/sameAs/1", "\"javascript\" is not allowed",
     lambda d: c(d).update(sameAs=["https://example.org/jenni", "javascript:alert(1)"]))
case("same-as-repeated", A+"/contributor/sameAs/1", "must not repeat",
     lambda d: c(d).update(sameAs=["https://example.org/jenni", "https://example.org/jenni"]))
case("fediverse-without-host", A+"/contributor/fediverse", "must be a fediverse handle",
     lambda d: c(d).update(fediverse="@jenni"))
case("crop-ratio-unknown", A+"/image/crops/0/ratio", "is not a crop ratio",
     lambda d: a(d)["image"].update(crops=[crop("16:9", W, 1600, 900)]))
case("crop-width-zero", A+"/image/crops/0/width", "must be a positive integer, was 0",
     lambda d: a(d)["image"].update(crops=[crop("1x1", W, 0, 800)]))
case("crops-repeating-a-ratio", A+"/image/crops/1", "must not repeat the ratio 16x9",
     lambda d: a(d)["image"].update(crops=[crop("16x9", W, 1600, 900), crop("16x9", W, 1200, 675)]))
case("publisher-name-missing", "/questions/0/series/publisher/name", "is required",
     lambda d: d["questions"][0].update(series={"name": "MPW Insider", "publisher": {"url": "https://example.com/"}}))
case("publisher-logo-crop-height-missing", "/questions/0/series/publisher/logo/crops/0/height", "is required",
     lambda d: d["questions"][0].update(series={"name": "MPW Insider", "publisher": {"name": "Fortune",
         "logo": {"url": "https://example.com/logo.png", "alt": "Fortune", "crops": [{"ratio": "1x1", "url": "https://example.com/logo-1x1.png", "width": 60}]}}}))
# beyond what the schema can say
def dupq(d):
    q2 = copy.deepcopy(d["questions"][0]); q2["answers"][0].update(id="a2", url="https://example.com/a1-again"); d["questions"].append(q2)
case("duplicate-question-ids", "/questions/1/id", "duplicates the id at /questions/0/id", dupq, "beyond-schema")
def dupa(d):
    q2 = copy.deepcopy(d["questions"][0]); q2["id"] = "q2"; q2["answers"][0]["url"] = "https://example.com/a1-again"; d["questions"].append(q2)
case("duplicate-answer-ids-across-questions", "/questions/1/answers/0/id", "duplicates the id at /questions/0/answers/0/id", dupa, "beyond-schema")
def dupu(d):
    a2 = copy.deepcopy(a(d)); a2["id"] = "a2"; d["questions"][0]["answers"].append(a2)
case("duplicate-answer-urls", A[:-1]+"1/url", "duplicates the url at "+A+"/url", dupu, "beyond-schema")
case("updated-before-published", A+"/updatedAt", "must not be before publishedAt", lambda d: a(d).update(updatedAt="2015-05-07T18:14:59Z"), "beyond-schema")
case("unicode-blank-headline", A+"/headline", "must not be blank", lambda d: a(d).update(headline="\u00a0\u2003"), "beyond-schema")
case("invisible-headline", A+"/headline", "must contain a visible character", lambda d: a(d).update(headline="\u200b\ufeff\u2060"), "beyond-schema", ascii=True)
def nothing(d):
    a(d).update(headline="Why mentors matter"); a(d)["body"][2]["content"][1]["content"] = [{"type": "break"}]
case("link-showing-nothing", A+"/body/2/content/1/content", "must not be blank", nothing, "beyond-schema")
case("crop-of-another-ratio", A+"/image/crops/0/height", "needs a height of 563, was 600",
     lambda d: a(d)["image"].update(crops=[crop("16x9", W, 1000, 600)]), "beyond-schema")
case("fediverse-host-too-long", A+"/contributor/fediverse", "the host must be a host name",
     lambda d: c(d).update(fediverse="@jenni@" + ".".join(["a" * 63] * 3) + "." + "b" * 62), "beyond-schema")

os.makedirs("valid", exist_ok=True)
with open("valid/minimal.json","w") as f: json.dump(base, f, indent=2, ensure_ascii=False); f.write("\n")
rows = []
for name,(where,ptr,frag,d,ascii) in cases.items():
    os.makedirs(where, exist_ok=True)
    with open(f"{where}/{name}.json","w") as f: json.dump(d, f, indent=2, ensure_ascii=ascii); f.write("\n")
    rows.append((where,name,ptr,frag))
for where in ("invalid","beyond-schema"):
    with open(f"{where}/expected.csv","w") as f:
        f.write("# fixture | JSON Pointer of the problem | part of the reader's message\n")
        for w,name,ptr,frag in rows:
            if w==where: f.write(f"{name}.json|{ptr}|{frag}\n")
