"""python-docx: an issue spec → a Word file (cover, 目录, body in one or two columns, heads, folios).

Usage: render_docx.py spec.json out.docx [pages.json]. pages.json maps 目录 labels to printed page
numbers (docx_pages.py finds them in LibreOffice's PDF); without it the 目录 shows 0.
"""
import json
import re
import sys
from datetime import datetime

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor, Twips

from render_tex import printed_title, toc_entries
from sweep_docx import COMMITTED as SWEEP_COMMITTED, styles as sweep_styles

JUSTIFY = [False]  # set per render from the style: body paragraphs justified
LINE = [None]  # set per render: an exact line pitch in pt (GB/T 9704's grid), else Word's single spacing
AUTONUM = [None]  # the abstractNum id of the headings' list numbering, when the style has autonum

STYLES = {
    'prov-2col-song': dict(body='AR PL UMing CN', title='Noto Serif CJK SC', hei='Noto Sans CJK SC', kai='AR PL UKai CN',
                           cols=2, folio='— {} —', size=10.5, alternate=True),
    'county-1col-heads': dict(body='AR PL UMing CN', title='Noto Serif CJK SC', hei='WenQuanYi Zen Hei', kai='AR PL UKai CN',
                              cols=1, folio='{}', size=12, alternate=True),
    'county-docx-joint': dict(body='AR PL UMing CN', title='AR PL SungtiL GB', hei='WenQuanYi Zen Hei', kai='AR PL KaitiM GB',
                              cols=1, folio='{}', size=14, alternate=False),
    'county-docx-2col': dict(body='Noto Serif CJK SC', title='Noto Serif CJK SC', hei='WenQuanYi Micro Hei', kai='AR PL UKai CN',
                             cols=2, folio='-{}-', size=10.5, alternate=True, toc_number='below'),
    'county-lo-2col': dict(body='AR PL SungtiL GB', title='WenQuanYi Zen Hei', hei='Noto Sans CJK SC', kai='AR PL UKai CN',
                           cols=2, folio='第 {} 页', size=10.5, alternate=False, reading_order_pages=True),
    'county-docx-masthead': dict(body='Noto Serif CJK SC', title='AR PL SungtiL GB', hei='Noto Sans CJK SC', kai='AR PL KaitiM GB',
                                 cols=1, folio='- {} -', size=12, alternate=False, masthead=True),
    'city-lo-decree': dict(body='AR PL UMing CN', title='WenQuanYi Zen Hei', hei='Noto Sans CJK SC', kai='AR PL UKai CN',
                           cols=2, folio='-{}-', size=10.5, alternate=True, inner_folio=True, h_kai=True, column_tables=True,
                           reading_order_pages=True),
    'county-tables': dict(body='Noto Serif CJK SC', title='Noto Serif CJK SC', hei='WenQuanYi Zen Hei', kai='AR PL UKai CN',
                          cols=1, folio='— {} —', size=10.5, alternate=True),
    'county-lo-noto': dict(body='Noto Serif CJK SC', title='Noto Sans CJK SC', hei='Noto Sans CJK SC', kai='AR PL UKai CN',
                           cols=2, folio='— {} —', size=10, alternate=False, justify=True, gutter=300, column_tables=True,
                           reading_order_pages=True),
    # Fandol fonts are TeX Live's: docx_pages.py shows LibreOffice their folder (fonts_dir).
    'city-lo-fang': dict(body='FandolFang', title='FandolSong', hei='FandolHei', kai='FandolKai',
                         cols=2, folio='第{}页', size=11, alternate=True, justify=True, gutter=260, span_titles=True, column_tables=True,
                         reading_order_pages=True, fonts_dir='/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol'),
    # Added by the pdf12d session: justified Fandol Song, 简报宋 titles in one column, the columns
    # balanced after the documents the spec marks (Word's continuous section break).
    'county-lo-balance': dict(body='FandolSong', title='AR PL SungtiL GB', hei='WenQuanYi Zen Hei', kai='FandolKai',
                              cols=2, folio='-{}-', size=10.5, alternate=True, justify=True, column_tables=True,
                              reading_order_pages=True, fonts_dir='/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol'),
    'county-lo-stairs': dict(body='Noto Serif CJK SC', title='AR PL SungtiL GB', hei='WenQuanYi Micro Hei', kai='AR PL UKai CN',
                             cols=2, folio='-{}-', size=10.5, alternate=True, toc_number='below', column_tables=True,
                             reading_order_pages=True),
    # Added by the fresh12 session: one column, `第 3 页` in the inner corner, heads alternating
    # left / right, the 文号 in a masthead line (issuer left, 文号 right) over a red rule.
    'city-lo-redline': dict(body='Noto Serif CJK SC', title='AR PL SungtiL GB', hei='WenQuanYi Zen Hei', kai='AR PL UKai CN',
                            cols=1, folio='第 {} 页', size=12, alternate=True, inner_folio=True),
    # Added by the fresh3 session: one centred head, `第3页 共12页` centred (PAGE and NUMPAGES fields),
    # justified AR PL UMing body, Fandol Hei titles spanning both columns for some documents.
    'county-lo-total': dict(body='AR PL UMing CN', title='FandolHei', hei='FandolHei', kai='FandolKai',
                            cols=2, folio='第{}页 共{n}页', size=10.5, alternate=False, justify=True, gutter=360,
                            span_titles=True, column_tables=True, head_center=True, reading_order_pages=True,
                            fonts_dir='/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol'),
    # Added by the unseen session: Noto Serif body 11 pt, 简报宋 bold titles inside one column, the
    # 文号 above each title, headings numbered by Word's automatic numbering (autonum), `-3-` in the
    # alternating outer corners, a task table in a column.
    'county-lo-autonum': dict(body='Noto Serif CJK SC', title='AR PL SungtiL GB', hei='FandolHei', kai='FandolKai',
                              cols=2, folio='-{}-', size=11, alternate=True, justify=True, column_tables=True, autonum=True,
                              reading_order_pages=True, fonts_dir='/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol'),
    # Added by the unseen session: a probe of county-lo-autonum's style with other fonts, the 目录's
    # 文号 under each title.
    'county-lo-levels': dict(body='AR PL UMing CN', title='Noto Serif CJK SC', hei='WenQuanYi Micro Hei', kai='AR PL UKai CN',
                             cols=2, folio='-{}-', size=10.5, alternate=True, toc_number='below', autonum=True,
                             column_tables=True, reading_order_pages=True),
    # Added by the probe2 session: ragged 10.5 pt Noto Serif, titles in the same face (bold), heads
    # alternating over a rule, `-3-` outer, manual column breaks (colbreak) and balanced columns (balance).
    'county-docx-2col-b': dict(body='Noto Serif CJK SC', title='Noto Serif CJK SC', hei='WenQuanYi Micro Hei',
                               kai='AR PL UKai CN', cols=2, folio='-{}-', size=10.5, alternate=True, head_rule=True,
                               reading_order_pages=True),
    # Added by the unseen2 session: justified 11 pt Fandol Song, 黑体 titles, each 栏目 opening with
    # a banner across the page, 公告 and 人事任免 in one column, the 目录 listing titles and pages only.
    'county-lo-towns': dict(body='FandolSong', title='Noto Sans CJK SC', hei='WenQuanYi Zen Hei', kai='FandolKai',
                            cols=2, folio='· {} ·', size=11, alternate=True, justify=True, gutter=500, column_tables=True,
                            toc_number='none', banners=True, one_col={'公告', '人事任免'}, reading_order_pages=True,
                            fonts_dir='/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol'),
    # A fourth unseen2 probe: the 目录 in two columns, every document under a red masthead across
    # the page (issuer + 文件, the 文号 over a red rule), the body in two columns, `第3页` outer.
    # Added by the probelo session: GB/T 9704 公文 setting (16 pt 仿宋 on an exact 28.95 pt grid, margins
    # 3.7 / 3.5 / 2.8 / 2.6 cm), 简报宋 titles at 22 pt, no running head, `— 3 —` outer, the 目录 on the cover.
    'county-lo-gbt': dict(body='FandolFang', title='AR PL SungtiL GB', hei='FandolHei', kai='FandolKai',
                          cols=1, folio='— {} —', size=16, title_size=22, alternate=True, no_head=True, justify=True,
                          line_exact=28.95, margins=(3.7, 3.5, 2.8, 2.6), h_kai=True, gbt_sign=True, toc_on_cover=True,
                          fonts_dir='/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol'),
    # And its two-column sibling: the 目录 a borderless table, ◆ banners in the column, `－ 3 －` centred.
    'county-lo-tabletoc': dict(body='AR PL SungtiL GB', title='WenQuanYi Micro Hei', hei='FandolHei', kai='AR PL KaitiM GB',
                               cols=2, folio='－ {} －', size=10.5, alternate=False, justify=True, head_center=True,
                               head_rule=True, toc_table=True, col_banners=True, h_kai=True, column_tables=True,
                               reading_order_pages=True,
                               fonts_dir='/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol'),
    # Added by the heldw session (held-out): one column, the head split (gazette left, issue right)
    # over a rule on every body page, `第 3 页 共 30 页` flush right in the foot, the 目录 a borderless
    # two-column table (title, page), justified Fandol Fang body, bold Noto Serif titles.
    'city-docx-footer': dict(body='FandolFang', title='Noto Serif CJK SC', hei='FandolHei', kai='FandolKai',
                             cols=1, folio='第 {} 页 共 {n} 页', size=12, alternate=False, justify=True, head_split=True,
                             head_rule=True, folio_right=True, toc_table=2, h_kai=True,
                             fonts_dir='/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol'),
    # Added by the docxsib session (tuning sibling of city-docx-footer): one column, a centred gazette
    # + 期 head over a rule, `第3页/共28页` centred, the 目录 a borderless two-column table (title, page).
    'county-docx-tabletoc2': dict(body='FandolSong', title='FandolHei', hei='Noto Sans CJK SC', kai='FandolKai',
                                  cols=1, folio='第{}页/共{n}页', size=12, alternate=False, justify=True, head_center=True,
                                  head_rule=True, toc_table=2, h_kai=True,
                                  fonts_dir='/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol'),
    # Added by the nh session (held-out, scored once): two justified columns of Noto Serif, a centred
    # banner across the page opening each 栏目, Fandol Hei titles across both columns for some
    # documents, the 文号 in brackets under each title, the 目录's 文号 in brackets after the title,
    # the gazette on odd pages' heads and gazette + 期 on even ones, `·3·` outer.
    'city-docx-span': dict(body='Noto Serif CJK SC', title='FandolHei', hei='FandolHei', kai='FandolKai',
                           cols=2, folio='·{}·', size=10.5, alternate=True, justify=True, span_titles=True,
                           banners=True, column_tables=True, reading_order_pages=True, head_odd_gazette=True,
                           fonts_dir='/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol'),
    'prov-lo-masthead': dict(body='Noto Serif CJK SC', title='AR PL SungtiL GB', hei='Noto Sans CJK SC', kai='AR PL UKai CN',
                             cols=2, folio='第{}页', size=10.5, alternate=True, justify=True, toc_cols=2, span_titles=True,
                             column_tables=True, reading_order_pages=True),
    # Added by the nh session (s20, a blind probe of the held-out city-docx-span's genre): two justified
    # columns of Noto Serif CJK, a centred 黑体 banner across the page opening each 栏目, Fandol Hei titles
    # across both columns for some documents, the 文号 in brackets in 楷体 under each title, alternating
    # heads over a rule (the gazette alone on odd pages, right), `·3·` outer, a ruled table in a column.
    'city-docx-span-b': dict(body='Noto Serif CJK SC', title='FandolHei', hei='FandolHei', kai='FandolKai',
                             cols=2, folio='·{}·', size=10.5, alternate=True, head_odd_gazette=True, head_rule=True,
                             justify=True, gutter=360, span_titles=True, banners=True, column_tables=True,
                             reading_order_pages=True,
                             fonts_dir='/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol'),
    # Added by the nu session (s35, an unseen tuning sibling of the held-out county-docx-2col's genre):
    # justified 10.5 pt Fandol Song in two columns with a 0.9 cm unruled gutter, Fandol Hei titles
    # (across both columns for some), a centred banner across the page opening each 栏目, alternating
    # heads over a rule, `第3页` outer, ruled tables in a column, the 目录's 文号 under each title.
    'county-docx-2col-j': dict(body='FandolSong', title='FandolHei', hei='WenQuanYi Zen Hei', kai='FandolKai',
                               cols=2, folio='第{}页', size=10.5, alternate=True, head_rule=True, justify=True,
                               gutter=500, col_rule=False, span_titles=True, banners=True, column_tables=True,
                               toc_number='below', reading_order_pages=True,
                               fonts_dir='/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol'),
}

