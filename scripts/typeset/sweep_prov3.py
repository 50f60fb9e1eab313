"""The provincial issue, sweep round 3 (the sw5 session, s31): the 目录's face and 栏目 names.

Variants of sweep_prov2.py's control (prov2-a0: 16开, 10 pt AR PL UMing, the 目录 in two columns with the 文号
bare on a smaller 楷体 line under each title, 【】 栏目): the body and 目录 in Fandol Song (the face prov-xe-16k's
public row names), bare 栏目 names (no brackets, no numbers), both, and A4 in 10.5 pt Fandol Song (README.md).

`python3 sweep_prov3.py WORK [NAME…]` builds the variants into WORK/NAME/; score as sweep_prov2.py's.
"""
import sys
from pathlib import Path

from sweep_build import issue_sweep
from sweep_prov2 import BASE_CHANGES, BASE_STYLE, HEADINGS, issue

BARE = [h.strip('【】') for h in HEADINGS]
SONG = dict(fonts=('FandolSong', 'FandolHei', 'FandolKai', 'FandolFang'), cjk_fallback='Noto Serif CJK SC')

# name → (issue, style changes over the base, what it varies). Provinces and names are invented.
SWEEP = {
    'prov3-song': (issue('沅陵省', 421, '第351号', '省长　祁振声'), SONG, '10 pt Fandol Song'),
    'prov3-bare': (issue('澧水省', 422, '第352号', '省长　严敬之', headings=BARE), {}, '栏目 names without brackets'),
    'prov3-song-bare': (issue('酉水省', 423, '第353号', '省长　詹守拙', headings=BARE), SONG, 'Fandol Song, bare 栏目'),
    'prov3-a4song': (issue('资江省', 424, '第354号', '省长　鲍承德'),
                     dict(SONG, paper='a4paper', size='10.5pt', margins='margin=2.2cm,top=2.6cm,bottom=2.4cm'),
                     'A4, 10.5 pt Fandol Song'),
    'prov3-headed': (issue('渠江省', 425, '第355号', '省长　邵知远'), dict(toc_pagestyle='fancy'),
                     'the 目录 page with running head and folio'),
}

# The variants kept as tuning fixtures (those whose rows exposed a failure, and guards); see README.md.
COMMITTED = ['prov3-song', 'prov3-bare', 'prov3-song-bare', 'prov3-a4song', 'prov3-headed']


layouts, styles, build = issue_sweep(SWEEP, BASE_STYLE, BASE_CHANGES)


if __name__ == '__main__':
    build(Path(sys.argv[1]), sys.argv[2:] or list(SWEEP))
