"""An issue spec → a Word file as real county offices' editors leave them, not as python-docx writes them.

Usage: docx_realworld.py spec.json out.docx WORKDIR: set once by LibreOffice to find each
document's page for the 目录 (docx_pages.py), then written again with them. The text and truth are the spec's (the
same records as its source layout, county-lo-2col); what differs is how Word holds that text:

- titles and signatures broken with soft line breaks (Shift+Enter, w:br) inside one paragraph;
  indents and signatures pushed right with full-width spaces (U+3000) or tabs;
- the 目录 as Word's own TOC field: a w:sdt (docPartGallery "Table of Contents") around
  fldChar begin/separate/end with `TOC \\o "1-3" \\h \\z \\u`, each entry a w:hyperlink to a _Toc
  bookmark with a tab (dot leader) and a PAGEREF field;
- tracked changes left in (w:ins kept, w:del/w:delText removed, a deleted paragraph);
- joint signatures and dates in a borderless two-column table; a date in a frame, one in a text box;
- red mastheads (`兴县人民政府文件`) in text boxes (wps:txbx with its v:textbox fallback, and VML only);
- a footnote and an endnote, comments, bookmarks, hidden text (w:vanish), smart tags and w:sdt
  content controls around a 文号 or a date, DATE fields (complex and fldSimple) showing the date;
- runs split as Word splits them (rsids, proofErr, lastRenderedPageBreak), page breaks inside
  paragraphs and section breaks between documents.

Each feature is given to a few documents, chosen by seq (FEATURES), so the file is deterministic.
"""
import json
import re
import sys
import zipfile
from datetime import datetime
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

from render_docx import STYLES, heads, restart_numbering
from render_tex import printed_title, toc_entries

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
NS = (nsdecls('w') + ' xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
      ' xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
      ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
      ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
      ' xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
      ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
      ' xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"')

# Which documents (by seq) get which feature.
FEATURES = {
    'title_br': {1, 5, 10, 12},        # title broken with Shift+Enter
    'ideo_indent': {1, 2, 3, 4, 6, 9, 13},  # body indented with two U+3000, no first-line indent
    'tab_indent': {7, 14},             # body indented with a tab
    'sign_br': {2, 6},                 # signature + date in one paragraph, Shift+Enter, pushed right with U+3000
    'sign_tabs': {7, 13},              # signature + date pushed right with tabs
    'sign_table': {9, 10, 11, 12},     # signatures and date in a borderless two-column table
    'date_frame': {3},                 # the date in a frame (w:framePr)
    'date_textbox': {5},               # the date in a right-aligned text box anchored in the signature
    'masthead_wps': {4, 13},           # masthead in a DrawingML text box with VML fallback
    'masthead_vml': {8},               # masthead in a VML text box only
    'tracked': {4, 8, 10},             # insertions and deletions left in
    'del_para': {6},                   # a whole paragraph deleted (mark too)
    'hidden': {3, 8, 11},              # hidden text (w:vanish)
    'comment': {2, 9},
    'footnote': {14},                  # the last document: mammoth would append it after the issue
    'endnote': {7},
    'sdt_number': {5, 11},             # 文号 in a content control
    'sdt_date': {12},                  # date picker content control
    'smarttag_date': {7},
    'date_field': {6, 14},             # complex DATE field whose result is the date
    'date_fldsimple': {8},
    'page_break_in_para': {3, 9},      # the next document's page break at the end of the last paragraph
    'section_break': {1, 5, 9, 12},    # a new-page section after the document
}

RSIDS = ['00A1B2C3', '004F7D21', '0012E9A0', '00C03B7F']
STATE = {'bookmark': 1000, 'comment': 0, 'footnote': 0, 'endnote': 0, 'sdt': 5000}
NOTES = {'comments': [], 'footnotes': [], 'endnotes': []}


def has(seq: int, feature: str) -> bool:
    return seq in FEATURES[feature]


def rpr(font: str, size: float, bold=False, color=None, extra='') -> str:
    b = '<w:b/><w:bCs/>' if bold else ''
    c = f'<w:color w:val="{color}"/>' if color else ''
    return (f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:hint="eastAsia"/>'
            f'{b}{c}{extra}<w:sz w:val="{int(size * 2)}"/><w:szCs w:val="{int(size * 2)}"/></w:rPr>')


