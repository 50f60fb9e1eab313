"""Chromium (HTML/CSS) for the nl session's held-out county issue (county-web-masthead): render_html's
blocks, tables, page finding and printing, with its own mastheads, 目录 and page furniture.

- ONE column of 12 pt 仿宋 (Fandol Fang; 〇 from AR PL UKai), titles in 简报宋 (AR PL SungtiL GB),
  黑体 一、 headings, 楷体 （一） headings;
- every document opens a new page under its own red masthead, as the issued 公文 prints it:
  `兴县人民政府文件` or `兴县人民政府办公室文件` with the 文号 centred under it over a red rule; a
  函 under the bare issuer's name over a double red rule, its 文号 flush right under the rule; a
  joint document's units stacked at the left with one `文件` beside them; a document without 文号
  (公告, 任免) printed with no masthead, its title alone;
- the head in the outer corner over a rule (the gazette + 期 on left pages, the 栏目 on right
  pages: each 栏目 a named page), `·3·` in the INNER foot corner (@page margin boxes);
- the cover, then the 目录: a ruled grid table (序号 | 标题 | 文号 | 页码), each 栏目 a merged row.
Usage: python3 render_html_nl.py spec.json WORKDIR OUT.pdf
"""
import json
import subprocess
import sys
from pathlib import Path

import render_html as rh
from render_html import e

ST = dict(
    printer='cli', cols=1,
    body="'FangWeb', 'AR PL UKai CN', serif", size='12pt', leading='1.75', title="'XbsWeb', 'Noto Serif CJK SC', serif",
    hei="'WenQuanYi Zen Hei', sans-serif", kai="'AR PL UKai CN', serif",
    margin=dict(top='28mm', bottom='24mm', left='24mm', right='24mm'))
RED = '#d40000'


def css() -> str:
    return rh.css(ST) + f"""
.doc {{ break-before: page; margin-top: 0; }}
.mh {{ font-family: {ST['title']}; color: {RED}; text-align: center; font-size: 34pt; letter-spacing: 0.08em; line-height: 1.3; margin-top: 4mm; }}
.mhnum {{ text-align: center; margin: 4mm 0 1.5mm; font-size: 12pt; }}
.redline {{ border-top: 2pt solid {RED}; margin: 0 0 8mm; }}
.redline2 {{ border-top: 3pt solid {RED}; border-bottom: 1pt solid {RED}; height: 2pt; margin: 3mm 0 1.5mm; }}
.mhright {{ text-align: right; margin: 0 0 7mm; font-size: 12pt; }}
table.joint {{ margin: 4mm auto 0; border-collapse: collapse; color: {RED}; font-family: {ST['title']}; }}
table.joint td {{ padding: 0 2mm; line-height: 1.35; }}
.doctitle {{ font-family: {ST['title']}; text-align: center; font-size: 19pt; line-height: 1.45; margin: 0 0 6mm; font-weight: normal; }}
.atitle {{ font-size: 15pt; }}
"""


def masthead(doc: dict) -> str:
    number = doc['docNumber']
    if not number:  # 公告, 任免: no masthead
        return '<div style="height: 10mm;"></div>'
    issuers = doc['issuers']
    if len(issuers) > 1:  # the units stacked at the left, one 文件 beside them
        rows = ''.join(f'<tr><td style="font-size: 24pt; text-align: justify; text-align-last: justify;">{e(u)}</td>'
                       + (f'<td rowspan="{len(issuers)}" style="font-size: 40pt; vertical-align: middle;">文件</td>' if i == 0 else '')
                       + '</tr>' for i, u in enumerate(issuers))
        return f'<table class="joint">{rows}</table><div class="mhnum">{e(number)}</div><div class="redline"></div>'
    if '函' in number:  # a 函: the bare issuer, a double red rule, the 文号 flush right under it
        return f'<div class="mh">{e(issuers[0])}</div><div class="redline2"></div><div class="mhright">{e(number)}</div>'
    return f'<div class="mh">{e(issuers[0])}文件</div><div class="mhnum">{e(number)}</div><div class="redline"></div>'


def document(doc: dict) -> str:
    out = [f'<div class="doc" id="doc{doc["seq"]}">', masthead(doc),
           f'<h1 class="doctitle">{e(rh.printed_title(doc))}</h1>']
    rows, prev = [], ''
    for b in doc['blocks'] + [{'kind': 'end', 'text': ''}]:
        if b['kind'] == 'table':
            rows.append(b['text'].split('\t'))
            continue
        if rows:
            out.append(rh.table(rows))
            rows = []
        if b['kind'] == 'end':
            break
        if b['kind'] == 'atitle' and prev != 'h':  # an attached plan's title opens its own page
            out.append(f'<div class="atitle" style="break-before: page;">{e(b["text"])}</div>')
        elif b['kind'] == 'h' and b['text'] == '附件':  # so does an attachment
            out.append(f'<p class="h" style="break-before: page; text-indent: 0;">{e(b["text"])}</p>')
        else:
            out.append(rh.block(b, ST, prev))
        prev = b['kind']
    out.append('</div>')
    return '\n'.join(out)


