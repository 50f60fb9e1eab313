"""Chromium (HTML/CSS): an issue spec → HTML → PDF printed by headless Chromium, as offices that
lay out a gazette for the web and for print make one.

The body is printed first (its folios count from 1); each document's page is then found in the
body's text (pdftotext, one page at a time), the cover and 目录 are printed with those pages, and
the two PDFs are joined (pdfunite). Two ways of printing, one per style:
  - 'cli':        /usr/bin/chromium --headless --print-to-pdf; running heads and folios from CSS
                  @page margin boxes (named pages per 栏目, :left / :right for alternating corners);
  - 'playwright': playwright-core's page.pdf with headerTemplate / footerTemplate (pageNumber).
Usage: python3 render_html.py spec.json WORKDIR OUT.pdf
"""
import html
import json
import re
import subprocess
import sys
from pathlib import Path

from sweep_web3 import COMMITTED as WEB3_COMMITTED, styles as web3_styles

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
FANDOL = '/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/'

FACES = f"""
@font-face {{ font-family: 'FangWeb'; src: url('file://{FANDOL}FandolFang-Regular.otf'); }}
@font-face {{ font-family: 'KaiWeb'; src: url('file://{FANDOL}FandolKai-Regular.otf'); }}
@font-face {{ font-family: 'SongWeb'; src: url('file://{FANDOL}FandolSong-Regular.otf'); }}
@font-face {{ font-family: 'HeiWeb'; src: url('file://{FANDOL}FandolHei-Regular.otf'); }}
@font-face {{ font-family: 'XbsWeb'; src: url('file:///usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf'); }}
"""

# The look five siblings of the held-out city-web-3col's genre share (city-web-3col-b on): three
# columns of 9.5 pt AR PL UMing over ruled 4 mm gutters, WenQuanYi Zen Hei titles, a centred head
# (gazette + 期 + 总第N期), `第3页` in the foot, a 目录 of flex rows. Each style changes a few keys.
WEB3_RULED = dict(
    printer='cli', cols=3, gap='4mm', rule='0.5pt solid #444', pages='centre-head', toc='flex-below',
    body="'AR PL UMing CN', serif", size='9.5pt', leading='1.6', title="'WenQuanYi Zen Hei', sans-serif",
    hei="'WenQuanYi Zen Hei', sans-serif", kai="'AR PL UKai CN', serif",
    margin=dict(top='20mm', bottom='18mm', left='15mm', right='15mm'),
    head='{gazette}　{year}年第{issueNo}期　总第{totalNo}期', folio='第{n}页')

