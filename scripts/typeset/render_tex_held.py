"""XeLaTeX + ctex for the newheld session's held-out provincial issue (prov-xe-unbal): render_tex's
preamble, cover and documents, with its own 目录, body and running heads.

- the 目录 runs over two pages: 栏目 with section numbers (一、省政府令), each title in large type,
  its 文号 on the next line with dotted leaders to a bare page number;
- the body in two columns that are never balanced (multicols*): a 栏目's last page fills its left
  column first and leaves the right one short or empty; each 栏目 opens a new page under a banner
  (the 栏目 flush left over a thick rule and a thin one);
- heads centred (gazette + 期 on even pages, the 栏目 on odd pages), a bare folio in the head's
  outer corner, nothing in the foot.
Usage: python3 render_tex_held.py spec.json issue.tex
"""
import json
import sys

import render_tex as rt
from render_tex import esc

rt.STYLES['prov-xe-unbal'] = dict(
    fonts=('Noto Serif CJK SC', 'FandolHei', 'FandolKai', 'FandolFang'), body_cols=2, toc_cols=1,
    span_titles=False, banner=True, head='centre-folio-outer', folio='none', size='10.5pt', paper='a4paper',
    title_font='hei', columnsep='1.8em', margins='margin=2.1cm,top=2.7cm,bottom=2.3cm')

_head_cmds = rt.head_cmds


def head_cmds(kind: str, spec: dict) -> str:
    if kind == 'centre-folio-outer':  # the head's text centred, a bare folio in its outer corner
        name, issue = esc(spec['gazette']), f"{spec['year']}年第{spec['issueNo']}期"
        return (rf'\fancyhead[CE]{{{name}\quad {issue}}}\fancyhead[CO]{{\rightmark}}'
                r'\fancyhead[LE,RO]{\thepage}')
    return _head_cmds(kind, spec)


rt.head_cmds = head_cmds


def toc(spec: dict) -> str:
    """Two pages: large titles, the 文号 under each, dotted leaders to the page (no heads, no folio)."""
    out = [r'\pagestyle{empty}\thispagestyle{empty}\begin{center}{\hei\fontsize{26}{32}\selectfont 目\qquad 录}'
           r'\end{center}\vspace{2em}']
    for sec in spec['sections']:
        out.append(rf"\par\bigskip\noindent{{\hei\Large {esc(sec['heading'])}}}\par\medskip")
        for title, number, label in (e for d in sec['docs'] for e in rt.toc_entries(d)):
            page = rf'\pageref{{{label}}}'
            if number:
                out.append(rf'\noindent\hangindent=2em\hspace*{{1em}}{{\large {esc(title)}}}\par\nopagebreak')
                out.append(rf'\noindent\hspace*{{3em}}{{\kai {esc(number)}}}\dotfill{page}\par')
            else:
                out.append(rf'\noindent\hangindent=2em\hspace*{{1em}}{{\large {esc(title)}}}\dotfill{page}\par')
            out.append(r'\vspace{4em}')
    out.append(r'\clearpage\pagestyle{fancy}\setcounter{page}{1}')
    return '\n'.join(out) + '\n'


def body(spec: dict, st: dict) -> str:
    out = []
    for sec in spec['sections']:
        out.append(rf"\clearpage\markright{{{esc(sec['name'])}}}")
        out.append(rf"\noindent{{\hei\LARGE {esc(sec['heading'])}}}\par\vspace{{2pt}}"
                   r'\noindent\rule{\linewidth}{1.6pt}\par\vspace{-0.6\baselineskip}\noindent\rule{\linewidth}{0.4pt}\par\medskip')
        out.append(r'\begin{multicols*}{2}')
        for doc in sec['docs']:
            out.append(rt.document(doc, spec, st, 2))
        out.append(r'\end{multicols*}')
    return '\n'.join(out)


def render(spec: dict) -> str:
    st = rt.STYLES[spec['layout']]
    return rt.preamble(spec, st) + rt.cover(spec) + toc(spec) + body(spec, st) + '\n\\end{document}\n'


if __name__ == '__main__':
    spec = json.load(open(sys.argv[1], encoding='utf8'))
    open(sys.argv[2], 'w', encoding='utf8').write(render(spec))
