"""A sweep of the Chromium three-column genre (s41): variants of the web gazette whose body runs in
three CSS columns (WEB3_RULED in render_html.py: 9.5 pt AR PL UMing over ruled 4 mm gutters, titles
across the page for some documents and inside one narrow column for the rest, the 文号 above each
title, a centred head, `第3页` in the foot), each changing what real offices vary in such a page: the
gutter and its rule, the body face and size, the leading, the margins, the title sizes, the 栏目
banner, the heads. Two sets of texts, neither printed together by any fixture.

The variants were written down here before the importer read any of them. Three are kept as tuning
fixtures (COMMITTED); the other five are a check of whether the readings of three-column pages hold
across the genre, not fixtures to tune on: the rows they print say how far a change on the tuning
siblings (city-web-3col-b, -c, -lists, -song, county-web-3col*) carries to pages it was not fitted to.

`python3 sweep_web3.py WORK [NAME…]` builds the variants (all, or those named) into WORK/NAME/
(spec.json, truth.json, NAME.pdf, NAME.txt, NAME.layout.txt); score each with
`npx tsx scripts/score-file.ts WORK/NAME/NAME.txt WORK/NAME/truth.json` (and .layout.txt, .pdf),
or all at once with `TXT_ROWS_DIR=WORK npx tsx scripts/txt-rows.ts` (TXT_ROWS_EXT=layout.txt, pdf).
"""
import subprocess
import sys
from pathlib import Path

from sweep_build import write_spec, write_texts

# Text set A: two State Council texts (13 across the page), two of its office (38 across), four
# county texts (03 across), a department text issued by 3 units (31, across), two 任免 (42 without 文号).
TEXTS_A = [('一、国务院文件', ['govcn-13', 'govcn-57']),
           ('二、国务院办公厅文件', ['govcn-38', 'govcn-54']),
           ('三、县（市、区）文件', ['xingxian-03', 'xingxian-16', 'xingxian-26', 'xingxian-11']),
           ('四、部门联合发文', ['xingxian-31']),
           ('五、人事任免', ['xingxian-42', 'xingxian-36'])]
BASE_A = dict(split='tuning', year=2023, issueNo=4, totalNo=131, published='2023-04-18', source='mixed',
              sections=TEXTS_A, joint={'31': 3}, nonumber=['42'], span=['13', '38', '03', '31'], public='both',
              number='above', dates='cn', renderers=['html'])
# Text set B: other texts of the same kinds (20, 41, 22, 30 across; 30 by 3 units; 44 without 文号).
TEXTS_B = [('一、国务院文件', ['govcn-20', 'govcn-48']),
           ('二、国务院办公厅文件', ['govcn-41', 'govcn-60']),
           ('三、县（市、区）文件', ['xingxian-23', 'xingxian-22', 'xingxian-09', 'xingxian-28']),
           ('四、部门联合发文', ['xingxian-30']),
           ('五、人事任免', ['xingxian-45', 'xingxian-44'])]
BASE_B = dict(split='tuning', year=2023, issueNo=7, totalNo=58, published='2023-07-11', source='mixed',
              sections=TEXTS_B, joint={'30': 3}, nonumber=['44'], span=['20', '41', '22', '30'], public='both',
              number='above', dates='cn', renderers=['html'])