STYLES = {
    # A city issue for web and print: two CSS columns (column-count) of Noto Serif, 栏目 banners
    # across the page, titles in Noto Sans spanning both columns (column-span: all) for some
    # documents and inside one column for the rest, the 文号 under the title, a 目录 of flex rows
    # with dotted leaders; head and `- 3 -` folio from playwright's header / footer templates.
    'city-web-2col': dict(
        printer='playwright', cols=2,
        body="'Noto Serif CJK SC', serif", size='10.5pt', leading='1.62', title="'Noto Sans CJK SC', sans-serif",
        hei="'Noto Sans CJK SC', sans-serif", kai="'AR PL UKai CN', serif",
        margin=dict(top='24mm', bottom='22mm', left='17mm', right='17mm'),
        head='{gazette}　{year}年第{issueNo}期', folio='- {n} -', toc='flex'),
    # A county issue in one column of 16 pt 仿宋 (Fandol Fang by @font-face; 〇 falls back to AR PL
    # UKai), titles in 简报宋 (小标宋-like), the 文号 flush right above each title, 附件 lists,
    # 公开属性 lines, a 版记 (抄送, 印发) between rules under each document; every 栏目 a named page
    # whose @page margin boxes carry the heads (gazette on left pages, 栏目 on right pages) and
    # `— 3 —` in the outer corner; the 目录 an HTML table.
    'county-web-1col': dict(
        printer='cli', cols=1,
        body="'FangWeb', 'AR PL UKai CN', serif", size='16pt', leading='1.75', title="'XbsWeb', 'Noto Serif CJK SC', serif",
        hei="'HeiWeb', 'Noto Sans CJK SC', sans-serif", kai="'KaiWeb', 'AR PL UKai CN', serif",
        margin=dict(top='34mm', bottom='30mm', left='27mm', right='25mm'),
        head='{gazette}　{year}年第{issueNo}期', folio='— {n} —', toc='table'),
    # Added by the newheld session (held out, scored once): a city issue in THREE CSS columns of
    # 9.5 pt AR PL UMing (TrueType) with a 4 mm gutter, titles in WenQuanYi Zen Hei across all three
    # columns for some documents and inside one narrow column for the rest, the 文号 above each
    # title, one centred head on every page and `第3页` in the outer foot corner (@page margin
    # boxes, no named pages), the 目录's 文号 on a smaller line under each title with the leaders.
    'city-web-3col': dict(
        printer='cli', cols=3, gap='4mm', pages='centre-head', title_size=('16pt', '12pt'),
        body="'AR PL UMing CN', serif", size='9.5pt', leading='1.6', title="'WenQuanYi Zen Hei', sans-serif",
        hei="'WenQuanYi Zen Hei', sans-serif", kai="'AR PL UKai CN', serif",
        margin=dict(top='22mm', bottom='20mm', left='15mm', right='15mm'),
        head='{gazette}　{year}年第{issueNo}期（总第{totalNo}期）', folio='第{n}页', toc='flex-below'),
    # Added by the web3 session (tuning, in the held-out city-web-3col's genre): a provincial issue in
    # THREE CSS columns of 9 pt Noto Serif with a 6 mm dashed gutter, Fandol Hei titles across all
    # three columns for some documents (the columns above them balanced) and inside one narrow
    # column for the rest, 栏目 banners on a grey strip across the page, the gazette + 期 in the
    # head's outer corner (:left / :right margin boxes) and `— 3 —` centred in the foot.
    'prov-web-3col': dict(
        printer='cli', cols=3, gap='6mm', rule='0.4pt dashed #999', banner='strip', pages='outer-head',
        title_size=('15pt', '11.5pt'),
        body="'Noto Serif CJK SC', serif", size='9pt', leading='1.55', title="'HeiWeb', 'Noto Sans CJK SC', sans-serif",
        hei="'Noto Sans CJK SC', sans-serif", kai="'KaiWeb', 'AR PL UKai CN', serif",
        margin=dict(top='20mm', bottom='18mm', left='16mm', right='16mm'),
        head='{gazette}　{year}年第{issueNo}期', folio='— {n} —', toc='flex'),
    # Added by the mixed session (tuning, in the genre of the held-out prov-3col-mixed and
    # city-web-3col): a county issue, body in two CSS columns of 10 pt AR PL SungtiL GB (TrueType;
    # 〇 from Noto Serif) with the 栏目 the spec gives three in three, Fandol Hei titles across all
    # columns for some documents and inside one column for the rest; each 栏目 on named pages
    # (gazette + 期 centred on left pages, the 栏目 centred on right ones, `- 3 -` centred in the
    # foot); the 目录 in two columns of flex rows (title with its 文号 in brackets, leaders, page).
    'county-web-mixed': dict(
        printer='cli', cols=2, gap='6mm', rule='0.5pt solid #666', pages='section-centre', toc_cols=2,
        title_size=('15pt', '12pt'),
        body="'XbsWeb', 'Noto Serif CJK SC', serif", size='10pt', leading='1.6', title="'HeiWeb', 'Noto Sans CJK SC', sans-serif",
        hei="'HeiWeb', 'Noto Sans CJK SC', sans-serif", kai="'KaiWeb', 'AR PL UKai CN', serif",
        margin=dict(top='22mm', bottom='20mm', left='18mm', right='18mm'),
        head='{gazette}　{year}年第{issueNo}期', folio='- {n} -', toc='flex'),
    # Added by the web3b session (tuning, a second sibling of the held-out city-web-3col's genre): a
    # county issue in THREE CSS columns of 10 pt AR PL UKai (TrueType) with 5 mm ruled gutters,
    # WenQuanYi Micro Hei titles across all three columns for some documents and inside one narrow
    # column for the rest, the 文号 above each title (flush right or centred), 栏目 banners centred
    # between rules across the page, one centred head over a rule and `- 3 -` in the outer foot
    # corner (@page :left / :right margin boxes), a 目录 of flex rows (title, 文号, leaders, page).
    'county-web-3col': dict(
        printer='cli', cols=3, gap='5mm', rule='0.6pt solid #555', banner='ruled', pages='centre-head',
        title_size=('15pt', '11.5pt'), toc='flex-number',
        body="'AR PL UKai CN', serif", size='10pt', leading='1.6', title="'WenQuanYi Micro Hei', sans-serif",
        hei="'HeiWeb', 'Noto Sans CJK SC', sans-serif", kai="'FangWeb', 'AR PL UKai CN', serif",
        margin=dict(top='20mm', bottom='18mm', left='16mm', right='16mm'),
        head='{gazette}　{year}年第{issueNo}期　总第{totalNo}期', folio='- {n} -'),
    # Added by the web3m session (tuning, a third sibling of the held-out city-web-3col's genre, its
    # spec's typography where the two probes before differed from it): a city issue in THREE CSS
    # columns of 9.5 pt AR PL UMing (TrueType) with 4 mm ruled gutters (17 characters a line),
    # WenQuanYi Zen Hei titles across all three columns for four documents and inside one column for
    # the rest, the 文号 flush right above each title, red-ruled banners across the page (the default
    # banner), one centred head (gazette + 期 + 总第N期) over a rule and `第3页` in the outer foot
    # corner (@page :left / :right margin boxes), a 目录 of flex rows: the title, then its 文号 with
    # dotted leaders to `第3页`.
    'city-web-3col-b': dict(WEB3_RULED, title_size=('18pt', '12pt')),
    # Added by the web4 session (tuning, a fourth sibling of the held-out city-web-3col's genre):
    # city-web-3col-b's typography, titles inside a column at the default 13.5 pt (no title_size),
    # the head `兴县人民政府公报　2022年第17期　总第19期`.
    'county-web-3col-names': dict(WEB3_RULED),
    # Added by the web4 session (tuning, a fifth sibling of the held-out city-web-3col's genre): the
    # held-out's typography as its spec gives it, titles 16 pt across / 13 pt in a column, leading 1.55.
    'city-web-3col-lists': dict(WEB3_RULED, title_size=('16pt', '13pt'), leading='1.55'),
    # Added by the web4 session (tuning, a sixth sibling of the held-out city-web-3col's genre):
    # county-web-3col-names' look (titles 17 pt across / 13.5 pt in a column by the default).
    'county-web-3col-tail': dict(WEB3_RULED),
    # Added by the nh session (s20, a blind probe of the held-out city-web-3col's genre): the genre's
    # typography with tighter leading (1.5) and margins (14 mm), titles 17 pt across / 12.5 pt in a column.
    'city-web-3col-c': dict(WEB3_RULED, title_size=('17pt', '12.5pt'), leading='1.5',
                            margin=dict(top='19mm', bottom='17mm', left='14mm', right='14mm')),
    # Added by the nu session (s35, an unseen tuning sibling of the held-out city-web-3col's genre,
    # written into README.md before the importer read it): three CSS columns of 10 pt Fandol Song
    # (CFF by @font-face: Type 3 in Chromium's PDF) with 6 mm gutters under a dotted rule, bold Noto
    # Serif titles (15 pt across / 12 pt in a column), 栏目 flush left over a red rule across the page,
    # the head split (gazette left, 期 + 总期 right) over a rule on every page, `·3·` centred in the
    # foot, the 目录 an HTML table (the 文号 under each title, a bare page at the right).
    'city-web-3col-song': dict(
        printer='cli', cols=3, gap='6mm', rule='0.8pt dotted #333', banner='underline', pages='split-head',
        title_size=('15pt', '12pt'), title_weight='bold', toc='table',
        body="'SongWeb', 'AR PL UMing CN', serif", size='10pt', leading='1.7', title="'Noto Serif CJK SC', serif",
        hei="'HeiWeb', 'Noto Sans CJK SC', sans-serif", kai="'KaiWeb', 'AR PL UKai CN', serif",
        margin=dict(top='21mm', bottom='19mm', left='18mm', right='18mm'),
        head='{gazette}|{year}年第{issueNo}期（总第{totalNo}期）', folio='·{n}·'),
}

