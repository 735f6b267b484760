#!/usr/bin/env python3
# Give a corpus annex (annex JSON with columns) other columns, as other
# annexes have them: a funding column ("fund"), a notes column, mostly
# empty ("note"), a column of the person answerable between the content and
# the lead ("extra"), the product and time swapped and other head words
# ("swap"), or no coordinating column ("nocoord"). Writes the plan to
# render and, beside it, its expected answer (OUT with .expected.json).
# Usage: mutate.py plan.json VARIANT out.json
import json, sys, random
p = json.load(open(sys.argv[1])); v = sys.argv[2]; out = sys.argv[3]
r = random.Random(sum(map(ord, v)) + len(p["items"]))
cols = p["columns"]
funds = ["Ngân sách tỉnh", "Ngân sách nhà nước", "Ngân sách địa phương và nguồn xã hội hóa", "Nguồn kinh phí thường xuyên của đơn vị", "Lồng ghép các chương trình", ""]
notes = ["", "", "", "Báo cáo định kỳ hằng quý", "Ưu tiên thực hiện", "Hoàn thành trước ngày 31/12/2025"]
def tasks(items):
    for it in items:
        if it["kind"] == "task":
            yield it
        yield from tasks(it.get("items", []))
def caps(h, like):
    return h.upper() if like.isupper() else h
hdr0 = cols[1]["header"]
if v == "fund":
    i = len(cols)
    cols.append({"key": "funding", "header": caps("Nguồn kinh phí", hdr0), "width": 0.11})
    for t in tasks(p["items"]): t["funding"] = r.choice(funds)
elif v == "note":
    cols.append({"key": "note", "header": caps("Ghi chú", hdr0), "width": 0.08})
    for t in tasks(p["items"]): t["note"] = r.choice(notes)
elif v == "extra":
    h = caps("Người đứng đầu chịu trách nhiệm", hdr0)
    cols.insert(2, {"key": "extra", "header": h, "width": 0.12})
    for t in tasks(p["items"]):
        lead = t.get("lead", "")
        t.setdefault("extra", {})[h] = ("Giám đốc " + lead.split(",")[0].split(";")[0]) if lead.startswith("Sở ") else "Thủ trưởng đơn vị chủ trì"
elif v == "swap":
    keys = [c["key"] for c in cols]
    if "deliverable" in keys and "timeframe" in keys:
        a, b = keys.index("deliverable"), keys.index("timeframe")
        cols[a], cols[b] = cols[b], cols[a]
    names = {"lead": "Cơ quan chủ trì", "coordinating": "Cơ quan phối hợp", "deliverable": "Kết quả dự kiến", "timeframe": "Thời hạn hoàn thành"}
    for c in cols:
        if c["key"] in names: c["header"] = caps(names[c["key"]], hdr0)
elif v == "nocoord":
    cols[:] = [c for c in cols if c["key"] != "coordinating"]
    for t in tasks(p["items"]): t.pop("coordinating", None)
p["columns"] = cols
json.dump(p, open(out, "w"), ensure_ascii=False, indent=1)
exp = {k: p[k] for k in ("appendix", "title", "subtitle", "items") if k in p}
def strip(items):
    for it in items:
        it.pop("source", None)
        strip(it.get("items", []))
strip(exp["items"])
json.dump(exp, open(out.replace(".json", ".expected.json"), "w"), ensure_ascii=False, indent=1)
