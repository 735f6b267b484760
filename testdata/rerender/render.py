#!/usr/bin/env python3
# Re-render a corpus annex (annex JSON with columns) as HTML with a random
# geometry, for chromium to print. Usage: render.py plan.json seed out.html
# A plan may set "sectionStyle": "merged" (each section one cell across the
# table, "I. TITLE"), and a task may carry "cont": rows without a number
# whose cells go on the task's (a cell merged down), each a {key: text};
# and "groupHead" a header of two rows (below).
import json, random, sys, html
plan = json.load(open(sys.argv[1])); seed = int(sys.argv[2]); out = sys.argv[3]
r = random.Random(seed)
cols = plan["columns"]
n = len(cols)
# widths: number small, content big, others random
ws = []
for c in cols:
    if c["key"] == "number": ws.append(r.uniform(4, 7))
    elif c["key"] == "content": ws.append(r.uniform(28, 45))
    else: ws.append(r.uniform(9, 20))
tot = sum(ws); ws = [100*w/tot for w in ws]
size = r.choice([10.5, 11, 12, 13])
landscape = r.random() < 0.6
font = r.choice(["Times New Roman", "Liberation Serif", "DejaVu Serif"]) if r.random() < 0.3 else "Times New Roman"
upper_sec = r.random() < 0.5
def cell(t):
    return "<br>".join(html.escape(p) for p in t.split("\n"))
rows = []
def walk(items, depth):
    for it in items:
        if it["kind"] in ("section", "part", "subsection"):
            if plan.get("sectionStyle") == "merged":  # one cell across the table: "I. TITLE"
                rows.append(f'<tr><td colspan="{n}"><b>{cell(it["number"] + ". " + it.get("title",""))}</b></td></tr>')
            else:
                rows.append(f'<tr><td class="c">{html.escape(it["number"])}</td><td colspan="{n-1}"><b>{cell(it.get("title",""))}</b></td></tr>')
        else:
            # A task's "cont" rows: rows without a number whose cells go on
            # the task's (a cell merged down in the source).
            for row in [it] + it.get("cont", []):
                tds = []
                for c in cols:
                    k = c["key"]
                    if k == "number": v = row.get("number", "")
                    elif k == "extra": v = row.get("extra", {}).get(c["header"], "")
                    else: v = row.get(k, "")
                    cls = ' class="c"' if k in ("number",) else (' class="j"' if k == "content" else "")
                    tds.append(f'<td{cls}>{cell(v)}</td>')
                rows.append("<tr>" + "".join(tds) + "</tr>")
        walk(it.get("items", []), depth+1)
walk(plan["items"], 0)
align = r.choice(["left", "center"])
head = "".join(f'<th style="width:{w:.1f}%">{html.escape(c["header"])}</th>' for c, w in zip(cols, ws))
# A plan may set "groupHead": {"header": …, "keys": [two neighbouring column
# keys]}: a header of two rows, the group's name over those columns' heads.
group = plan.get("groupHead")
if group:
    row1, row2 = [], []
    for c, w in zip(cols, ws):
        th = f'<th style="width:{w:.1f}%">{html.escape(c["header"])}</th>'
        if c["key"] == group["keys"][0]:
            row1.append(f'<th colspan="{len(group["keys"])}">{html.escape(group["header"])}</th>'); row2.append(th)
        elif c["key"] in group["keys"]:
            row2.append(th)
        else:
            row1.append(th.replace("<th ", '<th rowspan="2" ', 1))
    head = "".join(row1) + "</tr><tr>" + "".join(row2)
app = plan.get("appendix", "")
doc = f'''<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: A4 {"landscape" if landscape else "portrait"}; margin: 15mm 12mm; }}
body {{ font-family: "{font}"; font-size: {size}pt; }}
table {{ border-collapse: collapse; width: 100%; table-layout: fixed; }}
td, th {{ border: 1px solid black; padding: 2px 4px; vertical-align: top; text-align: {align}; }}
td.c {{ text-align: center; }} td.j {{ text-align: justify; }}
thead {{ display: table-header-group; }} tr {{ page-break-inside: auto; }}
h3, p {{ text-align: center; margin: 2px; }}
</style></head><body>
<h3>PHỤ LỤC {html.escape(app)}</h3>
<h3>{html.escape(plan.get("title",""))}</h3>
<p><i>{html.escape(plan.get("subtitle",""))}</i></p>
<table><thead><tr>{head}</tr></thead><tbody>
{"".join(rows)}
</tbody></table></body></html>'''
open(out, "w").write(doc)
print(f"seed={seed} size={size} landscape={landscape} font={font} align={align} widths={[round(w) for w in ws]}")