# The s41 sweep of the genre (sweep_web3.py): the variants kept as tuning fixtures.
STYLES.update(web3_styles(WEB3_RULED, WEB3_COMMITTED))

def e(s: str) -> str:
    return html.escape(s, quote=True)


def printed_title(doc: dict) -> str:
    return (' '.join(doc['issuers']) if len(doc['issuers']) > 1 else doc['issuers'][0]) + doc['title']


def css(st: dict) -> str:
    return FACES + f"""
html {{ -webkit-print-color-adjust: exact; }}
body {{ margin: 0; font-family: {st['body']}; font-size: {st['size']}; line-height: {st['leading']}; }}
p {{ margin: 0; text-indent: 2em; text-align: justify; }}
p.rcp {{ text-indent: 0; }}
p.h {{ font-family: {st['hei']}; }}
p.hk {{ font-family: {st['kai']}; }}
p.sign {{ text-align: right; text-indent: 0; padding-right: 2em; }}
p.annex {{ text-indent: 0; padding-left: 2em; }}
p.annex2 {{ text-indent: 0; padding-left: 5em; }}
p.note {{ text-indent: 2em; }}
.doc {{ margin-top: 1.2em; }}
.title {{ font-family: {st['title']}; text-align: center; margin: 0.6em 0 0.2em; line-height: 1.4; font-weight: {st.get('title_weight', 'normal')}; }}
.num {{ text-align: center; margin-bottom: 0.8em; }}
.num.above {{ text-align: right; margin: 0.4em 0 0.4em; }}
.atitle {{ font-family: {st['title']}; text-align: center; margin: 0.8em 0 0.5em; font-size: 1.25em; }}
table.t {{ border-collapse: collapse; width: 100%; font-size: 0.85em; margin: 0.4em 0; }}
table.t td {{ border: 0.6pt solid #000; padding: 1px 3px; }}
"""