# The sw2 session's sweep of the Word-born two-column genre (s28): the variants kept as fixtures (sweep_docx.py).
STYLES.update(sweep_styles(STYLES, SWEEP_COMMITTED))

AUTONUM_RE = re.compile(r'^(?:([一二三四五六七八九十]+)、|（([一二三四五六七八九十]+)）)(.+)$')
CN_NUM = '一二三四五六七八九'


def cn_value(s: str) -> int:
    if s == '十':
        return 10
    if s.startswith('十'):
        return 10 + CN_NUM.index(s[1]) + 1
    if '十' in s:
        a, _, b = s.partition('十')
        return (CN_NUM.index(a) + 1) * 10 + (CN_NUM.index(b) + 1 if b else 0)
    return CN_NUM.index(s) + 1


def numbering_defs(doc) -> int:
    """Word's automatic numbering as a real gazette's template has it: level 0 '一、' followed by a
    tab, level 1 '（一）' with nothing after it (chineseCounting). Returns the abstractNum's id."""
    numbering = doc.part.numbering_part.element
    aid = 90
    lvls = ''.join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        f'<w:suff w:val="{suff}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="0" w:firstLine="{ind}"/></w:pPr></w:lvl>'
        for i, text, suff, ind in ((0, '%1、', 'tab', 440), (1, '（%2）', 'nothing', 440)))
    el = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}"><w:multiLevelType w:val="multilevel"/>{lvls}</w:abstractNum>')
    first_num = numbering.find(qn('w:num'))
    if first_num is not None:
        first_num.addprevious(el)
    else:
        numbering.append(el)
    return aid