def page_rules(spec: dict) -> str:
    head = e(f"{spec['gazette']}　{spec['year']}年第{spec['issueNo']}期")
    face = f"font-family: {ST['kai']}; font-size: 10.5pt; border-bottom: 0.6pt solid #000; vertical-align: bottom; padding-bottom: 2pt;"
    foot = 'font-size: 11pt; vertical-align: top;'
    m = ST['margin']
    out = [f"@page {{ size: A4; margin: {m['top']} {m['right']} {m['bottom']} {m['left']}; }}"]
    for i, sec in enumerate(spec['sections']):
        out.append(f'@page s{i}:left {{ @top-left {{ content: "{head}"; {face} }} '
                   f'@bottom-right {{ content: "·" counter(page) "·"; {foot} }} }}')
        out.append(f'@page s{i}:right {{ @top-right {{ content: "{e(sec["name"])}"; {face} }} '
                   f'@bottom-left {{ content: "·" counter(page) "·"; {foot} }} }}')
        out.append(f'.s{i} {{ page: s{i}; }}')
    return '\n'.join(out)


def body_html(spec: dict) -> str:
    secs = [f'<section class="s{i}">' + '\n'.join(document(d) for d in sec['docs']) + '</section>'
            for i, sec in enumerate(spec['sections'])]
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>{css()}\n{page_rules(spec)}</style></head>'
            f'<body>{"".join(secs)}</body></html>')


def name_size(name: str) -> str:
    """The cover's name on one line: a short name (蔚汾政报) large and letter-spaced, a long one smaller."""
    return 'font-size: 66pt; letter-spacing: 0.3em;' if len(name) <= 5 else 'font-size: 42pt; letter-spacing: 0.05em;'


def host(spec: dict) -> str:
    """Who runs the gazette: the government's office (a 政报's name does not say whose: the county's)."""
    return spec['gazette'].replace('公报', '办公室') if spec['gazette'].endswith('公报') else '兴县人民政府办公室'


def front_html(spec: dict, pages: dict) -> str:
    cover = (f'<div style="height: 240mm; text-align: center; break-after: page;">'
             f'<div style="padding-top: 45mm; font-family: {ST["title"]}; {name_size(spec["gazette"])} color: {RED};">{e(spec["gazette"])}</div>'
             f'<div style="margin: 10mm auto 0; width: 70%; border-top: 2pt solid {RED};"></div>'
             f'<div style="margin-top: 10mm; font-size: 18pt;">{spec["year"]}年第{spec["issueNo"]}期（总第{spec["totalNo"]}期）</div>'
             f'<div style="margin-top: 100mm; font-size: 14pt;">{e(host(spec))}主办</div>'
             f'<div style="margin-top: 4mm; font-size: 14pt;">{rh.pub_date(spec["published"])}出版</div></div>')
    cell = 'border: 0.6pt solid #000; padding: 1mm 2mm;'
    rows = [f'<tr style="font-family: {ST["hei"]}; text-align: center;"><td style="{cell} width: 9mm;">序号</td>'
            f'<td style="{cell}">标　　题</td><td style="{cell} width: 44mm;">文　　号</td><td style="{cell} width: 12mm;">页码</td></tr>']
    for sec in spec['sections']:
        rows.append(f'<tr><td colspan="4" style="{cell} font-family: {ST["hei"]}; background: #eee;">{e(sec["heading"])}</td></tr>')
        for d in sec['docs']:
            rows.append(f'<tr><td style="{cell} text-align: center;">{d["seq"]}</td><td style="{cell}">{e(rh.printed_title(d))}</td>'
                        f'<td style="{cell} text-align: center; white-space: nowrap;">{e(d["docNumber"] or "")}</td>'
                        f'<td style="{cell} text-align: center;">{pages[d["seq"]]}</td></tr>')
    toc = (f'<div style="text-align: center; font-family: {ST["hei"]}; font-size: 22pt; margin-bottom: 7mm;">目　　录</div>'
           f'<table style="width: 100%; border-collapse: collapse; font-size: 11pt; line-height: 1.4;">{"".join(rows)}</table>')
    m = ST['margin']
    page = f"@page {{ size: A4; margin: {m['top']} {m['right']} {m['bottom']} {m['left']}; }}"
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>{css()}\n{page}</style></head>'
            f'<body>{cover}<div>{toc}</div></body></html>')


def main() -> None:
    spec_file, work, out = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    spec = json.loads(spec_file.read_text('utf8'))
    body_file, body_pdf = work / 'body.html', work / 'body.pdf'
    body_file.write_text(body_html(spec), 'utf8')
    rh.print_pdf(body_file, body_pdf, ST, spec, True)
    front_file, front_pdf = work / 'front.html', work / 'front.pdf'
    front_file.write_text(front_html(spec, rh.find_pages(spec, body_pdf)), 'utf8')
    rh.print_pdf(front_file, front_pdf, ST, spec, False)
    subprocess.run(['pdfunite', str(front_pdf), str(body_pdf), str(out)], check=True)


if __name__ == '__main__':
    main()