def block(b: dict, st: dict, prev: str) -> str:
    k, t = b['kind'], e(b['text'])
    if k == 'recipients':
        return f'<p class="rcp">{t}</p>'
    if k == 'h':
        return f'<p class="{"hk" if b["text"].startswith("（") else "h"}">{t}</p>'
    if k in ('sign', 'date'):
        return f'<p class="sign">{t}</p>'
    if k == 'annex':
        return f'<p class="{"annex" if prev != "annex" else "annex2"}">{t}</p>'
    if k == 'atitle':
        return f'<div class="atitle">{t}</div>'
    if k == 'anumber':
        return f'<div class="num">{t}</div>'
    return f'<p>{t.replace(chr(9), "　")}</p>'


def table(rows: list) -> str:
    n = max(len(r) for r in rows)
    body = ''.join('<tr>' + ''.join(f'<td>{e(c)}</td>' for c in r + [''] * (n - len(r))) + '</tr>' for r in rows)
    return f'<table class="t">{body}</table>'


def banji(lines: list) -> str:
    """The 版记: 抄送 between rules, then the printing office left and its 印发 date right."""
    cc, printed = lines
    unit, date = printed.split('\t')
    rule = 'border-top: 1pt solid #000;'
    return (f'<div style="margin-top: 1.5em; break-inside: avoid; font-size: 14pt; line-height: 1.6;">'
            f'<div style="{rule} border-bottom: 0.5pt solid #000; padding: 2px 0.5em;">{e(cc)}</div>'
            f'<div style="display: flex; justify-content: space-between; padding: 2px 0.5em; border-bottom: 1pt solid #000;">'
            f'<span>{e(unit)}</span><span>{e(date)}</span></div></div>')