def numbered_heading(doc, p, label: str, level: int, aid: int):
    """The heading's label comes from a list (a w:num starting at its value), not from its text."""
    numbering = doc.part.numbering_part.element
    num = numbering.add_num(aid)
    override = num.add_lvlOverride(ilvl=level)
    override.add_startOverride(cn_value(label))
    ppr = p._p.get_or_add_pPr()
    numpr = parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num.numId}"/></w:numPr>')
    ppr.insert(0, numpr)


def run(p, text: str, font: str, size: float, bold=False, color=None):
    r = p.add_run(text)
    r.font.name = font
    r._element.rPr.rFonts.set(qn('w:eastAsia'), font)
    r.font.size = Pt(size)
    r.bold = bold
    if color:
        r.font.color.rgb = RGBColor(*color)
    return r


def para(doc, text: str, font: str, size: float, align=None, indent=False, bold=False, color=None, space=0):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(space)
    p.paragraph_format.space_before = Pt(0)
    if LINE[0]:  # a fixed grid: every line the same pitch whatever its size
        p.paragraph_format.line_spacing = Pt(LINE[0])
        p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
        if JUSTIFY[0]:  # justified body: closing punctuation may hang past the column's edge
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    run(p, text, font, size, bold, color)
    return p


def field(p, st: dict, name: str):
    r = run(p, '', st['body'], 9)
    for tag, attr in (('w:fldChar', 'begin'), ('w:instrText', None), ('w:fldChar', 'end')):
        el = OxmlElement(tag)
        if attr:
            el.set(qn('w:fldCharType'), attr)
        else:
            el.set(qn('xml:space'), 'preserve')
            el.text = name
        r._element.append(el)


