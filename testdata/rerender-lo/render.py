#!/usr/bin/env python3
# Re-render a corpus annex as a word-processor table (a flat ODT document)
# for LibreOffice to print, the way the corpus's lo.pdf and lo-portrait.pdf
# were made (Times New Roman, page number in the page header, header row
# repeated, optionally a row of column numbers), with a geometry drawn from
# a seed: column widths, font size, orientation, cell alignment.
# Usage: render.py plan.json seed out.fodt
# A plan may set "sectionStyle": "merged" (each section one cell across the
# table, "I. TITLE"), and a task may carry "cont": rows without a number
# whose cells go on the task's (a cell merged down), each a {key: text}.
import json, random, sys
from xml.sax.saxutils import escape
plan = json.load(open(sys.argv[1])); seed = int(sys.argv[2]); out = sys.argv[3]
r = random.Random(seed)
cols = plan["columns"]; n = len(cols)
# widths: the annex's own shares (as its source document set them), jittered
ws = [max(c.get("width", 0.1), 0.04) * r.uniform(0.8, 1.25) for c in cols]
tot = sum(ws); ws = [w/tot for w in ws]
ws = [max(w, 0.045) if c["key"] == "number" else w for w, c in zip(ws, cols)]
tot = sum(ws); ws = [w/tot for w in ws]
landscape = r.random() < 0.6
size = r.choice([12, 12, 12, 13, 11]) if landscape else r.choice([13, 13, 12, 14])
font = r.choice(["Times New Roman"] * 4 + ["DejaVu Serif", "Arial"])
colnums = (not landscape) and r.random() < 0.7
repeat = r.random() < 0.8
pw, ph = (29.7, 21.0) if landscape else (21.0, 29.7)
margin = r.choice([1.5, 2.0, 2.5])
tw = pw - 2*margin
# A clerk widens a column whose words break in the middle: each column is
# at least as wide as its longest word (bold header words included).
def words_of(k, items):
    for it in items:
        if it["kind"] == "task":
            v = it.get("number", "") if k == "number" else it.get(k, "")
            if isinstance(v, str):
                yield from v.split()
        yield from words_of(k, it.get("items", []))
def min_cm(c):
    longest = max([len(w) for w in words_of(c["key"], plan["items"])] + [len(w) * 1.25 for w in c["header"].split()] + [1])
    return longest * size * 0.62 / 28.35 + 0.25
for _ in range(3):
    mins = [min_cm(c) / tw for c in cols]
    ws = [max(w, m) for w, m in zip(ws, mins)]
    tot = sum(ws); ws = [w/tot for w in ws]
just = r.random() < 0.7
aligns = {c["key"]: r.choice(["P", "PC"]) for c in cols}
def para(t, style="P"):
    return "".join(f'<text:p text:style-name="{style}">{escape(line)}</text:p>' for line in t.split("\n")) or f'<text:p text:style-name="{style}"/>'
def cell(t, style="P"):
    return f'<table:table-cell table:style-name="C" office:value-type="string">{para(t, style)}</table:table-cell>'
rows = []
def walk(items):
    for it in items:
        if it["kind"] in ("section", "part", "subsection"):
            if plan.get("sectionStyle") == "merged":  # one cell across the table: "I. TITLE"
                rows.append('<table:table-row>' +
                    f'<table:table-cell table:style-name="C" table:number-columns-spanned="{n}" office:value-type="string">{para(it["number"] + ". " + it.get("title",""), "PB")}</table:table-cell>' +
                    '<table:covered-table-cell/>'*(n-1) + '</table:table-row>')
            else:
                rows.append('<table:table-row>' + cell(it["number"], "PC") +
                    f'<table:table-cell table:style-name="C" table:number-columns-spanned="{n-1}" office:value-type="string">{para(it.get("title",""), "PB")}</table:table-cell>' +
                    '<table:covered-table-cell/>'*(n-2) + '</table:table-row>')
        else:
            # A task's "cont" rows: rows without a number whose cells go on
            # the task's (a cell merged down in the source).
            for row in [it] + it.get("cont", []):
                tds = []
                for c in cols:
                    k = c["key"]
                    if k == "number": v, st = row.get("number", ""), "PC"
                    elif k == "extra": v, st = row.get("extra", {}).get(c["header"], ""), "P"
                    else: v, st = row.get(k, ""), (("PJ" if just else "P") if k == "content" else aligns[k])
                    tds.append(cell(v, st))
                rows.append('<table:table-row>' + "".join(tds) + '</table:table-row>')
        walk(it.get("items", []))
walk(plan["items"])
head = '<table:table-row>' + "".join(cell(c["header"], "PH") for c in cols) + '</table:table-row>'
if colnums:
    head += '<table:table-row>' + "".join(cell(f"({i+1})", "PH") for i in range(n)) + '</table:table-row>'
colstyles = "".join(f'<style:style style:name="co{i}" style:family="table-column"><style:table-column-properties style:column-width="{w*tw:.3f}cm"/></style:style>' for i, w in enumerate(ws))
coldefs = "".join(f'<table:table-column table:style-name="co{i}"/>' for i in range(n))
hdr = f'<table:table-header-rows>{head}</table:table-header-rows>' if repeat else head
app = plan.get("appendix", "")
doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="F" svg:font-family="'{font}'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="F" fo:font-size="{size}pt"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"><style:text-properties style:font-name="F" fo:font-size="{size}pt"/></style:style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm"><style:page-layout-properties fo:page-width="{pw}cm" fo:page-height="{ph}cm" style:print-orientation="{"landscape" if landscape else "portrait"}" fo:margin-top="1cm" fo:margin-bottom="{margin}cm" fo:margin-left="{margin}cm" fo:margin-right="{margin}cm"/><style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.3cm"/></style:header-style></style:page-layout>
<style:style style:name="T" style:family="table"><style:table-properties style:width="{tw:.3f}cm" table:align="left"/></style:style>
{colstyles}
<style:style style:name="C" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000" style:vertical-align="top"/></style:style>
<style:style style:name="P" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="start"/></style:style>
<style:style style:name="PJ" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="justify"/></style:style>
<style:style style:name="PC" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/></style:style>
<style:style style:name="PB" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="PH" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="PT" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="PS" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-style="italic"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm"><style:header><text:p text:style-name="PC"><text:page-number text:select-page="current">1</text:page-number></text:p></style:header></style:master-page></office:master-styles>
<office:body><office:text>
<text:p text:style-name="PT">PHỤ LỤC {escape(app)}</text:p>
{para(plan.get("title",""), "PT")}
{para(plan.get("subtitle",""), "PS")}
<table:table table:name="T1" table:style-name="T">{coldefs}{hdr}{"".join(rows)}</table:table>
</office:text></office:body></office:document>'''
open(out, "w").write(doc)
print(f"seed={seed} size={size} landscape={landscape} font={font} colnums={colnums} repeat={repeat} just={just} aligns={aligns} widths={[round(100*w) for w in ws]}")
