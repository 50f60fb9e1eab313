"""XeLaTeX + ctex for the nl session's held-out provincial issue (prov-xe-16k): render_tex's
preamble, cover and documents, with its own page, 目录, banners and running heads.

- a 16开 page (184 × 260 mm);
- the 目录 in two columns: 栏目 names in 黑体, each title with a hanging indent, its 文号 on a
  smaller 楷体 line under it with dotted leaders to the page as `·3·` (entries without 文号: the
  leaders on the title's last line);
- the body in two columns of 10 pt Fandol Song with a rule between them, 黑体 titles inside one
  column with the 文号 centred under them, documents starting mid-column;
- each 栏目 opens with a reversed banner across the page: the name in white 黑体 on a dark red tab
  at the left, a rule of the same colour running from it to the right margin;
- the head: `·3·` in its inner corner; the gazette + 期 in the outer corner of even pages, the 栏目
  in the outer corner of odd pages; no foot.
Usage: python3 render_tex_nl.py spec.json issue.tex
"""
import json
import re
import sys

import render_tex as rt
from render_tex import esc

rt.STYLES['prov-xe-16k'] = dict(
    fonts=('FandolSong', 'FandolHei', 'FandolKai', 'FandolFang'), body_cols=2, toc_cols=2,
    span_titles=False, banner=True, head='inner-dot-folio', folio='none', size='10pt', paper='a4paper',
    title_font='hei', columnsep='1.4em', cjk_fallback='Noto Serif CJK SC',
    margins='paperwidth=184mm,paperheight=260mm,inner=17mm,outer=15mm,top=22mm,bottom=18mm,headsep=5mm')

_head_cmds = rt.head_cmds


def head_cmds(kind: str, spec: dict) -> str:
    if kind == 'inner-dot-folio':  # `·3·` in the inner corner; gazette + 期 (even) or 栏目 (odd) outer
        name, issue = esc(spec['gazette']), f"{spec['year']}年第{spec['issueNo']}期"
        return (rf'\fancyhead[LE]{{{name}\quad {issue}}}\fancyhead[RO]{{\rightmark}}'
                r'\fancyhead[RE,LO]{·\thepage·}')
    return _head_cmds(kind, spec)


rt.head_cmds = head_cmds


def toc(spec: dict) -> str:
    out = [r'\thispagestyle{empty}\begin{center}{\hei\fontsize{24}{30}\selectfont 目\qquad 录}\end{center}'
           rf"\begin{{center}}{spec['year']}年第{spec['issueNo']}期（总第{spec['totalNo']}期）\end{{center}}\vspace{{0.5em}}",
           r'\begin{multicols}{2}']
    for sec in spec['sections']:
        out.append(rf"\par\medskip\noindent{{\hei\large {esc(sec['heading'])}}}\par\smallskip")
        for title, number, label in (e for d in sec['docs'] for e in rt.toc_entries(d)):
            page = rf'{{}}·\pageref{{{label}}}·'
            if number:
                out.append(rf'\noindent\hangindent=1em {esc(title)}\par\nopagebreak')
                out.append(rf'\noindent\hspace*{{1em}}{{\kai\small {esc(number)}}}\dotfill{page}\par\smallskip')
            else:
                out.append(rf'\noindent\hangindent=1em {esc(title)}\dotfill{page}\par\smallskip')
    out.append(r'\end{multicols}\clearpage\setcounter{page}{1}')
    return '\n'.join(out) + '\n'


def banner(name: str) -> str:
    """The 栏目 in white on a dark red tab, a rule of that colour running on to the right margin."""
    return (r'\par\bigskip\noindent{\color{red!60!black}\colorbox{red!60!black}{\hspace{0.6em}\color{white}\hei\large '
            + esc(name) + r'\hspace{0.6em}}\leaders\hrule height 1.2pt\hfill\null}\par\medskip')


def body(spec: dict, st: dict) -> str:
    out = []
    for sec in spec['sections']:
        out.append(rf"\markright{{{esc(sec['name'])}}}")
        out.append(banner(sec['heading']))
        out.append(r'\begin{multicols}{2}')
        for doc in sec['docs']:
            out.append(rt.document(doc, spec, st, 2))
        out.append(r'\end{multicols}')
    return '\n'.join(out)


def render(spec: dict) -> str:
    st = rt.STYLES[spec['layout']]
    tex = rt.preamble(spec, st) + rt.cover(spec) + toc(spec) + body(spec, st) + '\n\\end{document}\n'
    return re.sub(r'\\begin\{multicols\}\{\d\}\s*\\end\{multicols\}', '', tex)


if __name__ == '__main__':
    spec = json.load(open(sys.argv[1], encoding='utf8'))
    open(sys.argv[2], 'w', encoding='utf8').write(render(spec))