def page_field(p, st: dict):
    """The folio as a PAGE field wrapped in the layout's style, e.g. — 3 —; {n}: the page count."""
    before, after = st['folio'].split('{}')
    run(p, before, st['body'], 9)
    field(p, st, 'PAGE')
    if '{n}' in after:
        mid, end = after.split('{n}')
        run(p, mid, st['body'], 9)
        field(p, st, 'NUMPAGES')
        after = end
    run(p, after, st['body'], 9)


def set_cols(section, n: int, gutter: int = 420, st: dict = None):
    """st (the body's columns): col_rule False leaves the gutter unruled; col_widths (twips) sets
    the columns unequal."""
    cols = section._sectPr.find(qn('w:cols'))
    if cols is None:
        cols = OxmlElement('w:cols')
        section._sectPr.append(cols)
    cols.set(qn('w:num'), str(n))
    cols.set(qn('w:space'), str(gutter))
    for child in list(cols):
        cols.remove(child)
    if n > 1 and (st or {}).get('col_rule', True):
        cols.set(qn('w:sep'), '1')
    elif n > 1 and qn('w:sep') in cols.attrib:
        del cols.attrib[qn('w:sep')]
    widths = (st or {}).get('col_widths') if n > 1 else None
    if widths:
        cols.set(qn('w:equalWidth'), '0')
        for k, w in enumerate(widths):
            col = OxmlElement('w:col')
            col.set(qn('w:w'), str(w))
            if k < len(widths) - 1:
                col.set(qn('w:space'), str(gutter))
            cols.append(col)
    elif qn('w:equalWidth') in cols.attrib:
        del cols.attrib[qn('w:equalWidth')]