NOTO_SERIF = "'Noto Serif CJK SC', serif"
# name → (texts, gazette, style changes to WEB3_RULED, what it varies). The gazettes are invented.
SWEEP = {
    'web3-sw-control': ('A', '澧州市人民政府公报', dict(title_size=('17pt', '13pt')),
                        'control: the genre as WEB3_RULED sets it, titles 17 pt across / 13 pt in a column'),
    'web3-sw-norule3': ('A', '澧阳市人民政府公报', dict(gap='3mm', rule='none'),
                        'a narrow 3 mm gutter without a rule'),
    'web3-sw-noto9': ('A', '澧川市人民政府公报', dict(body=NOTO_SERIF, size='9pt', leading='1.5'),
                      'the body in 9 pt Noto Serif CJK (OpenType CFF), leading 1.5'),
    'web3-sw-ukai105': ('A', '澧源市人民政府公报', dict(body="'AR PL UKai CN', serif", size='10.5pt', leading='1.75', gap='6mm'),
                        'the body in 10.5 pt AR PL UKai (about 15 characters a line), 6 mm gutters'),
    'web3-sw-fang': ('B', '沅州市人民政府公报', dict(body="'FangWeb', 'AR PL UKai CN', serif", size='10pt', pages='outer-head',
                                               folio='- {n} -'),
                     'the body in 10 pt Fandol Fang (Type 3 in the PDF), the head in the outer top corner, `- 3 -` centred'),
    'web3-sw-tight': ('B', '沅阳市人民政府公报', dict(size='9pt', leading='1.4',
                                                margin=dict(top='14mm', bottom='14mm', left='12mm', right='12mm')),
                      '9 pt UMing at leading 1.4 in 12 mm margins (about 20 characters a line)'),
    'web3-sw-bigtitles': ('B', '沅川市人民政府公报', dict(title_size=('20pt', '15pt'), banner='strip'),
                          'titles 20 pt across / 15 pt in a column; 栏目 on a grey strip'),
    'web3-sw-xbs': ('B', '沅源市人民政府公报', dict(body="'XbsWeb', 'Noto Serif CJK SC', serif", size='10pt', gap='5mm',
                                              title=NOTO_SERIF, title_weight='bold', banner='underline'),
                    'the body in 10 pt 简报宋 (AR PL SungtiL), bold Noto Serif titles, 栏目 over a red rule, 5 mm gutters'),
}

# The variants kept as tuning fixtures (issues.py and render_html.py register them, build.sh builds
# them): three of the four whose PDF lost fields at the first reading (importer at 5ed31a1e: 61/66,
# 10/11 documents and 60/66, 10/11 documents and 57/66; bigtitles, the same fault as xbs, stays a check). web3-sw-control's page 9 has two name lists in its
# second and third columns (their names and posts open blank bands inside the columns, so the page
# shows no gutter of its own) and a 栏目 banner and a title across the page at its foot, as has
# web3-sw-noto9's, whose plain text pdftotext writes with the columns' lines joined on shared rows;
# web3-sw-xbs's 目录 ends with an entry without 文号, its `第17页` on the page's last line, 18 pt above
# where the body's page numbers sit.
COMMITTED = ['web3-sw-control', 'web3-sw-noto9', 'web3-sw-xbs']


def layouts(names=None) -> dict:
    """The variants' issue definitions (issues.py LAYOUTS entries), each naming its style."""
    out = {}
    for name in names if names is not None else SWEEP:
        texts, gazette, _, _ = SWEEP[name]
        out[name] = dict(BASE_A if texts == 'A' else BASE_B, gazette=gazette, style=name)
    return out


def styles(base: dict, names=None) -> dict:
    """The variants' render_html.py styles: the genre's (`base`, WEB3_RULED) with a few things changed."""
    return {name: {**base, **SWEEP[name][2]} for name in (names if names is not None else SWEEP)}


def build(work: Path, names: list) -> None:
    """Each variant printed as render_html.py's main does (body, then cover and 目录 with its pages), then its texts."""
    import issues
    import render_html
    issues.LAYOUTS.update(layouts(names))
    render_html.STYLES.update(styles(render_html.WEB3_RULED, names))
    for name in names:
        d = work / name
        d.mkdir(parents=True, exist_ok=True)
        spec = write_spec(d, name)
        st = render_html.STYLES[name]
        body_file, body_pdf = d / 'body.html', d / 'body.pdf'
        body_file.write_text(render_html.body_html(spec, st), 'utf8')
        render_html.print_pdf(body_file, body_pdf, st, spec, True)
        front_file, front_pdf = d / 'front.html', d / 'front.pdf'
        front_file.write_text(render_html.front_html(spec, st, render_html.find_pages(spec, body_pdf)), 'utf8')
        render_html.print_pdf(front_file, front_pdf, st, spec, False)
        subprocess.run(['pdfunite', str(front_pdf), str(body_pdf), str(d / f'{name}.pdf')], check=True)
        write_texts(d, name)
        print(name, SWEEP[name][3], flush=True)


if __name__ == '__main__':
    work = Path(sys.argv[1])
    build(work, sys.argv[2:] or list(SWEEP))