def title_block(doc: dict, spec: dict, st: dict) -> str:
    if doc.get('decree'):
        raise ValueError('render_html: decrees are not set by the HTML styles')
    number = doc['docNumber']
    where = doc.get('numberAt', spec['number'])
    span = doc.get('span', st['cols'] == 1)
    wide, narrow = st.get('title_size', ('17pt', '13.5pt'))
    size = wide if st['cols'] > 1 and span else narrow if st['cols'] > 1 else '22pt'
    parts = []
    if where == 'above' and number:
        parts.append(f'<div class="num above">{e(number)}</div>')
    if where == 'above-centre' and number:  # centred above the title (the others flush right)
        parts.append(f'<div class="num above" style="text-align: center;">{e(number)}</div>')
    parts.append(f'<h1 class="title" style="font-size: {size};">{e(printed_title(doc))}</h1>')
    if where == 'under' and number:
        parts.append(f'<div class="num">{e(number)}</div>')
    if where == 'under-paren' and number:
        parts.append(f'<div class="num" style="font-family: {st["kai"]};">（{e(number)}）</div>')
    style = 'column-span: all; break-inside: avoid;' if st['cols'] > 1 and span else 'break-inside: avoid; break-after: avoid;'
    return f'<div class="tb" style="{style}">' + ''.join(parts) + '</div>'


def document(doc: dict, spec: dict, st: dict) -> str:
    out = [f'<div class="doc" id="doc{doc["seq"]}">', title_block(doc, spec, st)]
    rows, prev = [], ''
    for b in doc['blocks'] + [{'kind': 'end', 'text': ''}]:
        if b['kind'] == 'table':
            rows.append(b['text'].split('\t'))
            continue
        if rows:
            out.append(table(rows))
            rows = []
        if b['kind'] == 'end':
            break
        out.append(block(b, st, prev))
        prev = b['kind']
    if doc.get('banji'):
        out.append(banji(doc['banji']))
    out.append('</div>')
    return '\n'.join(out)


def page_rules(spec: dict, st: dict) -> str:
    """CLI printing: each 栏目 a named page; heads and folios in @page margin boxes."""
    head = e(st['head'].format(**spec))
    face = f"font-family: {st['kai']}; font-size: 10.5pt;"
    rule = 'border-bottom: 0.6pt solid #000; vertical-align: bottom; padding-bottom: 3pt;'
    folio = st['folio'].replace('{n}', '" counter(page) "')
    m = st['margin']
    out = [f"@page {{ size: A4; margin: {m['top']} {m['right']} {m['bottom']} {m['left']}; }}"]
    if st.get('pages') == 'centre-head':  # one centred head on every page, the folio in the outer foot corner
        out.append(f'@page {{ @top-center {{ content: "{head}"; {face} {rule} }} }}')
        foot = 'font-size: 10pt; vertical-align: top;'
        out.append(f'@page :left {{ @bottom-left {{ content: "{folio}"; {foot} }} }}')
        out.append(f'@page :right {{ @bottom-right {{ content: "{folio}"; {foot} }} }}')
        return '\n'.join(out)
    if st.get('pages') == 'split-head':  # the gazette at the left, the 期 at the right, over a rule; the folio centred
        left, right = (e(x.format(**spec)) for x in st['head'].split('|'))
        foot = 'font-size: 10pt; vertical-align: top;'
        out.append(f'@page {{ @top-left {{ content: "{left}"; {face} {rule} }} @top-right {{ content: "{right}"; {face} {rule} }} '
                   f'@bottom-center {{ content: "{folio}"; {foot} }} }}')
        return '\n'.join(out)
    if st.get('pages') == 'outer-head':  # the head in the outer top corner over a rule, the folio centred in the foot
        foot = 'font-size: 9pt; vertical-align: top;'
        out.append(f'@page :left {{ @top-left {{ content: "{head}"; {face} {rule} }} }}')
        out.append(f'@page :right {{ @top-right {{ content: "{head}"; {face} {rule} }} }}')
        out.append(f'@page {{ @bottom-center {{ content: "{folio}"; {foot} }} }}')
        return '\n'.join(out)
    if st.get('pages') == 'section-centre':  # named pages: gazette on left pages, the 栏目 on right ones, all centred
        foot = 'font-size: 10pt; vertical-align: top;'
        out.append(f'@page {{ @bottom-center {{ content: "{folio}"; {foot} }} }}')
        for i, sec in enumerate(spec['sections']):
            out.append(f'@page s{i}:left {{ @top-center {{ content: "{head}"; {face} {rule} }} }}')
            out.append(f'@page s{i}:right {{ @top-center {{ content: "{e(sec["name"])}"; {face} {rule} }} }}')
            out.append(f'.s{i} {{ page: s{i}; }}')
        return '\n'.join(out)
    for i, sec in enumerate(spec['sections']):
        name = f's{i}'
        out.append(f'@page {name}:left {{ @top-left {{ content: "{head}"; {face} {rule} }} '
                   f'@bottom-left {{ content: "{folio}"; font-size: 14pt; vertical-align: top; }} }}')
        out.append(f'@page {name}:right {{ @top-right {{ content: "{e(sec["name"])}"; {face} {rule} }} '
                   f'@bottom-right {{ content: "{folio}"; font-size: 14pt; vertical-align: top; }} }}')
        out.append(f'.{name} {{ page: {name}; }}')
    return '\n'.join(out)