def restart_numbering(section):
    pg = OxmlElement('w:pgNumType')
    pg.set(qn('w:start'), '1')
    section._sectPr.append(pg)


def heads(section, spec: dict, st: dict, section_name: str):
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    issue = f"{spec['gazette']}　{spec['year']}年第{spec['issueNo']}期"
    h = section.header.paragraphs[0]
    h.text = ''
    if st.get('head_split'):  # the gazette at the left margin, the issue at the right (a right tab)
        for pos in (4680, 9360):  # clear the Header style's centre and right tabs (twips)
            h.paragraph_format.tab_stops.add_tab_stop(Twips(pos), alignment=WD_TAB_ALIGNMENT.CLEAR)
        h.paragraph_format.tab_stops.add_tab_stop(Cm(16.6), alignment=2)
        run(h, f"{spec['gazette']}\t{spec['year']}年第{spec['issueNo']}期（总第{spec['totalNo']}期）", st['body'], 9)
    elif not st.get('no_head'):
        odd = spec['gazette'] if st.get('head_odd_gazette') else section_name  # LibreOffice keeps a page's first 栏目 head
        run(h, odd if st['alternate'] else issue, st['body'], 9)
    if st.get('head_rule'):
        rule_under(h, '000000', 6)
    h.alignment = (WD_ALIGN_PARAGRAPH.CENTER if st.get('head_center') else
                   WD_ALIGN_PARAGRAPH.LEFT if st.get('head_split') else WD_ALIGN_PARAGRAPH.RIGHT)
    f = section.footer.paragraphs[0]
    inner = st.get('inner_folio')
    f.alignment = ((WD_ALIGN_PARAGRAPH.LEFT if inner else WD_ALIGN_PARAGRAPH.RIGHT) if st['alternate'] or st.get('folio_right')
                   else WD_ALIGN_PARAGRAPH.CENTER)
    page_field(f, st)
    if st['alternate']:
        section.even_page_header.is_linked_to_previous = False
        section.even_page_footer.is_linked_to_previous = False
        eh = section.even_page_header.paragraphs[0]
        if not st.get('no_head'):
            run(eh, issue, st['body'], 9)
        if st.get('head_rule'):
            rule_under(eh, '000000', 6)
        ef = section.even_page_footer.paragraphs[0]
        ef.alignment = WD_ALIGN_PARAGRAPH.RIGHT if inner else WD_ALIGN_PARAGRAPH.LEFT
        page_field(ef, st)


def cover_and_toc(doc, spec: dict, st: dict, pages: dict):
    for _ in range(6):
        para(doc, '', st['body'], 12)
    if st.get('cover_table'):  # the masthead in a one-cell ruled table, as editors box it
        cell = doc.add_table(rows=1, cols=1, style='Table Grid').cell(0, 0)
        cell_text(cell, spec['gazette'], st['hei'], 30, WD_ALIGN_PARAGRAPH.CENTER)
        cell.paragraphs[0].runs[0].font.color.rgb = RGBColor(200, 0, 0)
    else:
        para(doc, spec['gazette'], st['hei'], 36, WD_ALIGN_PARAGRAPH.CENTER, color=(200, 0, 0), space=24)
    para(doc, f"{spec['year']}年第{spec['issueNo']}期（总第{spec['totalNo']}期）", st['body'], 16, WD_ALIGN_PARAGRAPH.CENTER)
    y, m, d = (int(x) for x in spec['published'].split('-'))
    for _ in range(12):
        para(doc, '', st['body'], 12)
    para(doc, f'{y}年{m}月{d}日出版', st['body'], 14, WD_ALIGN_PARAGRAPH.CENTER)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    para(doc, '目　　录', st['hei'], 22, WD_ALIGN_PARAGRAPH.CENTER, space=12)
    if st.get('toc_table'):
        toc_table(doc, spec, st, pages)
        return
    toc_cols = st.get('toc_cols', 1)
    if toc_cols > 1:  # the entries in columns under the 目录 heading (a continuous section)
        set_cols(doc.add_section(WD_SECTION.CONTINUOUS), toc_cols, st.get('gutter', 420))
    leader_at = Cm(16) if toc_cols == 1 else Cm(7.2)
    for k, sec in enumerate(spec['sections']):
        if toc_cols > 1 and k == len(spec['sections']) // 2:  # the later 栏目 head the next column
            doc.add_paragraph().add_run().add_break(WD_BREAK.COLUMN)
        para(doc, sec['heading'], st['hei'], 14, space=4)
        for title, number, label in (e for dd in sec['docs'] for e in toc_entries(dd)):
            if st.get('toc_number') == 'none':  # titles and pages only
                number = None
            below = st.get('toc_number') == 'below' and number
            if below:
                para(doc, title, st['body'], 12)
            p = para(doc, number if below else title + (f'（{number}）' if number else ''), st['body'], 12)
            p.paragraph_format.tab_stops.add_tab_stop(leader_at, leader=st.get('toc_leader', 1))  # dot leader (0: none)
            run(p, '\t' + str(pages.get(label, 0)), st['body'], 12)


