"""The one-column city issue, sweep round 3 (the sw5 session, s31): the 目录's own type.

sweep_one2.py varied the texts, the 目录's extent and breaks and the body's title block of one control issue
(city-xe-one2-a0). The held-outs city-xe-bandfang, prov-xe-16k and prov-3col-mixed still lose their whole
目录 in default text; what their public rows share that no tuning fixture combined is in the 目录's type and
furniture: its face and size, its leaders and page labels, the lines under its heading, bare 栏目 names, running
heads on its page, its gutter, a masthead instead of a cover. Each variant changes one of these (README.md).

`python3 sweep_one3.py WORK [NAME…]` builds the variants into WORK/NAME/ (as sweep_one2.py); score each with
`npx tsx scripts/score-file.ts WORK/NAME/NAME.txt WORK/NAME/truth.json` (and .layout.txt, .pdf).
"""
import sys
from pathlib import Path

from sweep_build import city_sweep
from sweep_one2 import BASE, BASE_STYLE, TEXTS

BARE = [(heading.strip('【】'), keys) for heading, keys in TEXTS]
FANDOL_SONG = ('FandolSong', 'FandolHei', 'FandolKai', 'FandolFang')

# name → (city, layout changes, style changes, what it varies). The cities are invented.
SWEEP = {
    'city-xe-one3-song': ('沔州市', {}, dict(fonts=('FandolSong',) + FANDOL_SONG[1:], body_font='song', size='10.5pt',
                                           title_font='hei'),
                          'the body and the 目录 in 10.5 pt Fandol Song'),
    'city-xe-one3-fang105': ('沔阳市', {}, dict(size='10.5pt'), '10.5 pt Fandol Fang'),
    'city-xe-one3-tocsmall': ('沔川市', {}, dict(toc_entry_size=r'\small'), 'the 目录 entries in \\small, 文号 \\footnotesize'),
    'city-xe-one3-cdots': ('汨州市', {}, dict(toc_dots='cdot'), 'leaders of middle dots'),
    'city-xe-one3-ellipsis': ('汨阳市', {}, dict(toc_dots='ellipsis'), 'leaders of …'),
    'city-xe-one3-pagespaced': ('汨川市', {}, dict(toc_paren_page='第 {} 页'), 'the page `第 3 页` after the leaders'),
    'city-xe-one3-total': ('涔州市', {}, dict(toc_issue_line=True), 'an issue line under the 目录 heading'),
    'city-xe-one3-bigheading': ('涔阳市', {}, dict(toc_heading='目　　录', toc_heading_size=r'\fontsize{26}{32}\selectfont'),
                                'the heading 目　　录 in 26 pt over a rule'),
    'city-xe-one3-bare': ('涔川市', {'sections': BARE}, {}, '栏目 names without brackets'),
    'city-xe-one3-headed': ('溆州市', {}, dict(toc_pagestyle='fancy'), 'the 目录 page with running head and folio'),
    'city-xe-one3-norule': ('溆阳市', {}, dict(toc_rule=False, toc_columnsep='2em'), 'the 目录 gutter unruled, 2 em'),
    'city-xe-one3-mast': ('溆川市', {}, dict(cover='masthead'), 'a masthead over the 目录, no cover'),
}

# The variants kept as tuning fixtures (those whose txt row exposed a failure, and guards); see README.md.
COMMITTED = ['city-xe-one3-bare', 'city-xe-one3-cdots', 'city-xe-one3-pagespaced', 'city-xe-one3-headed',
             'city-xe-one3-song']


layouts, styles, build = city_sweep(SWEEP, BASE, BASE_STYLE)


if __name__ == '__main__':
    build(Path(sys.argv[1]), sys.argv[2:] or list(SWEEP))