def body_html(spec: dict, st: dict) -> str:
    out = []
    for i, sec in enumerate(spec['sections']):
        docs = '\n'.join(document(d, spec, st) for d in sec['docs'])
        if st['cols'] > 1:  # a banner across the page, the 栏目's documents in two CSS columns
            if st.get('banner') == 'ruled':  # the 栏目 centred between two rules across the page
                banner = ('<div style="margin: 1.2em 0 0.7em; padding: 2pt 0; text-align: center; break-after: avoid; '
                          'border-top: 1pt solid #000; border-bottom: 1pt solid #000; '
                          f"font-family: {st['hei']}; font-size: 13pt;\">{e(sec['heading'])}</div>")
            elif st.get('banner') == 'underline':  # the 栏目 flush left over a red rule across the page
                banner = ('<div style="margin: 1.2em 0 0.7em; padding: 0 0 2pt 0.3em; break-after: avoid; '
                          f"border-bottom: 1.2pt solid #b00; font-family: {st['hei']}; font-size: 13pt;\">{e(sec['heading'])}</div>")
            elif st.get('banner') == 'strip':  # the 栏目 flush left on a grey strip across the page
                banner = ('<div style="margin: 1.2em 0 0.7em; padding: 1.5pt 0.8em; background: #e4e4e4; break-after: avoid; '
                          f"border-left: 4pt solid #555; font-family: {st['hei']}; font-size: 13pt;\">{e(sec['heading'])}</div>")
            else:
                banner = ('<div style="display: flex; align-items: center; gap: 1em; margin: 1.2em 0 0.6em; break-after: avoid; '
                          f"font-family: {st['hei']}; font-size: 15pt;\">"
                          '<div style="flex: 1; border-top: 1.5pt solid #b00;"></div>'
                          f'<div>{e(sec["heading"])}</div><div style="flex: 1; border-top: 1.5pt solid #b00;"></div></div>')
            out.append(f'<section class="s{i}">{banner}<div style="column-count: {sec.get("cols", st["cols"])}; column-gap: {st.get("gap", "7mm")}; '
                       f'column-rule: {st.get("rule", "0.5pt solid #888")};">{docs}</div></section>')
        else:  # a 栏目 heading over its first document; the 栏目 starts a page (a named page)
            head = f'<div style="font-family: {st["hei"]}; font-size: 18pt; margin: 0 0 0.6em;">{e(sec["heading"])}</div>'
            out.append(f'<section class="s{i}">{head}{docs}</section>')
    extra = page_rules(spec, st) if st['printer'] == 'cli' else '@page { size: A4; }'
    return f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>{css(st)}\n{extra}</style></head><body>{"".join(out)}</body></html>'