def cover_with_toc(doc, spec: dict, st: dict, pages: dict):
    """The cover carries the 目录: the red gazette name, the issue over a red rule, then the entries."""
    para(doc, spec['gazette'], st['title'], 40, WD_ALIGN_PARAGRAPH.CENTER, color=(200, 0, 0), space=12)
    y, m, d = (int(x) for x in spec['published'].split('-'))
    red_rule(para(doc, f"{spec['year']}年第{spec['issueNo']}期（总第{spec['totalNo']}期）　　{y}年{m}月{d}日", st['body'], 14,
                  WD_ALIGN_PARAGRAPH.CENTER, space=12))
    para(doc, '目　　录', st['hei'], 18, WD_ALIGN_PARAGRAPH.CENTER, space=8)
    for sec in spec['sections']:
        para(doc, sec['heading'], st['hei'], 14, space=4)
        for title, number, label in (e for dd in sec['docs'] for e in toc_entries(dd)):
            p = para(doc, title + (f'（{number}）' if number else ''), st['body'], 12)
            p.paragraph_format.left_indent = Pt(24)
            p.paragraph_format.first_line_indent = Pt(-24)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(15.4), alignment=2, leader=1)  # right tab, dot leader
            run(p, '\t' + str(pages.get(label, 0)), st['body'], 12)


def toc_table(doc, spec: dict, st: dict, pages: dict):
    """The 目录 as a borderless Word table: a title cell, a 文号 cell, a page cell; each 栏目 a merged row.
    toc_table=2: two cells only, the title and the page."""
    two = st.get('toc_table') == 2
    table = doc.add_table(rows=0, cols=2 if two else 3)
    widths = (Cm(14.8), Cm(1.8)) if two else (Cm(10.6), Cm(4.6), Cm(1.4))
    table.autofit = False
    for col, w in zip(table.columns, widths):  # the grid LibreOffice reads
        col.width = w
    for sec in spec['sections']:
        row = table.add_row().cells
        merged = row[0].merge(row[-1])
        cell_text(merged, sec['heading'], st['hei'], 13)
        for title, number, label in (e for dd in sec['docs'] for e in toc_entries(dd)):
            row = table.add_row().cells
            for cell, w in zip(row, widths):
                cell.width = w
            cell_text(row[0], title, st['body'], 11)
            if not two:
                cell_text(row[1], number or '', st['body'], 11)
            cell_text(row[-1], str(pages.get(label, 0)), st['body'], 11, WD_ALIGN_PARAGRAPH.RIGHT)


def cell_text(cell, text: str, font: str, size: float, align=None):
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(3)
    if align is not None:
        p.alignment = align
    run(p, text, font, size)


def title_block(doc, d: dict, spec: dict, st: dict):
    c = WD_ALIGN_PARAGRAPH.CENTER
    size = st['size'] + 6
    if d.get('decree'):
        para(doc, d['decree']['header'], st['title'], size + 2, c, bold=True)
        para(doc, d['decree']['number'], st['body'], st['size'] + 2, c, space=8)
        return
    number, style = d['docNumber'], d.get('numberAt', spec['number'])
    size = st.get('title_size', size)
    if style == 'signer' and number:  # a 上行文: 文号 at the left, 签发人 at the right, one line
        p = para(doc, number, st['body'], st['size'])
        p.paragraph_format.left_indent = Pt(st['size'])
        p.paragraph_format.tab_stops.add_tab_stop(Pt(st['size'] * 26), alignment=2)
        run(p, '\t' + d['signer'], st['kai'], st['size'])
        para(doc, '', st['body'], st['size'])
    if style == 'masthead':
        masthead(doc, d, st)
    if style == 'masthead-line' and number:
        masthead_line(doc, d, st)
    if style in ('above', 'above-centre') and number:
        align = c if style == 'above-centre' else WD_ALIGN_PARAGRAPH.RIGHT
        if d.get('colbreak'):  # an editor's manual column break: the document heads the next column
            p = para(doc, '', st['body'], st['size'], align)
            p.add_run().add_break(WD_BREAK.COLUMN)
            run(p, number, st['body'], st['size'])
        else:
            para(doc, number, st['body'], st['size'], align)
    para(doc, printed_title(d), st['title'], size, c, bold=not st.get('line_exact'), space=4)
    if style == 'under-paren' and number:
        para(doc, f'（{number}）', st['kai'], st['size'], c)
    if style == 'under' and number:
        para(doc, number, st['body'], st['size'], c)
    para(doc, '', st['body'], 6)