def t(text: str) -> str:
    return f'<w:t xml:space="preserve">{escape(text)}</w:t>'


def r(text: str, props: str, rsid: int = 0, before='') -> str:
    return f'<w:r w:rsidR="{RSIDS[rsid % len(RSIDS)]}">{props}{before}{t(text)}</w:r>'


def split_runs(text: str, props: str, seed: int) -> str:
    """Text cut into runs as Word leaves it after edits: rsid changes, a proofErr pair, sometimes a
    lastRenderedPageBreak where the page turned when Word last laid it out."""
    if len(text) < 12:
        return r(text, props, seed)
    cuts = sorted({len(text) * k // 4 + (seed % 3) for k in (1, 2, 3)})
    pieces = [text[a:b] for a, b in zip([0] + cuts, cuts + [len(text)]) if text[a:b]]
    out = []
    for i, piece in enumerate(pieces):
        before = '<w:lastRenderedPageBreak/>' if i == 2 and seed % 5 == 0 else ''
        run = r(piece, props, seed + i, before)
        if i == 1:
            run = f'<w:proofErr w:type="spellStart"/>{run}<w:proofErr w:type="spellEnd"/>'
        out.append(run)
    return ''.join(out)


def ppr(align=None, ind='', extra='', style='') -> str:
    jc = f'<w:jc w:val="{align}"/>' if align else ''
    ps = f'<w:pStyle w:val="{style}"/>' if style else ''
    return f'<w:pPr>{ps}{extra}<w:spacing w:after="0" w:line="360" w:lineRule="auto"/>{ind}{jc}</w:pPr>'


def add(doc, xml: str):
    el = parse_xml(f'<w:p {NS}>{xml}</w:p>') if not xml.startswith('<w:tbl') and not xml.startswith('<w:sdt') else parse_xml(xml.replace('>', f' {NS}>', 1))
    body = doc.element.body
    body.insert(len(body) - 1, el)  # before the final sectPr
    return el


def bookmark(inner: str, name: str) -> str:
    STATE['bookmark'] += 1
    i = STATE['bookmark']
    return f'<w:bookmarkStart w:id="{i}" w:name="{name}"/>{inner}<w:bookmarkEnd w:id="{i}"/>'


def fld_complex(instr: str, result_runs: str, props: str) -> str:
    return (f'<w:r>{props}<w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r>{props}<w:instrText xml:space="preserve"> {escape(instr)} </w:instrText></w:r>'
            f'<w:r>{props}<w:fldChar w:fldCharType="separate"/></w:r>{result_runs}'
            f'<w:r>{props}<w:fldChar w:fldCharType="end"/></w:r>')


def sdt_inline(inner: str, tag: str, date=False) -> str:
    STATE['sdt'] += 1
    kind = ('<w:date w:fullDate="2022-05-12T00:00:00Z"><w:dateFormat w:val="yyyy年M月d日"/><w:lid w:val="zh-CN"/>'
            '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>') if date else '<w:text/>'
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:id w:val="{STATE["sdt"]}"/>{kind}</w:sdtPr>'
            f'<w:sdtContent>{inner}</w:sdtContent></w:sdt>')


# ---- cover and 目录 ----

def cover(doc, spec: dict, st: dict):
    for _ in range(5):
        add(doc, ppr())
    add(doc, ppr('center') + r(spec['gazette'], rpr(st['hei'], 36, color='C80000')))
    add(doc, ppr('center') + r(f"{spec['year']}年第{spec['issueNo']}期（总第{spec['totalNo']}期）", rpr(st['body'], 16)))
    y, m, d = (int(x) for x in spec['published'].split('-'))
    for _ in range(10):
        add(doc, ppr())
    add(doc, ppr('center') + r(f'{y}年{m}月{d}日出版', rpr(st['body'], 14)) + '<w:r><w:br w:type="page"/></w:r>')


def toc_anchor(label: str) -> str:
    return f'_Toc1{sum(map(ord, label)) * 7919 % 10 ** 8:08d}'


def toc(doc, spec: dict, st: dict, pages: dict):
    """Word's TOC field as Word writes it after 引用 → 目录 → 更新域."""
    props = rpr(st['body'], 12)
    tabs = '<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9350"/></w:tabs>'
    paras = [f'<w:p>{ppr("center", style="TOCHeading")}{r("目　　录", rpr(st["hei"], 22))}</w:p>']
    first = True
    for si, sec in enumerate(spec['sections']):
        entries = [(sec['heading'], None, f'sec{si}', 1)] + [(ti, n, lab, 2) for dd in sec['docs'] for ti, n, lab in toc_entries(dd)]
        for title, number, label, level in entries:
            begin = ''
            if first:
                begin = (
                    f'<w:r>{props}<w:fldChar w:fldCharType="begin"/></w:r>'
                    f'<w:r>{props}<w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r>'
                    f'<w:r>{props}<w:fldChar w:fldCharType="separate"/></w:r>')
                first = False
            shown = title + (f'（{number}）' if number else '')
            # A 栏目's page is its first document's, as Word's TOC field takes it from the heading.
            page = str(pages.get(f"doc{sec['docs'][0]['seq']}" if level == 1 else label, 0))
            pageref = fld_complex(f'PAGEREF {toc_anchor(label)} \\h', r(page, props.replace('</w:rPr>', '<w:webHidden/></w:rPr>')),
                                  props.replace('</w:rPr>', '<w:webHidden/></w:rPr>'))
            link = (f'<w:hyperlink w:anchor="{toc_anchor(label)}" w:history="1">'
                    f'{r(shown, props)}<w:r>{props.replace("</w:rPr>", "<w:webHidden/></w:rPr>")}<w:tab/></w:r>{pageref}</w:hyperlink>')
            ind = '<w:ind w:left="420"/>' if level == 2 else ''
            paras.append(f'<w:p>{ppr(extra=tabs, ind=ind, style=f"TOC{level}")}{begin}{link}</w:p>')
    paras.append(f'<w:p>{ppr()}<w:r>{props}<w:fldChar w:fldCharType="end"/></w:r></w:p>')
    sdt = ('<w:sdt><w:sdtPr><w:id w:val="-1029632155"/><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
           f'<w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>{"".join(paras)}</w:sdtContent></w:sdt>')
    add(doc, sdt)


# ---- text boxes ----

def textbox_wps(text: str, props: str, align='center', width_cm=15.0) -> str:
    """A floating DrawingML text box with the VML fallback Word writes beside it."""
    emu = int(width_cm * 360000)
    inner = f'<w:p>{ppr(align)}{r(text, props)}</w:p>'
    STATE['sdt'] += 1
    n = STATE['sdt']
    return (f'<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            f'<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{n}" behindDoc="0" '
            f'locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            f'<wp:positionH relativeFrom="margin"><wp:align>{"right" if align == "right" else "center"}</wp:align></wp:positionH>'
            f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="{emu}" cy="540000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
            f'<wp:docPr id="{n}" name="文本框 {n}"/><wp:cNvGraphicFramePr/>'
            f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{emu}" cy="540000"/></a:xfrm>'
            f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
            f'<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" wrap="square"/></wps:wsp>'
            f'</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>'
            f'<v:shape id="文本框 {n}" o:spid="_x0000_s{1024 + n}" type="#_x0000_t202" filled="f" stroked="f" '
            f'style="position:absolute;margin-left:0;margin-top:0;width:{width_cm * 28.35:.1f}pt;height:42.5pt;z-index:{n};'
            f'mso-position-horizontal:{"right" if align == "right" else "center"};mso-position-horizontal-relative:margin">'
            f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
            f'</mc:AlternateContent></w:r>')


def textbox_vml(text: str, props: str) -> str:
    """A VML text box only, as older Word (and WPS) files hold it."""
    inner = f'<w:p>{ppr("center")}{r(text, props)}</w:p>'
    return (f'<w:r><w:pict><v:shape id="_x0000_s2050" type="#_x0000_t202" stroked="f" '
            f'style="position:absolute;margin-left:0;margin-top:0;width:425pt;height:48pt;z-index:1;'
            f'mso-position-horizontal:center;mso-position-horizontal-relative:margin">'
            f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')


# ---- documents ----

def title_block(doc, d: dict, spec: dict, st: dict):
    seq, size = d['seq'], st['size'] + 6
    if d.get('decree'):  # a decree: its header and number; the regulation's title is a block
        add(doc, ppr('center') + bookmark(r(d['decree']['header'], rpr(st['title'], size + 2, bold=True)), toc_anchor(f"doc{seq}")))
        add(doc, ppr('center') + r(d['decree']['number'], rpr(st['body'], st['size'] + 2)))
        return
    number, style = d['docNumber'], d.get('numberAt', spec['number'])
    red = rpr(st['title'], 26, color='E00000')
    if has(seq, 'masthead_wps') or has(seq, 'masthead_vml'):
        name = d['issuers'][0] + '文件'
        box = textbox_wps(name, red) if has(seq, 'masthead_wps') else textbox_vml(name, red)
        add(doc, ppr() + box)  # anchored in an empty paragraph at the top, as editors insert it
        add(doc, ppr())
    num_props = rpr(st['body'], st['size'])
    num_runs = r(number, num_props) if number else ''
    if number and has(seq, 'sdt_number'):
        num_runs = sdt_inline(num_runs, '文号')
    if style == 'above' and number:
        add(doc, ppr('right') + num_runs)
    title = printed_title(d)
    props = rpr(st['title'], size, bold=True)
    if has(seq, 'title_br'):
        cut = title.index('关于') if 0 < title.find('关于') < len(title) - 6 else len(title) // 2
        if cut < 8:
            cut = len(title) // 2
        runs = r(title[:cut], props) + '<w:r>' + props + '<w:br/></w:r>' + r(title[cut:], props, 1)
    else:
        runs = r(title, props)
    label = f"doc{seq}"
    add(doc, ppr('center', extra='<w:outlineLvl w:val="1"/>') + bookmark(runs, toc_anchor(label)))
    if style == 'under-paren' and number:
        add(doc, ppr('center') + r('（', rpr(st['kai'], st['size'])) + (sdt_inline(r(number, rpr(st['kai'], st['size'])), '文号')
                                                                          if has(seq, 'sdt_number') else r(number, rpr(st['kai'], st['size'])))
            + r('）', rpr(st['kai'], st['size'])))
    add(doc, ppr())


def body_para(doc, text: str, st: dict, seq: int, k: int, font=None):
    props = rpr(font or st['body'], st['size'])
    if has(seq, 'ideo_indent'):
        return add(doc, ppr('both') + r('\u3000\u3000', props) + split_runs(text, props, seq + k))
    if has(seq, 'tab_indent'):
        return add(doc, ppr('both') + f'<w:r>{props}<w:tab/></w:r>' + split_runs(text, props, seq + k))
    ind = f'<w:ind w:firstLineChars="200" w:firstLine="{int(st["size"] * 40)}"/>'
    return add(doc, ppr('both', ind) + split_runs(text, props, seq + k))


def tracked_para(doc, text: str, st: dict, seq: int, k: int):
    """Kept text split around an insertion (w:ins) and a deletion (w:del) left in the file."""
    props = rpr(st['body'], st['size'])
    a, b = len(text) // 3, 2 * len(text) // 3
    ins = (f'<w:ins w:id="{900 + k}" w:author="办公室" w:date="2022-06-01T09:12:00Z">{r(text[a:b], props, 2)}</w:ins>')
    dele = (f'<w:del w:id="{950 + k}" w:author="办公室" w:date="2022-06-01T09:13:00Z"><w:r>{props}'
            f'<w:delText xml:space="preserve">（已删去的旧表述：按原方案执行）</w:delText></w:r></w:del>')
    ind = f'<w:ind w:firstLineChars="200" w:firstLine="{int(st["size"] * 40)}"/>'
    add(doc, ppr('both', ind) + r(text[:a], props) + ins + dele + r(text[b:], props, 1))


def hidden_para(doc, text: str, st: dict, seq: int, k: int):
    """A paragraph with a hidden comment run inside it."""
    props = rpr(st['body'], st['size'])
    hidden = props.replace('</w:rPr>', '<w:vanish/></w:rPr>')
    cut = len(text) // 2
    ind = f'<w:ind w:firstLineChars="200" w:firstLine="{int(st["size"] * 40)}"/>'
    add(doc, ppr('both', ind) + r(text[:cut], props) + r('【编辑备注：此处数据待核实，核后删除】', hidden) + r(text[cut:], props, 1))


def note_para(doc, text: str, st: dict, seq: int, k: int, kind: str):
    """A footnote or endnote reference after the paragraph's first sentence."""
    props = rpr(st['body'], st['size'])
    STATE[kind] += 1
    nid = STATE[kind]
    NOTES[kind + 's'].append((nid, f'此处所称“{text[:6]}”，以县人民政府有关文件的界定为准。'))
    cut = text.find('。') + 1 or len(text) // 2
    ref_tag = 'footnoteReference' if kind == 'footnote' else 'endnoteReference'
    style = 'FootnoteReference' if kind == 'footnote' else 'EndnoteReference'
    ref = f'<w:r><w:rPr><w:rStyle w:val="{style}"/><w:vertAlign w:val="superscript"/></w:rPr><w:{ref_tag} w:id="{nid}"/></w:r>'
    ind = f'<w:ind w:firstLineChars="200" w:firstLine="{int(st["size"] * 40)}"/>'
    add(doc, ppr('both', ind) + r(text[:cut], props) + ref + r(text[cut:], props, 1))


def comment_para(doc, text: str, st: dict, seq: int, k: int):
    props = rpr(st['body'], st['size'])
    cid = STATE['comment']
    STATE['comment'] += 1
    NOTES['comments'].append((cid, '请核对文件名称。'))
    cut = min(len(text), 10)
    ind = f'<w:ind w:firstLineChars="200" w:firstLine="{int(st["size"] * 40)}"/>'
    add(doc, ppr('both', ind) + f'<w:commentRangeStart w:id="{cid}"/>' + r(text[:cut], props) + f'<w:commentRangeEnd w:id="{cid}"/>'
        + f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{cid}"/></w:r>' + r(text[cut:], props, 1))


def date_runs(text: str, props: str, seq: int) -> str:
    runs = r(text, props)
    if has(seq, 'date_field'):
        runs = fld_complex('DATE \\@ "EEEE年O月A日" \\* MERGEFORMAT', r(text, props), props)
    elif has(seq, 'date_fldsimple'):
        runs = f'<w:fldSimple w:instr=" DATE \\@ &quot;EEEE年O月A日&quot; "><w:r>{props}{t(text)}</w:r></w:fldSimple>'
    elif has(seq, 'smarttag_date'):
        runs = (f'<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="chsdate">'
                f'<w:smartTagPr><w:attr w:name="Year" w:val="2022"/><w:attr w:name="IsLunarDate" w:val="False"/></w:smartTagPr>{runs}</w:smartTag>')
    if has(seq, 'sdt_date'):
        runs = sdt_inline(runs, '成文日期', date=True)
    return runs


def signature(doc, d: dict, st: dict, signs: list, date: str):
    seq, s = d['seq'], st['size']
    props = rpr(st['body'], s)
    pad = '\u3000' * 10
    right = f'<w:ind w:right="{int(s * 40)}"/>'
    if has(seq, 'sign_table'):
        signature_table(doc, d, st, signs, date)
        return
    if has(seq, 'sign_br'):  # one paragraph: issuer, Shift+Enter, date; pushed right with U+3000
        runs = ''.join(r(pad + name, props) + f'<w:r>{props}<w:br/></w:r>' for name in signs)
        add(doc, ppr() + runs + r(pad, props) + date_runs(date, props, seq))
        return
    if has(seq, 'sign_tabs'):
        tabs = '<w:tabs><w:tab w:val="left" w:pos="5040"/></w:tabs>'
        for name in signs:
            add(doc, ppr(extra=tabs) + f'<w:r>{props}<w:tab/><w:tab/><w:tab/></w:r>' + r(name, props))
        add(doc, ppr(extra=tabs) + f'<w:r>{props}<w:tab/><w:tab/><w:tab/></w:r>' + date_runs(date, props, seq))
        return
    for name in signs:
        add(doc, ppr('right', right) + r(name, props))
    if has(seq, 'date_frame'):  # a frame at the right margin
        frame = '<w:framePr w:w="3600" w:hSpace="180" w:wrap="around" w:vAnchor="text" w:hAnchor="margin" w:xAlign="right" w:y="1"/>'
        add(doc, ppr('right', extra=frame) + date_runs(date, props, seq))
    elif has(seq, 'date_textbox'):  # a text box anchored in an empty paragraph under the signature
        add(doc, ppr() + textbox_wps(date, props, align='right', width_cm=5.5))
    else:
        add(doc, ppr('right', right) + date_runs(date, props, seq))


def signature_table(doc, d: dict, st: dict, signs: list, date: str):
    """Signatures two to a row in a borderless table, the date under the right-hand column."""
    seq, props = d['seq'], rpr(st['body'], st['size'])
    rows = [signs[i:i + 2] for i in range(0, len(signs), 2)] if len(signs) > 1 else [['', signs[0]]]
    cell_w = 4500

    def cell(text_runs: str) -> str:
        return (f'<w:tc><w:tcPr><w:tcW w:w="{cell_w}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>'
                f'<w:p>{ppr("center")}{text_runs}</w:p></w:tc>')

    trs = []
    for row in rows:
        row = row + [''] * (2 - len(row))
        trs.append('<w:tr><w:trPr><w:jc w:val="center"/></w:trPr>' + ''.join(cell(r(x, props) if x else '') for x in row) + '</w:tr>')
    if len(signs) == 1:  # issuer and date stacked in the right-hand cell
        trs[-1] = ('<w:tr>' + cell('') + f'<w:tc><w:tcPr><w:tcW w:w="{cell_w}" w:type="dxa"/></w:tcPr>'
                   f'<w:p>{ppr("center")}{r(signs[0], props)}</w:p><w:p>{ppr("center")}{date_runs(date, props, seq)}</w:p></w:tc></w:tr>')
    else:
        trs.append('<w:tr>' + cell('') + cell(date_runs(date, props, seq)) + '</w:tr>')
    # Even documents: no tblBorders at all (the default table style has none); odd: borders set to none.
    borders = '' if seq % 2 == 0 else ('<w:tblBorders>' + ''.join(
        f'<w:{k} w:val="none" w:sz="0" w:space="0" w:color="auto"/>' for k in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'))
        + '</w:tblBorders>')
    tbl = (f'<w:tbl><w:tblPr><w:tblW w:w="{2 * cell_w}" w:type="dxa"/><w:jc w:val="right"/>{borders}'
           f'<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0"/></w:tblPr>'
           f'<w:tblGrid><w:gridCol w:w="{cell_w}"/><w:gridCol w:w="{cell_w}"/></w:tblGrid>{"".join(trs)}</w:tbl>')
    add(doc, ppr())
    add(doc, tbl)


def blocks(doc, d: dict, st: dict):
    seq, s = d['seq'], st['size']
    bl = d['blocks']
    signs = [b['text'] for b in bl if b['kind'] == 'sign']
    first_sign = next((i for i, b in enumerate(bl) if b['kind'] == 'sign'), None)
    body_ks = [k for k, b in enumerate(bl) if b['kind'] == 'p' and len(b['text']) > 30]
    special = {}
    # Each feature that changes a body paragraph takes one of the long ones, in a fixed order.
    for feat, fn in (('tracked', 'tracked'), ('hidden', 'hidden'), ('footnote', 'footnote'), ('endnote', 'endnote'),
                     ('comment', 'comment')):
        if has(seq, feat):
            free = [k for k in body_ks if k not in special]
            if free:
                special[free[len(free) // 2 if feat != 'comment' else 0]] = fn
    k = 0
    while k < len(bl):
        b = bl[k]
        kind, text = b['kind'], b['text']
        if k == first_sign:
            j = k
            while j < len(bl) and bl[j]['kind'] == 'sign':
                j += 1
            date = bl[j]['text'] if j < len(bl) and bl[j]['kind'] == 'date' else ''
            signature(doc, d, st, signs, date)
            k = j + (1 if date else 0)
            continue
        if kind == 'table':  # a ruled table (Table Grid borders), its rows until the kind changes
            j = k
            while j < len(bl) and bl[j]['kind'] == 'table':
                j += 1
            ruled_table(doc, [b['text'].split('\t') for b in bl[k:j]], st)
            k = j
            continue
        if kind == 'recipients':
            add(doc, ppr() + r(text, rpr(st['body'], s)))
        elif kind == 'atitle':
            add(doc, ppr('center') + r(text, rpr(st['title'], s + 4, bold=True)))
        elif kind == 'h':
            body_para(doc, text, st, seq, k, font=st['hei'])
        elif kind == 'note':
            add(doc, ppr(ind=f'<w:ind w:firstLineChars="200" w:firstLine="{int(s * 40)}"/>') + r(text, rpr(st['body'], s)))
        elif special.get(k) == 'tracked':
            tracked_para(doc, text, st, seq, k)
        elif special.get(k) == 'hidden':
            hidden_para(doc, text, st, seq, k)
            # and a whole hidden paragraph after it
            hid = rpr(st['body'], s).replace('</w:rPr>', '<w:vanish/></w:rPr>')
            add(doc, ppr(extra='<w:rPr><w:vanish/></w:rPr>') + r('（内部审核意见：同意。经办人：张某）', hid))
        elif special.get(k) in ('footnote', 'endnote'):
            note_para(doc, text, st, seq, k, special[k])
        elif special.get(k) == 'comment':
            comment_para(doc, text, st, seq, k)
        else:
            body_para(doc, text, st, seq, k)
        if has(seq, 'del_para') and k == (body_ks[0] if body_ks else -1):
            props = rpr(st['body'], s)
            add(doc, '<w:pPr><w:rPr><w:del w:id="990" w:author="办公室" w:date="2022-06-01T09:20:00Z"/></w:rPr></w:pPr>'
                f'<w:del w:id="991" w:author="办公室" w:date="2022-06-01T09:20:00Z"><w:r>{props}'
                '<w:delText>本通知自印发之日起施行，原有规定同时废止。</w:delText></w:r></w:del>')
        k += 1


def ruled_table(doc, rows: list, st: dict):
    props = rpr(st['body'], st['size'] - 1)
    n = max(len(row) for row in rows)
    w = 8400 // n
    line = '<w:tblBorders>' + ''.join(f'<w:{k} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                                      for k in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV')) + '</w:tblBorders>'
    trs = ''.join('<w:tr>' + ''.join(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr><w:p>{ppr()}{r(c, props) if c else ""}</w:p></w:tc>'
                                     for c in row + [''] * (n - len(row))) + '</w:tr>' for row in rows)
    add(doc, f'<w:tbl><w:tblPr><w:tblW w:w="{w * n}" w:type="dxa"/>{line}</w:tblPr>'
        f'<w:tblGrid>{"".join(f"<w:gridCol w:w={chr(34)}{w}{chr(34)}/>" for _ in range(n))}</w:tblGrid>{trs}</w:tbl>')


def footer_notes_part(kind: str) -> bytes:
    tag = 'footnote' if kind == 'footnotes' else 'endnote'
    sep = (f'<w:{tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{tag}>'
           f'<w:{tag} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{tag}>')
    ref = 'FootnoteReference' if tag == 'footnote' else 'EndnoteReference'
    body = ''.join(f'<w:{tag} w:id="{i}"><w:p><w:pPr><w:pStyle w:val="{tag.capitalize()}Text"/></w:pPr>'
                   f'<w:r><w:rPr><w:rStyle w:val="{ref}"/></w:rPr><w:{tag}Ref/></w:r>'
                   f'<w:r><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:{tag}>' for i, text in NOTES[kind])
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{tag}s xmlns:w="{W}">{sep}{body}</w:{tag}s>').encode()


def comments_part() -> bytes:
    body = ''.join(f'<w:comment w:id="{i}" w:author="县政府办公室" w:date="2022-06-01T10:00:00Z" w:initials="BGS">'
                   f'<w:p><w:r><w:annotationRef/></w:r><w:r><w:t>{escape(text)}</w:t></w:r></w:p></w:comment>' for i, text in NOTES['comments'])
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="{W}">{body}</w:comments>'.encode()


def add_parts(path: str):
    """python-docx's template has no comments, footnotes or endnotes parts: written in as Word has them."""
    parts = {'word/comments.xml': (comments_part(), 'comments', 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml'),
             'word/footnotes.xml': (footer_notes_part('footnotes'), 'footnotes', 'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml'),
             'word/endnotes.xml': (footer_notes_part('endnotes'), 'endnotes', 'application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml')}
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    out = []
    for info, data in items:
        if info.filename == '[Content_Types].xml':
            s = data.decode()
            for name, (_, _, ct) in parts.items():
                s = s.replace('</Types>', f'<Override PartName="/{name}" ContentType="{ct}"/></Types>')
            data = s.encode()
        elif info.filename == 'word/_rels/document.xml.rels':
            s = data.decode()
            for n, (name, (_, rel, _)) in enumerate(parts.items()):
                s = s.replace('</Relationships>', f'<Relationship Id="rIdRw{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                              f'relationships/{rel}" Target="{name.removeprefix("word/")}"/></Relationships>')
            data = s.encode()
        out.append((info, data))
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for info, data in out:
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
        for name, (data, _, _) in parts.items():
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def render(spec: dict, out: str, pages: dict):
    for k in ('comment', 'footnote', 'endnote'):
        STATE[k] = 0
    STATE['bookmark'], STATE['sdt'] = 1000, 5000
    for v in NOTES.values():
        v.clear()
    st = STYLES[spec['layout']]
    doc = Document()
    first = doc.sections[0]
    first.page_width, first.page_height = Cm(21), Cm(29.7)
    first.left_margin = first.right_margin = Cm(2.6)
    cover(doc, spec, st)
    toc(doc, spec, st, pages)
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    restart_numbering(section)
    heads(section, spec, st, spec['sections'][0]['name'])
    for si, sec in enumerate(spec['sections']):
        if si > 0:
            section = doc.add_section(WD_SECTION.NEW_PAGE)
            heads(section, spec, st, sec['name'])
        add(doc, ppr('center', extra='<w:outlineLvl w:val="0"/>') + bookmark(r(sec['heading'], rpr(st['hei'], 16)), toc_anchor(f'sec{si}')))
        add(doc, ppr())
        for j, d in enumerate(sec['docs']):
            title_block(doc, d, spec, st)
            blocks(doc, d, st)
            if j == len(sec['docs']) - 1:
                continue
            if has(d['seq'], 'section_break'):
                doc.add_section(WD_SECTION.NEW_PAGE)
            elif has(d['seq'], 'page_break_in_para'):  # Ctrl+Enter typed at the end of the last line
                last = doc.element.body[-2]
                last.append(parse_xml(f'<w:r {nsdecls("w")}><w:br w:type="page"/></w:r>'))
            else:
                add(doc, '<w:r><w:br w:type="page"/></w:r>')
    doc.core_properties.created = doc.core_properties.modified = datetime(2024, 1, 1)  # deterministic
    doc.save(out)
    add_parts(out)


def main(spec_file: str, out: str, work_dir: str):
    from pathlib import Path
    from docx_pages import find_pages, page_texts, to_pdf
    spec = json.load(open(spec_file, encoding='utf8'))
    work = Path(work_dir)
    render(spec, str(work / 'issue.docx'), {})
    # LibreOffice keeps the TOC field's shown result (it does not update fields), so the pages it
    # finds are what a reader of the printed issue would see; written into the field's result.
    pages = find_pages(spec, page_texts(to_pdf(work / 'issue.docx', work), False), True)
    render(spec, out, pages)


if __name__ == '__main__':
    main(*sys.argv[1:4])