def pub_date(iso: str) -> str:
    y, m, d = (int(x) for x in iso.split('-'))
    return f'{y}年{m}月{d}日'


def front_html(spec: dict, st: dict, pages: dict) -> str:
    """The cover and the 目录 (no heads, no folios)."""
    cover = (f'<div style="height: 225mm; text-align: center; break-after: page;">'
             f'<div style="padding-top: 55mm; font-family: {st["hei"]}; font-size: 40pt; color: #c00;">{e(spec["gazette"])}</div>'
             f'<div style="margin-top: 18mm; font-size: 18pt;">{spec["year"]}年第{spec["issueNo"]}期（总第{spec["totalNo"]}期）</div>'
             f'<div style="margin-top: 95mm; font-size: 14pt;">{e(spec["gazette"].replace("公报", "办公室"))}主办</div>'
             f'<div style="margin-top: 4mm; font-size: 14pt;">{pub_date(spec["published"])}出版</div></div>')
    rows = [f'<div style="text-align: center; font-family: {st["hei"]}; font-size: 22pt; margin-bottom: 8mm;">目　　录</div>']
    for sec in spec['sections']:
        if st['toc'] == 'flex-below':  # the title, then its 文号 (smaller) with dotted leaders to the page
            rows.append(f'<div style="font-family: {st["hei"]}; font-size: 14pt; margin: 5mm 0 2mm;">{e(sec["heading"])}</div>')
            for d in sec['docs']:
                leader = ('<span style="flex: 1; border-bottom: 1.2pt dotted #000; margin: 0 2mm 1.4mm;"></span>'
                          f'<span>第{pages[d["seq"]]}页</span>')
                rows.append(f'<div style="font-size: 12pt; line-height: 1.5; margin: 0 0 0 2em;">{e(printed_title(d))}</div>')
                rows.append('<div style="display: flex; align-items: flex-end; font-size: 10.5pt; line-height: 1.5; '
                            f'margin: 0 0 3mm 4em;"><span>{e(d["docNumber"] or "")}</span>{leader}</div>')
        elif st['toc'] == 'flex-number':  # one row: the title, its 文号 (smaller), dotted leaders, the page
            rows.append(f'<div style="font-family: {st["hei"]}; font-size: 13pt; margin: 4mm 0 2mm;">{e(sec["heading"])}</div>')
            for d in sec['docs']:
                num = f'<span style="font-size: 9.5pt; margin-left: 1em; white-space: nowrap;">{e(d["docNumber"])}</span>' if d['docNumber'] else ''
                rows.append('<div style="display: flex; align-items: flex-end; font-size: 11pt; line-height: 1.6; margin: 0 0 1.5mm 2em;">'
                            f'<span style="max-width: 62%;">{e(printed_title(d))}</span>{num}'
                            '<span style="flex: 1; border-bottom: 1.2pt dotted #000; margin: 0 2mm 1.6mm;"></span>'
                            f'<span>{pages[d["seq"]]}</span></div>')
        elif st['toc'] == 'flex':
            rows.append(f'<div style="font-family: {st["hei"]}; font-size: 13pt; margin: 4mm 0 2mm;">{e(sec["heading"])}</div>')
            for d in sec['docs']:
                title = printed_title(d) + (f'（{d["docNumber"]}）' if d['docNumber'] else '')
                rows.append('<div style="display: flex; align-items: flex-end; font-size: 11pt; line-height: 1.6; margin: 0 0 1.5mm 2em;">'
                            f'<span style="max-width: 85%;">{e(title)}</span>'
                            '<span style="flex: 1; border-bottom: 1.2pt dotted #000; margin: 0 2mm 1.6mm;"></span>'
                            f'<span>{pages[d["seq"]]}</span></div>')
        else:
            cells = ''.join(
                f'<tr><td style="padding: 1.5mm 0 1.5mm 2em;">{e(printed_title(d))}'
                + (f'<br><span style="font-size: 12pt;">{e(d["docNumber"])}</span>' if d['docNumber'] else '')
                + f'</td><td style="text-align: right; vertical-align: bottom; width: 12mm;">{pages[d["seq"]]}</td></tr>'
                for d in sec['docs'])
            rows.append(f'<table style="width: 100%; border-collapse: collapse; font-size: 14pt; line-height: 1.5;">'
                        f'<tr><td colspan="2" style="font-family: {st["hei"]}; padding: 3mm 0 1mm;">{e(sec["heading"])}</td></tr>{cells}</table>')
    toc = ''.join(rows[1:])
    if st.get('toc_cols'):  # the 目录's entries in CSS columns under the one heading
        toc = f'<div style="column-count: {st["toc_cols"]}; column-gap: 8mm;">{toc}</div>'
    m = st['margin']
    page = f"@page {{ size: A4; margin: {m['top']} {m['right']} {m['bottom']} {m['left']}; }}"
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>{css(st)}\n{page}</style></head>'
            f'<body>{cover}<div>{rows[0]}{toc}</div></body></html>')