def masthead(doc, d: dict, st: dict):
    """A red-head document: the issuer (joint: each unit, stacked) in large red 小标宋, the 文号
    centred under it over a red rule; the title follows."""
    c = WD_ALIGN_PARAGRAPH.CENTER
    names = d['issuers'] if len(d['issuers']) > 1 else [d['issuers'][0] + '文件']
    para(doc, '', st['body'], 12, space=12)
    for name in names:
        para(doc, name, st['title'], 26 if len(names) == 1 else 20, c, color=(204, 20, 20))
    red_rule(para(doc, d['docNumber'] or '', st['body'], st['size'], c, space=14))


def masthead_line(doc, d: dict, st: dict):
    """One line over a red rule: the issuer at the left margin, the 文号 at the right."""
    p = para(doc, '、'.join(d['issuers']), st['hei'], st['size'], space=12)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(16.6), alignment=2)  # right-aligned tab at the margin
    run(p, '\t' + d['docNumber'], st['body'], st['size'])
    red_rule(p)


def red_rule(p):
    """A red rule under the paragraph (its bottom border), as under a red-head's 文号."""
    rule_under(p, 'CC1414', 18)


def rule_under(p, color: str, size: int, sides=('bottom',)):
    """A rule on the paragraph's border (bottom, or top and bottom as around a 版记 line)."""
    border = OxmlElement('w:pBdr')
    for side in sides:
        el = OxmlElement(f'w:{side}')
        for k, v in (('val', 'single'), ('sz', str(size)), ('space', '4'), ('color', color)):
            el.set(qn(f'w:{k}'), v)
        border.append(el)
    p._p.get_or_add_pPr().append(border)


def blocks(doc, d: dict, st: dict):
    s, right, c = st['size'], WD_ALIGN_PARAGRAPH.RIGHT, WD_ALIGN_PARAGRAPH.CENTER
    prev, table = None, None
    for b in d['blocks']:
        k, t = b['kind'], b['text']
        if prev == 'table' and k != 'table':
            para(doc, '', st['body'], 4)
        if k == 'recipients':
            para(doc, t, st['body'], s)
        elif k == 'h' and st.get('autonum') and AUTONUM_RE.match(t):  # the label from Word's list numbering
            m = AUTONUM_RE.match(t)
            level = 0 if m.group(1) else 1
            p = para(doc, m.group(3), st['hei'] if level == 0 else st['kai'], s, indent=True)
            numbered_heading(doc, p, m.group(1) or m.group(2), level, AUTONUM[0])
        elif k == 'h':  # h_kai: second-level headings （一） in 楷体
            para(doc, t, st['kai'] if st.get('h_kai') and t.startswith('（') else st['hei'], s, indent=True)
        elif k in ('sign', 'date') and st.get('gbt_sign'):  # GB/T 9704: the date 4 characters in, the name centred over it
            if k == 'sign' and prev not in ('sign',):
                para(doc, '', st['body'], s)
            date_len = len(next((x['text'] for x in d['blocks'] if x['kind'] == 'date'), t))
            p = para(doc, t, st['body'], s, right)
            p.paragraph_format.right_indent = Pt(s * (4 if k == 'date' else max(0, 4 + (date_len - len(t)) / 2)))
        elif k in ('sign', 'date'):
            p = para(doc, t, st['body'], s, right)
            p.paragraph_format.right_indent = Pt(s * 2)
        elif k == 'annex':  # 附件说明: 附件：1．… with the later items aligned under the first
            if prev != 'annex':
                para(doc, '', st['body'], s)
            p = para(doc, t, st['body'], s)
            p.paragraph_format.left_indent = Pt(s * (2 if prev != 'annex' else 5))
        elif k == 'atitle':
            para(doc, t, st['title'], s + 4, c, bold=True, space=6)
        elif k == 'table':
            cells = t.split('\t')
            if prev != 'table':
                table = doc.add_table(rows=0, cols=len(cells))
                table.style = 'Table Grid'
                if st.get('column_tables'):  # as Word sets a table inserted in a column: the column's width
                    for col in table.columns:
                        col.width = Cm(7.6 / len(cells))
            row = table.add_row().cells
            for cell, v in zip(row, cells):
                cell.text = v
                if st.get('column_tables'):  # as Word sets a table inserted in a column: the column's width
                    cell.width = Cm(7.6 / len(cells))
        else:
            para(doc, t, st['body'], s, indent=True)
        prev = k
    if d.get('banji'):  # the 版记: lines between rules, the office left and its 印发 date right
        para(doc, '', st['body'], s)
        for i, line in enumerate(d['banji']):
            p = para(doc, '', st['body'], s - 2)
            p.paragraph_format.left_indent = p.paragraph_format.right_indent = Pt(s / 2)
            p.paragraph_format.tab_stops.add_tab_stop(Pt(s * 26), alignment=2)
            run(p, line, st['body'], s - 2)
            rule_under(p, '000000', 8 if i == 0 else 12, ('top', 'bottom') if i == 0 else ('bottom',))