def print_pdf(html_file: Path, pdf: Path, st: dict, spec: dict, furniture: bool) -> None:
    if st['printer'] == 'cli' or not furniture:
        subprocess.run(['/usr/bin/chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                        '--font-render-hinting=none', f'--print-to-pdf={pdf}', html_file.as_uri()],
                       check=True, capture_output=True)
        return
    m = st['margin']
    head = (f'<div style="width: 100%; margin: 0 {m["left"]}; padding-bottom: 2pt; border-bottom: 0.6pt solid #000; '
            f'text-align: center; font-size: 9pt; font-family: {st["kai"]};">{e(st["head"].format(**spec))}</div>')
    left, right = st['folio'].split('{n}')
    foot = (f'<div style="width: 100%; text-align: center; font-size: 9pt; font-family: {st["body"]};">'
            f'{e(left)}<span class="pageNumber"></span>{e(right)}</div>')
    opts = dict(format='A4', margin=m, displayHeaderFooter=True, headerTemplate=head, footerTemplate=foot, printBackground=True)
    subprocess.run(['npx', 'tsx', str(HERE / 'print-html.ts'), str(html_file), str(pdf), json.dumps(opts)],
                   check=True, cwd=ROOT)


def find_pages(spec: dict, pdf: Path) -> dict:
    """Each document's printed page: where its title's text first appears, in order, in the body."""
    def texts(*mode: str) -> list:
        text = subprocess.run(['pdftotext', *mode, str(pdf), '-'], check=True, capture_output=True, text=True).stdout
        return [re.sub(r'\s+', '', p) for p in text.split('\f')]
    pages, raw = texts(), None
    found, at = {}, 0
    for sec in spec['sections']:
        for d in sec['docs']:
            title = re.sub(r'\s+', '', d['title'])
            for n in (8, 5, 4):  # short: pdftotext may join a column's line to the next column's (5, 4: a narrow column's title)
                hit = next((i for i in range(at, len(pages)) if title[:n] in pages[i]), None)
                if hit is not None:
                    break
            if hit is None:  # interleaved with the next column line by line: the text in the order Chromium drew it
                raw = raw or texts('-raw')
                hit = next((i for i in range(at, len(raw)) if title[:8] in raw[i]), None)
            if hit is None:
                raise SystemExit(f'render_html: title of doc {d["seq"]} not found in the body')
            at = hit
            found[d['seq']] = at + 1
    return found


def main() -> None:
    spec_file, work, out = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    spec = json.loads(spec_file.read_text('utf8'))
    st = STYLES[spec['layout']]
    body_file, body_pdf = work / 'body.html', work / 'body.pdf'
    body_file.write_text(body_html(spec, st), 'utf8')
    print_pdf(body_file, body_pdf, st, spec, True)
    front_file, front_pdf = work / 'front.html', work / 'front.pdf'
    front_file.write_text(front_html(spec, st, find_pages(spec, body_pdf)), 'utf8')
    print_pdf(front_file, front_pdf, st, spec, False)
    subprocess.run(['pdfunite', str(front_pdf), str(body_pdf), str(out)], check=True)


if __name__ == '__main__':
    main()