def render(spec: dict, out: str, pages: dict):
    st = STYLES[spec['layout']]
    JUSTIFY[0] = bool(st.get('justify'))
    doc = Document()
    doc.settings.odd_and_even_pages_header_footer = st['alternate']
    AUTONUM[0] = numbering_defs(doc) if st.get('autonum') else None
    first = doc.sections[0]
    first.page_width, first.page_height = Cm(21), Cm(29.7)
    first.left_margin = first.right_margin = Cm(2.2)
    if st.get('page'):  # another paper, e.g. 16开 (18.4 × 26 cm)
        first.page_width, first.page_height = (Cm(x) for x in st['page'])
    if st.get('margins'):
        first.top_margin, first.bottom_margin, first.left_margin, first.right_margin = (Cm(x) for x in st['margins'])
    LINE[0] = None
    if st.get('toc_on_cover'):
        cover_with_toc(doc, spec, st, pages)
    else:
        cover_and_toc(doc, spec, st, pages)
    LINE[0] = st.get('line_exact')
    for i, sec in enumerate(spec['sections']):
        section = doc.add_section(WD_SECTION.NEW_PAGE if i == 0 else WD_SECTION.CONTINUOUS)
        if i == 0:
            restart_numbering(section)
        cols = 1 if sec['name'] in st.get('one_col', set()) else st['cols']
        if st.get('banners'):  # the 栏目's banner across the page, its documents in columns below
            set_cols(section, 1)
            heads(section, spec, st, sec['name'])
            para(doc, sec['heading'], st['hei'], st['size'] + 5, WD_ALIGN_PARAGRAPH.CENTER, space=8)
            section = doc.add_section(WD_SECTION.CONTINUOUS)
        set_cols(section, cols, st.get('gutter', 420), st)
        heads(section, spec, st, sec['name'])
        if st.get('col_banners'):  # the 栏目 as a line in the column with a rule under it
            rule_under(para(doc, sec['heading'], st['hei'], st['size'] + 3, space=6), '000000', 12)
        for j, d in enumerate(sec['docs']):
            if st.get('span_titles') and d.get('span'):  # the title across both columns, the body below in two
                if j > 0:
                    set_cols(doc.add_section(WD_SECTION.CONTINUOUS), 1)
                else:
                    set_cols(section, 1)
                title_block(doc, d, spec, st)
                set_cols(doc.add_section(WD_SECTION.CONTINUOUS), st['cols'], st.get('gutter', 420), st)
            else:
                title_block(doc, d, spec, st)
            blocks(doc, d, st)
            if d.get('balance') and j < len(sec['docs']) - 1:  # Word balances the columns at a continuous break
                set_cols(doc.add_section(WD_SECTION.CONTINUOUS), st['cols'], st.get('gutter', 420), st)
    doc.core_properties.created = doc.core_properties.modified = datetime(2024, 1, 1)  # deterministic
    doc.save(out)


if __name__ == '__main__':
    spec = json.load(open(sys.argv[1], encoding='utf8'))
    pages = json.load(open(sys.argv[3])) if len(sys.argv) > 3 else {}
    render(spec, sys.argv[2], pages)
