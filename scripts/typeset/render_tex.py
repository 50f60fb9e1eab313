"""XeLaTeX + ctex: an issue spec → a .tex file in the layout's style (run xelatex twice on it)."""
import json
import re
import sys

from sweep_one import COMMITTED as ONE_COMMITTED, styles as one_styles
from sweep_one2 import COMMITTED as ONE2_COMMITTED, styles as one2_styles
from sweep_toc2 import COMMITTED as SWEEP_COMMITTED, styles as sweep_styles
from sweep_prov import COMMITTED as PROV_COMMITTED, styles as prov_styles
from sweep_prov2 import COMMITTED as PROV2_COMMITTED, styles as prov2_styles
from sweep_one3 import COMMITTED as ONE3_COMMITTED, styles as one3_styles
from sweep_prov3 import COMMITTED as PROV3_COMMITTED, styles as prov3_styles

# The genre of the blind probes of the held-out prov-3col-mixed (probe3, probe5): a 目录 in two
# columns with `第3页`, the body in two with the replies 栏目 in three, banners, alternating heads,
# `第3页` in the inner foot corner, 黑体 titles across for some documents and in one column for the rest.
ANSWERS_GENRE = dict(
    body_cols=2, toc_cols=2, three_cols={'建议提案答复'}, span_titles=False, banner=True, banner_heading=True,
    head='alternate', folio='page-inner-foot', paper='a4paper', title_font='hei', toc_page='第{}页')

STYLES = {
    'prov-2col-song': dict(
        fonts=('FandolSong', 'FandolHei', 'FandolKai', 'FandolFang'), body_cols=2, toc_cols=1, span_titles=True,
        banner=True, head='alternate', folio='emdash-outer-foot', size='10.5pt', paper='a4paper'),
    'city-2col-midcol': dict(
        fonts=('Noto Serif CJK SC', 'Noto Sans CJK SC', 'AR PL UKai CN', 'FandolFang'), body_cols=2, toc_cols=1,
        span_titles=False, banner=False, head='centre', folio='hyphen-centre-foot', size='10pt', paper='a4paper'),
    'county-1col-heads': dict(
        fonts=('AR PL UMing CN', 'WenQuanYi Zen Hei', 'AR PL UKai CN', 'FandolFang'), body_cols=1, toc_cols=1,
        span_titles=True, banner=False, head='alternate-section', folio='emdash-outer-foot', size='12pt', paper='a4paper',
        toc_number='below'),
    'prov-3col-mixed': dict(
        fonts=('Noto Serif CJK SC', 'WenQuanYi Micro Hei', 'AR PL KaitiM GB', 'FandolFang'), body_cols=2, toc_cols=2,
        three_cols={'建议提案答复'}, span_titles=True, banner=True, head='alternate', folio='page-inner-foot',
        size='10pt', paper='a4paper', toc_number='none'),
    'county-2col-kai': dict(
        fonts=('AR PL SungtiL GB', 'FandolHei', 'AR PL UKai CN', 'FandolFang'), body_cols=2, toc_cols=1,
        span_titles=True, banner=False, head='bare-outer-head', folio='none', size='10.5pt', paper='a4paper',
        body_font='fang'),
    'city-2col-flow': dict(
        fonts=('Noto Serif CJK SC', 'Noto Sans CJK SC', 'AR PL KaitiM GB', 'FandolFang'), body_cols=2, toc_cols=1,
        span_titles=False, banner=False, head='centre-plain', folio='dot-centre-foot', size='10pt', paper='a4paper',
        body_font='fang', margins='margin=2cm,top=2.4cm,bottom=2.2cm'),
    'prov-xe-inner': dict(
        fonts=('FandolSong', 'WenQuanYi Zen Hei', 'AR PL KaitiM GB', 'FandolFang'), body_cols=2, toc_cols=1,
        span_titles=True, banner=True, banner_heading=True, head='inner-section', folio='hyphen-outer-foot',
        size='10.5pt', paper='a4paper', body_font='fang', toc_page='第{}页'),
    'county-xe-kai-inner': dict(
        fonts=('AR PL UMing CN', 'Noto Sans CJK SC', 'AR PL KaitiM GB', 'FandolFang'), body_cols=2, toc_cols=1,
        span_titles=False, banner=False, head='centre-plain', folio='hyphen-inner-foot', size='10.5pt', paper='a4paper',
        body_font='fang', title_font='hei', h_font='kai', toc_page='第{}页'),
    'county-tables': dict(
        fonts=('Noto Serif CJK SC', 'WenQuanYi Zen Hei', 'AR PL UKai CN', 'FandolFang'), body_cols=1, toc_cols=1,
        two_cols={'县政府文件'}, span_titles=True, banner=False, head='alternate-section', folio='emdash-outer-foot',
        size='10.5pt', paper='a4paper', tables='wrap', section_pages=True),
    'city-2col-lines': dict(
        fonts=('AR PL UMing CN', 'WenQuanYi Zen Hei', 'AR PL UKai CN', 'FandolFang'), body_cols=2, toc_cols=1,
        span_titles=False, banner=False, head='centre', folio='page-inner-foot', size='10.5pt', paper='a4paper',
        toc_page='第{}页'),
    'prov-3col-replies': dict(
        fonts=('FandolSong', 'FandolHei', 'AR PL UKai CN', 'FandolFang'), body_cols=2, toc_cols=1,
        three_cols={'函件答复'}, span_titles=True, banner=True, head='alternate', folio='emdash-outer-foot',
        size='10.5pt', paper='a4paper'),
    # Added by the conf12 session (first seen unseen, then kept for tuning): a single-column county
    # gazette with its 目录 at the back and 栏目 banners in 【】; a two-column provincial gazette with
    # letter-spaced 栏目 bands and the 文号 flush right under the title.
    'county-1col-backtoc': dict(
        fonts=('Noto Serif CJK SC', 'FandolHei', 'AR PL KaitiM GB', 'FandolFang'), body_cols=1, toc_cols=1,
        span_titles=True, banner=True, banner_heading=True, head='centre-plain', folio='hyphen-centre-foot',
        size='12pt', paper='a4paper', body_font='fang', toc_at='back', toc_page='第{}页'),
    'prov-2col-bands': dict(
        fonts=('Noto Serif CJK SC', 'Noto Sans CJK SC', 'AR PL UKai CN', 'FandolFang'), body_cols=2, toc_cols=1,
        span_titles=True, banner=True, banner_style='band', head='alternate', folio='page-inner-foot',
        size='10pt', paper='a4paper', toc_number='none'),
    # Added by the conf12b session (first seen unseen, then kept for tuning): a single-column
    # provincial gazette, 黑体 titles, 楷体 （一） headings, `第 3 页` centred, the 栏目 name in the
    # odd pages' head, no banners in the body: 目录 sections are the only printed 栏目.
    'prov-1col-pages': dict(
        fonts=('Noto Serif CJK SC', 'WenQuanYi Micro Hei', 'FandolKai', 'FandolFang'), body_cols=1, toc_cols=1,
        span_titles=True, banner=False, head='alternate-section', folio='page-centre-foot', size='11pt',
        paper='a4paper', title_font='hei', h_font='kai', toc_page='第{}页'),
    # Added by the pdf12d session: a city gazette in two columns of Fandol Song, titles spanning both
    # columns for some documents and set mid-column for the rest, head with 总第N期, `-3-` centred.
    'city-xe-span-mid': dict(
        fonts=('FandolSong', 'WenQuanYi Micro Hei', 'FandolKai', 'FandolFang'), body_cols=2, toc_cols=1,
        span_titles=False, banner=False, head='centre', folio='hyphen-centre-foot', size='10pt', paper='a4paper'),
    # Added by the fresh12 session: a provincial gazette in three columns, titles across them, the
    # 目录 in two columns with dotted leaders and `·3·` labels, `·3·` in the outer corner.
    'prov-3col-dots': dict(
        fonts=('Noto Serif CJK SC', 'Noto Sans CJK SC', 'FandolKai', 'FandolFang'), body_cols=3, toc_cols=2,
        span_titles=True, banner=True, banner_heading=True, head='alternate', folio='dot-outer-foot',
        size='10pt', paper='a4paper', title_font='hei', toc_page='·{}·', margins='margin=1.8cm,top=2.4cm,bottom=2.2cm'),
    # Added by the unseen session: one column of 仿宋, the 目录 in two columns, heads in the inner
    # corner (gazette + 期 on even pages, the 栏目 on odd), a bare folio in the outer corner, 栏目
    # banners between rules in the body.
    'prov-xe-toc2': dict(
        fonts=('AR PL UMing CN', 'FandolHei', 'AR PL UKai CN', 'FandolFang'), body_cols=1, toc_cols=2,
        span_titles=True, banner=True, banner_heading=True, banner_style='rules', head='inner-all',
        folio='bare-outer-foot', size='11pt', paper='a4paper', body_font='fang'),
    # Added by the unseen2 session: one two-column flow for the whole body (栏目 banners boxed in
    # the column), 11 pt Fandol Song with 1.2 leading, a wide gutter without a rule, 黑体 titles in
    # one column with the 文号 in brackets under them, the sample's 政策咨询 boxes, heads split
    # (gazette left, issue right), `— 3 —` centred.
    'city-xe-consult': dict(
        fonts=('FandolSong', 'Noto Sans CJK SC', 'AR PL UKai CN', 'FandolFang'), body_cols=2, toc_cols=1,
        span_titles=False, banner=True, banner_style='column-box', flow_sections=True, head='split',
        folio='emdash-centre-foot', size='11pt', paper='a4paper', title_font='hei', leading='1.2',
        columnsep='2.4em', column_rule=False, consult=True, margins='margin=2cm,top=2.5cm,bottom=2.3cm'),
    # A third unseen2 probe: dense two columns, each title's issuer on a line of its own over the
    # 关于… line, the 文号 centred above, the 目录's 文号 under each title.
    'county-xe-issuer': dict(
        fonts=('Noto Serif CJK SC', 'WenQuanYi Micro Hei', 'AR PL UKai CN', 'FandolFang'), body_cols=2, toc_cols=1,
        span_titles=False, banner=True, banner_heading=True, head='inner-section', folio='hyphen-outer-foot',
        size='10pt', paper='a4paper', title_font='hei', issuer_line=True, toc_number='below', columnsep='1.5em',
        cjk_circle=True,
        margins='margin=1.8cm,top=2.3cm,bottom=2.1cm'),
    # A probe of the probe3 session: two columns, the 批复 section in three, titles inside one
    # column with the 文号 in brackets under them, banners between rules, head with 总第N期.
    'city-xe-3col': dict(
        fonts=('Noto Serif CJK SC', 'FandolHei', 'FandolKai', 'FandolFang'), body_cols=2, toc_cols=1,
        three_cols={'批复'}, span_titles=False, banner=True, banner_heading=True, banner_style='rules',
        head='centre', folio='page-centre-foot', size='10.5pt', paper='a4paper', title_font='hei',
        toc_page='第{}页'),
    # Added by the probexe session (scored once unseen, see README.md): a city gazette in two dense
    # columns of 9 pt AR PL SungtiL GB (小五) as one flow with ruled 栏目 labels in the column, 黑体
    # titles in one column (three lines), the 文号 in brackets flush right under them, the 目录's
    # 文号 on a line under each title, heads with 总第N期, `— 3 —` in the inner corner.
    'city-xe-dense': dict(
        fonts=('AR PL SungtiL GB', 'WenQuanYi Micro Hei', 'FandolKai', 'FandolFang'), body_cols=2, toc_cols=1,
        span_titles=False, banner=True, banner_style='column-rule', flow_sections=True, head='split-total',
        folio='emdash-inner-foot', size='10pt', normalsize=('9pt', '12pt'), paper='a4paper', title_font='hei',
        cjk_fallback='AR PL UMing CN', cjk_square=True,
        columnsep='1.6em', toc_number='below-paren', margins='margin=1.7cm,top=2.2cm,bottom=2cm'),
    # A provincial gazette in two airy columns of 10.5 pt AR PL UMing (五号, 1.5 leading), titles across
    # both in Noto Sans, the 文号 in brackets under them, 转发 documents, the 政策咨询 lines printed
    # plain after county documents, heads alternating with 总第N期, `·3·` in the inner corner.
    'prov-xe-forward': dict(
        fonts=('AR PL UMing CN', 'Noto Sans CJK SC', 'AR PL KaitiM GB', 'FandolFang'), body_cols=2, toc_cols=1,
        span_titles=True, banner=True, head='alternate-total', folio='dot-inner-foot', size='zihao=5',
        paper='a4paper', title_font='hei', leading='1.2', consult='lines', columnsep='2em'),
    # Added by the probeyear session (scored once unseen, see README.md): pages numbered through the
    # year (the body from 第 1241 页, the 目录 in roman numerals), a State Council style 目录 running
    # on to a second page, 版记 kept under documents, a 版权页 at the back. One column of 仿宋,
    # titles in 简报宋 (AR PL SungtiL GB, 小标宋-like), 黑体 headings.
    'prov-xe-yearpages': dict(
        fonts=('AR PL SungtiL GB', 'WenQuanYi Zen Hei', 'AR PL KaitiM GB', 'FandolFang'), body_cols=1, toc_cols=1,
        span_titles=True, banner=False, head='alternate-section', folio='page-spaced-outer-foot', size='12pt',
        paper='a4paper', body_font='fang', title_font='song', cover='year', toc_style='state', toc_folio='roman'),
    # A city issue in one two-column flow (documents start mid-column, titles in one column), the
    # body from 第 457 页 (目录 pages unnumbered), 版记, a 版权页 at the back.
    'city-xe-yearcols': dict(
        fonts=('FandolSong', 'FandolHei', 'FandolKai', 'FandolFang'), body_cols=2, toc_cols=1,
        span_titles=False, banner=True, banner_style='column-centre', flow_sections=True, head='centre-plain',
        folio='bare-outer-foot', size='10pt', paper='a4paper', title_font='hei', columnsep='2em',
        cover='year', toc_folio='none', cjk_fallback='AR PL UMing CN'),
    # Added by the probe3 session (s14, a blind probe of the held-out prov-3col-mixed's genre: ANSWERS_GENRE).
    'prov-xe-3col-answers': dict(
        fonts=('Noto Serif CJK SC', 'FandolHei', 'AR PL KaitiM GB', 'FandolFang'), size='10pt', **ANSWERS_GENRE),
    'prov-xe-3col-answers-b': dict(
        fonts=('FandolSong', 'Noto Sans CJK SC', 'FandolKai', 'FandolFang'), size='10.5pt', **ANSWERS_GENRE),
    # Added by the probe5 session (s17, a blind probe of the held-out prov-3col-mixed's genre from its
    # public row): the 目录 in two ruled columns with no leaders (`第3页` flush right after each
    # entry's last line, a one-em hanging indent), broken by hand inside one entry (the issue's
    # toc_colbreak); 10 pt AR PL UMing body in two columns, 建议提案答复 in three, Zen Hei titles.
    'prov-xe-toc2col': dict(
        fonts=('AR PL UMing CN', 'WenQuanYi Zen Hei', 'AR PL UKai CN', 'FandolFang'), size='10pt',
        toc_leader='none', toc_hang='1em', toc_columnsep='2em', **ANSWERS_GENRE),
    'prov-xe-toc2col-b': dict(
        fonts=('FandolSong', 'Noto Sans CJK SC', 'FandolKai', 'FandolFang'), size='10.5pt',
        toc_label_whole=True, toc_ragged=True, **ANSWERS_GENRE),
    'prov-xe-toc2col-c': dict(
        fonts=('AR PL UMing CN', 'WenQuanYi Zen Hei', 'AR PL UKai CN', 'FandolFang'), size='10pt', **ANSWERS_GENRE),
    # Added by the pm session (s25, a blind probe of the held-out prov-3col-mixed's genre from its public
    # row): what the probes before kept fixed, varied: 10 pt FandolFang body with 简报宋 titles (not bold),
    # narrow unruled 1 em gutters in two and three columns, narrower margins, the 目录 with dotted leaders
    # to bare page numbers and the 文号 in brackets on a line under each title, red mastheads set
    # across the columns and inside one of three.
    'prov-xe-3col-mast': dict(
        {**ANSWERS_GENRE, 'title_font': 'song'}, fonts=('AR PL SungtiL GB', 'FandolHei', 'AR PL KaitiM GB', 'FandolFang'),
        size='10pt', body_font='fang', cjk_fallback='Noto Serif CJK SC', columnsep='1em', column_rule=False,
        margins='margin=1.8cm,top=2.4cm,bottom=2.2cm', toc_number='below-paren', cjk_circle=True, cjk_dash=True),
    # Added by the probe4 session (s16, a blind probe of the held-out city-2col-midcol's genre from its
    # public row): two columns of 10.5 pt AR PL UMing, Noto Sans titles inside one column with the
    # 文号 above them, numbered 栏目 headings centred across the page, head with 总第N期, `-3-` centred.
    'city-xe-midcol-b': dict(
        fonts=('AR PL UMing CN', 'Noto Sans CJK SC', 'AR PL UKai CN', 'FandolFang'), body_cols=2, toc_cols=1,
        span_titles=False, banner=True, banner_heading=True, head='centre', folio='hyphen-centre-foot',
        size='10.5pt', paper='a4paper', title_font='hei', cjk_circle=True, cjk_dash=True),
    # Added by the nh session (held-out, scored once): a provincial issue in ONE column of Fandol
    # Song, each document under a masthead line (red issuer left, 文号 right, a red rule), 黑体
    # titles, each 栏目 on a new page under a ruled banner, the head in the outer corner with `·12·`.
    'prov-xe-mastline': dict(
        fonts=('FandolSong', 'FandolHei', 'FandolKai', 'FandolFang'), body_cols=1, toc_cols=1,
        span_titles=True, banner=True, banner_heading=True, banner_style='rules', head='dot-outer-head',
        folio='none', size='11pt', paper='a4paper', title_font='hei', section_pages=True,
        cjk_fallback='Noto Serif CJK SC'),
    # Added by the nh session (s21, a blind probe of the held-out prov-xe-unbal's genre, built from its
    # public row only): two columns never balanced (multicols*: a 栏目's last page fills the left column
    # first), each 栏目 on a new page under a banner flush left over a double rule, WenQuanYi Micro Hei
    # titles inside one column with the 文号 centred above them, centred heads alternating (gazette + 期
    # on even pages, the 栏目 on odd) with a bare folio in the head's outer corner, no foot; the 目录
    # in large type with the 文号 under each title and dotted leaders, so it runs on to a second page.
    'prov-xe-unbal-b': dict(
        fonts=('AR PL UMing CN', 'WenQuanYi Micro Hei', 'AR PL KaitiM GB', 'FandolFang'), body_cols=2, toc_cols=1,
        span_titles=False, banner=True, banner_heading=True, banner_style='double-rule', unbalanced=True,
        head='centre-alternate-bare', folio='none', size='10.5pt', paper='a4paper', title_font='hei',
        section_pages=True, toc_number='below', toc_size=r'\Large', toc_gap=r'\bigskip',
        cjk_fallback='Noto Serif CJK SC', columnsep='1.6em'),
    # Added by the tb session (s25, a blind probe of the two-column 目录 the held-out city-xe-bandfang and
    # prov-xe-16k share, from their public rows): ONE body column of 11 pt Noto Serif, the 目录 in two
    # columns, each title with dotted leaders to a bare page on its last line and its 文号 in brackets
    # on a smaller line under it, 栏目 flush left over a double rule, heads split with 总第N期.
    'city-xe-toc2fang': dict(
        fonts=('Noto Serif CJK SC', 'FandolHei', 'FandolKai', 'FandolFang'), body_cols=1, toc_cols=2,
        span_titles=True, banner=True, banner_heading=True, banner_style='double-rule', head='split-total',
        folio='emdash-centre-foot', size='11pt', paper='a4paper', title_font='hei', toc_number='below-paren',
        cjk_fallback='AR PL UMing CN'),
    # The tb session's second build (s25, not blind: made after its first fix began): the 文号 bare on a
    # smaller 楷体 line under each title with the leaders to `·3·` on it (on the title's last line for
    # entries without a 文号), a one-em hanging indent; the body in two columns of 10 pt AR PL UMing on
    # a B5 page, Noto Sans titles inside one column, centred 栏目 banners.
    'city-xe-toc2fang-b': dict(
        fonts=('AR PL UMing CN', 'Noto Sans CJK SC', 'AR PL KaitiM GB', 'FandolFang'), body_cols=2, toc_cols=2,
        span_titles=False, banner=True, banner_heading=True, head='alternate', folio='dot-outer-foot',
        size='10pt', paper='b5paper', title_font='hei', toc_number='below-small', toc_hang='1em', toc_page='·{}·',
        cjk_fallback='Noto Serif CJK SC', margins='margin=1.8cm,top=2.2cm,bottom=2cm'),
    # Added by the tf session (s26, a blind probe from the held-out rows of traits not printed together
    # before): the 目录 in two ruled columns (the decree listed twice, a joint entry's units running on,
    # the right column forced to open with a 栏目 name), the body one two-column flow of 10.5 pt Noto
    # Serif with 栏目 centred in the column, Micro Hei titles inside one column, forced column breaks
    # before a document whose 文号 stands above its title and before a 栏目 banner (colbreaks).
    'city-xe-toc2dec': dict(
        fonts=('Noto Serif CJK SC', 'WenQuanYi Micro Hei', 'AR PL UKai CN', 'FandolFang'), body_cols=2, toc_cols=2,
        span_titles=False, banner=True, banner_style='column-centre', flow_sections=True, head='alternate-section',
        folio='dot-centre-foot', size='10.5pt', paper='a4paper', title_font='hei', toc_number='below-paren',
        colbreaks=True, cjk_fallback='AR PL UMing CN'),
    # Its second build (s26): the 文号 bare on a smaller 楷体 line under each title with the leaders to `·3·`,
    # a B5 page, body in two columns per 栏目 of 10 pt AR PL UMing, Zen Hei titles inside one column.
    'city-xe-toc2dec-b': dict(
        fonts=('AR PL UMing CN', 'WenQuanYi Zen Hei', 'AR PL KaitiM GB', 'FandolFang'), body_cols=2, toc_cols=2,
        span_titles=False, banner=True, banner_heading=True, head='alternate', folio='dot-outer-foot',
        size='10pt', paper='b5paper', title_font='hei', toc_number='below-small', toc_hang='1em', toc_page='·{}·',
        cjk_fallback='Noto Serif CJK SC', margins='margin=1.8cm,top=2.2cm,bottom=2cm'),
    # Its third build (not blind): city-xe-bandfang's public typography with other texts: 11 pt Fandol Fang
    # in the body and the 目录, 简报宋 titles with the 文号 in brackets flush right, letter-spaced grey bands.
    'city-xe-toc2fang-c': dict(
        fonts=('AR PL SungtiL GB', 'FandolHei', 'FandolKai', 'FandolFang'), body_cols=1, toc_cols=2,
        span_titles=True, banner=True, banner_style='band', head='alternate-total',
        folio='page-spaced-outer-foot', size='11pt', paper='a4paper', body_font='fang', title_font='song', toc_number='below-paren',
        cjk_fallback='AR PL UMing CN', cjk_circle=True),
    # Added by the nx session (s24, held-out, scored once): a city issue in ONE column of 11 pt Fandol
    # Fang, documents running on mid-page, the 目录 in two columns with the 文号 in brackets under each
    # title, 栏目 as grey letter-spaced bands, 简报宋 titles with the 文号 in brackets flush right under
    # them, heads alternating with 总第N期, `第 3 页` in the outer foot corner.
    'city-xe-bandfang': dict(
        fonts=('AR PL SungtiL GB', 'Noto Sans CJK SC', 'AR PL KaitiM GB', 'FandolFang'), body_cols=1, toc_cols=2,
        span_titles=True, banner=True, banner_heading=False, banner_style='band', head='alternate-total',
        folio='page-spaced-outer-foot', size='11pt', paper='a4paper', body_font='fang', title_font='song',
        h_font='kai', toc_number='below-paren', cjk_circle=True, cjk_fallback='Noto Serif CJK SC'),
}

# The tf session's sweep of the two-column-目录 genre (s27): the variants kept as fixtures (sweep_toc2.py).
STYLES.update(sweep_styles(STYLES, SWEEP_COMMITTED))
STYLES.update(one_styles(STYLES, ONE_COMMITTED))
STYLES.update(one2_styles(STYLES, ONE2_COMMITTED))
STYLES.update(prov_styles(STYLES, PROV_COMMITTED))  # the swp session's provincial sweep (s28)
STYLES.update(prov2_styles(STYLES, PROV2_COMMITTED))  # the sw4 session's provincial sweep, round 2 (s29)
STYLES.update(one3_styles(STYLES, ONE3_COMMITTED))  # the sw5 session's sweep of the 目录's own type (s31)
STYLES.update(prov3_styles(STYLES, PROV3_COMMITTED))

SPECIAL = {'\\': r'\textbackslash{}', '#': r'\#', '$': r'\$', '%': r'\%', '&': r'\&', '_': r'\_',
           '{': r'\{', '}': r'\}', '~': r'\textasciitilde{}', '^': r'\textasciicircum{}'}


def esc(s: str) -> str:
    return ''.join(SPECIAL.get(c, c) for c in s)


def folio_cmds(kind: str) -> str:
    foot = {
        'emdash-outer-foot': r'\fancyfoot[LE,RO]{— \thepage{} —}',
        'hyphen-centre-foot': r'\fancyfoot[C]{-\thepage-}',
        'page-inner-foot': r'\fancyfoot[RE,LO]{第\thepage{}页}',
        'dot-centre-foot': r'\fancyfoot[C]{·\thepage·}',
        'dot-outer-foot': r'\fancyfoot[LE,RO]{·\thepage·}',
        'hyphen-outer-foot': r'\fancyfoot[LE,RO]{-\thepage-}',
        'hyphen-inner-foot': r'\fancyfoot[RE,LO]{-\thepage-}',
        'page-centre-foot': r'\fancyfoot[C]{第 \thepage{} 页}',
        'bare-outer-foot': r'\fancyfoot[LE,RO]{\thepage}',
        'emdash-centre-foot': r'\fancyfoot[C]{— \thepage{} —}',
        'emdash-inner-foot': r'\fancyfoot[RE,LO]{— \thepage{} —}',
        'dot-inner-foot': r'\fancyfoot[RE,LO]{·\thepage·}',
        'page-spaced-outer-foot': r'\fancyfoot[LE,RO]{第 \thepage{} 页}',
        'none': '',
    }
    return foot[kind]


def head_cmds(kind: str, spec: dict) -> str:
    name, issue = esc(spec['gazette']), f"{spec['year']}年第{spec['issueNo']}期"
    if kind == 'alternate':
        return rf'\fancyhead[LE]{{{name}}}\fancyhead[RE]{{{issue}}}\fancyhead[LO]{{\rightmark}}\fancyhead[RO]{{{name}}}'
    if kind == 'centre':
        return rf"\fancyhead[C]{{{name}\quad {issue}（总第{spec['totalNo']}期）}}"
    if kind == 'centre-plain':
        return rf'\fancyhead[C]{{{name}\qquad {issue}}}'
    if kind == 'alternate-section':
        return rf'\fancyhead[LE]{{{name}\quad {issue}}}\fancyhead[RO]{{\rightmark}}'
    if kind == 'inner-section':  # the section's name in the inner corner, the gazette in the outer
        return rf'\fancyhead[LO,RE]{{\rightmark}}\fancyhead[RO,LE]{{{name}\quad {issue}}}'
    if kind == 'inner-all':  # both heads in the inner corner: the gazette on even pages, the 栏目 on odd
        return rf'\fancyhead[RE]{{{name}\quad {issue}}}\fancyhead[LO]{{\rightmark}}'
    if kind == 'split':  # the gazette at the left, the issue at the right, on every page
        return rf'\fancyhead[L]{{{name}}}\fancyhead[R]{{{issue}}}'
    if kind == 'split-total':  # the gazette left, the issue with its running total right, every page
        return rf"\fancyhead[L]{{{name}}}\fancyhead[R]{{{issue}（总第{spec['totalNo']}期）}}"
    if kind == 'alternate-total':  # even: gazette + issue + total; odd: the 栏目 at the right
        return rf"\fancyhead[LE]{{{name}\quad {issue}（总第{spec['totalNo']}期）}}\fancyhead[RO]{{\rightmark}}"
    if kind == 'dot-outer-head':  # even: `·12·　gazette + 期` at the left; odd: `栏目　·13·` at the right
        return (rf'\fancyhead[LE]{{·\thepage·\qquad {name}\quad {issue}}}'
                rf'\fancyhead[RO]{{\rightmark\qquad ·\thepage·}}')
    if kind == 'centre-alternate-bare':  # centred: gazette + 期 on even pages, the 栏目 on odd; bare folio outer
        return rf'\fancyhead[CE]{{{name}\quad {issue}}}\fancyhead[CO]{{\rightmark}}\fancyhead[LE,RO]{{\thepage}}'
    if kind == 'bare-outer-head':
        return rf'\fancyhead[LE]{{\thepage\quad {name}}}\fancyhead[RO]{{{issue}\quad\thepage}}'
    raise ValueError(kind)


def font(name: str) -> str:
    """Fandol ships with TeX Live as files, not as system fonts: name them by file."""
    if name.startswith('Fandol'):
        return f'{name}-Regular.otf'
    return name


def preamble(spec: dict, st: dict) -> str:
    song, hei, kai, fang = (font(f) for f in st['fonts'])
    main = fang if st.get('body_font') == 'fang' else song
    leading = rf"\AtBeginDocument{{\linespread{{{st['leading']}}}\selectfont}}" if 'leading' in st else ''
    if 'normalsize' in st:  # a body size the class has no option for (9 pt, 小五): \normalsize redefined
        size, skip = st['normalsize']
        leading += rf'\makeatletter\renewcommand\normalsize{{\@setfontsize\normalsize{{{size}}}{{{skip}}}}}\makeatother'
    if 'cjk_fallback' in st:  # glyphs the body font lacks (〇 is not in GB2312 fonts) set from another CJK font
        leading += rf"\xeCJKsetup{{AutoFallBack=true}}\setCJKfallbackfamilyfont{{\CJKrmdefault}}{{{st['cjk_fallback']}}}"
    if st.get('cjk_square'):  # ■ (U+25A0) set in the CJK font (xeCJK calls it Latin; Latin Modern has none)
        leading += r'\xeCJKDeclareCharClass{CJK}{"25A0}'
    # Roman numerals (Ⅰ级, Ⅱ类) set in the CJK font, as Chinese typesetting does (xeCJK calls them
    # Latin, and Latin Modern has none: they printed blank)
    leading += r'\xeCJKDeclareCharClass{CJK}{"2160 -> "217F}'
    if st.get('cjk_dash'):  # ― (U+2015, `4―6月`) set in the CJK font (xeCJK calls it Latin; Latin Modern has none)
        leading += r'\xeCJKDeclareCharClass{CJK}{"2015}'
    if st.get('cjk_circle'):  # ○ (U+25CB) set in the CJK font, as a zero in 二○二二年 (xeCJK calls it Latin)
        leading += r'\xeCJKDeclareCharClass{CJK}{"25CB}'
    paper = 'a4paper' if st['paper'] == '16k' else st['paper']  # 16开 (184×260 mm): geometry sets it
    margins = st.get('margins', 'margin=2.2cm,top=2.6cm,bottom=2.4cm')
    if st['paper'] == '16k':
        margins = 'paperwidth=184mm,paperheight=260mm,' + margins
    return rf"""\documentclass[{st['size']},{paper},twoside,fontset=none]{{ctexart}}
\setCJKmainfont{{{main}}}
\setCJKsansfont{{{hei}}}
\setCJKfamilyfont{{song}}{{{song}}}
\setCJKfamilyfont{{hei}}{{{hei}}}
\setCJKfamilyfont{{kai}}{{{kai}}}
\setCJKfamilyfont{{fang}}{{{fang}}}
\providecommand{{\song}}{{}}\providecommand{{\hei}}{{}}\providecommand{{\kai}}{{}}\providecommand{{\fang}}{{}}
\renewcommand{{\song}}{{\CJKfamily{{song}}}}\renewcommand{{\hei}}{{\CJKfamily{{hei}}}}
\renewcommand{{\kai}}{{\CJKfamily{{kai}}}}\renewcommand{{\fang}}{{\CJKfamily{{fang}}}}
\usepackage[{margins}]{{geometry}}
\usepackage{{multicol,fancyhdr,xcolor,graphicx{',array,longtable' if st.get('tables') == 'wrap' or st.get('toc_style') == 'grid' else ''}}}
\setlength{{\columnsep}}{{{st.get('columnsep', '1.2em')}}}\setlength{{\parindent}}{{2em}}\setlength{{\parskip}}{{0pt}}
\setlength{{\columnseprule}}{{{'0.4pt' if st.get('column_rule', True) else '0pt'}}}{leading}
\pagestyle{{fancy}}\fancyhf{{}}
{head_cmds(st['head'], spec)}
{folio_cmds(st['folio'])}
\renewcommand{{\headrulewidth}}{{0.5pt}}
\raggedbottom
\begin{{document}}
"""


def cover(spec: dict) -> str:
    kind = STYLES[spec['layout']].get('cover')
    if kind == 'year':
        return year_cover(spec)
    if kind in ('masthead', 'masthead-table'):  # no cover page: the masthead heads the 目录's page
        return masthead(spec, kind)
    if kind == 'none':  # no cover: the issue opens with its 目录
        return ''
    if kind == 'yaomu':  # the cover lists the issue's main titles in a 本期要目 band (no pages)
        return yaomu_cover(spec)
    return rf"""\thispagestyle{{empty}}
\begin{{center}}\vspace*{{3cm}}
{{\hei\fontsize{{40}}{{48}}\selectfont\color{{red}}{esc(spec['gazette'])}}}\par\vspace{{2cm}}
{{\Large {spec['year']}年第{spec['issueNo']}期（总第{spec['totalNo']}期）}}\par\vspace{{8cm}}
{{\large {esc(spec['gazette'].replace('公报', '办公室'))}主办}}\par\vspace{{0.5cm}}
{{\large {pub_date(spec['published'])}出版}}\par
\end{{center}}\clearpage
"""


def yaomu_cover(spec: dict) -> str:
    """A cover with a 本期要目 band: the first title of each 栏目 listed under it, without pages."""
    titles = [printed_title(sec['docs'][0]) for sec in spec['sections'] if sec['docs']]
    listed = ''.join(rf'\noindent\hangindent=1em ◆ {esc(t)}\par' for t in titles)
    return rf"""\thispagestyle{{empty}}
\begin{{center}}\vspace*{{2cm}}
{{\hei\fontsize{{40}}{{48}}\selectfont\color{{red}}{esc(spec['gazette'])}}}\par\vspace{{1cm}}
{{\Large {spec['year']}年第{spec['issueNo']}期（总第{spec['totalNo']}期）}}\par\vspace{{2cm}}
\end{{center}}
\noindent\colorbox{{black!12}}{{\makebox[\dimexpr\linewidth-2\fboxsep][l]{{\hei\large 本期要目}}}}\par\medskip
{{\large {listed}}}
\vfill\begin{{center}}{{\large {esc(spec['gazette'].replace('公报', '办公室'))}主办}}\par\vspace{{0.5cm}}
{{\large {pub_date(spec['published'])}出版}}\end{{center}}\clearpage
"""


def masthead(spec: dict, kind: str) -> str:
    """The masthead many city and county gazettes print over their 目录 instead of a cover: the name in
    red, then the issue, the running total, the 主办 unit and the date between red rules ('masthead') or in
    a ruled table ('masthead-table')."""
    name, issue = esc(spec['gazette']), f"{spec['year']}年第{spec['issueNo']}期"
    host = esc(spec['gazette'].replace('公报', '办公室'))
    head = (r'\thispagestyle{empty}\begin{center}{\song\fontsize{34}{40}\selectfont\color{red}' + name
            + r'}\end{center}\vspace{-0.5em}')
    if kind == 'masthead-table':
        return head + (r'\begin{center}\begin{tabular}{|l|l|l|l|}\hline '
                       rf"主办 & {host} & 期号 & {issue}（总第{spec['totalNo']}期）\\ \hline "
                       rf"编印 & 《{name}》编辑部 & 出版日期 & {pub_date(spec['published'])} \\ \hline"
                       r'\end{tabular}\end{center}\vspace{1em}' + '\n')
    return head + (r'\noindent{\color{red}\rule{\linewidth}{2pt}}\par\nopagebreak\noindent '
                   rf"{host}主办\hfill {issue}（总第{spec['totalNo']}期）\hfill {pub_date(spec['published'])}出版\par"
                   r'\nopagebreak\vspace{-0.3em}\noindent{\color{red}\rule{\linewidth}{0.6pt}}\par\vspace{1em}' + '\n')


def year_cover(spec: dict) -> str:
    """A cover as provincial gazettes print one: the name, 年 期 (总第N期), the 主办 and 出版日期,
    no page number (the page counter is not shown and not counted in the year's numbering)."""
    host = spec['back']['host']
    return rf"""\thispagestyle{{empty}}
\begin{{center}}\vspace*{{2.5cm}}
{{\song\fontsize{{42}}{{50}}\selectfont\color{{red}}{esc(spec['gazette'])}}}\par\vspace{{1cm}}
{{\large GAZETTE OF THE PEOPLE'S GOVERNMENT}}\par\vspace{{1.5cm}}
{{\Large {spec['year']}年\quad 第{spec['issueNo']}期\quad （总第{spec['totalNo']}期）}}\par\vspace{{9cm}}
{{\large {esc(host)}主办}}\par\vspace{{0.4cm}}
{{\large 出版日期：{pub_date(spec['published'])}}}\par
\end{{center}}\clearpage
"""


def back_cover(spec: dict) -> str:
    """The 版权页 on the last page: who runs, edits, prints and prices the gazette. Not a document."""
    b = spec['back']
    rows = [('主管', b['admin']), ('主办', b['host']), ('编辑出版', f"《{spec['gazette']}》编辑部"),
            ('地址', b['address']), ('邮编', b['post']), ('电话', b['phone']), ('印刷', b['printer']),
            ('国内统一连续出版物号', b['cn']), ('国际标准连续出版物号', b['issn']),
            ('出版日期', pub_date(spec['published']))]
    lines = '\n'.join(rf'{esc(k)}：{esc(v)}\\' for k, v in rows)
    return rf"""\clearpage\thispagestyle{{empty}}
\vspace*{{\fill}}
\begin{{center}}{{\hei\Large {esc(b['head'])}}}\par{{\small {esc(b['freq'])}}}\par
{spec['year']}年第{spec['issueNo']}期（总第{spec['totalNo']}期）\end{{center}}
\noindent\rule{{\linewidth}}{{0.8pt}}\par
\begin{{center}}\begin{{tabular}}{{l}}
{lines}
\end{{tabular}}\end{{center}}
\noindent\rule{{\linewidth}}{{0.8pt}}\par
\begin{{center}}{esc(b['price'])}\end{{center}}
"""


def pub_date(iso: str) -> str:
    y, m, d = (int(x) for x in iso.split('-'))
    return f'{y}年{m}月{d}日'


def toc_entries(doc: dict) -> list:
    """(title as listed, 文号 or None, label). A decree is listed twice: the decree and the regulation."""
    label = f"doc{doc['seq']}"
    if doc.get('decree'):
        d = doc['decree']
        listed = [(f"{d['header']}（{d['number']}）", None, label)]
        if d.get('listed') == 'reg':  # the regulation listed alone, its page the decree's
            return [(doc['title'], None, label)]
        return listed if d.get('listed') == 'once' else listed + [(doc['title'], None, label + 'reg')]
    listed = printed_title(doc)
    return [(listed, doc['docNumber'], label)]


def printed_title(doc: dict) -> str:
    if len(doc['issuers']) > 1:
        return ' '.join(doc['issuers']) + doc['title']
    return doc['issuers'][0] + doc['title']


def state_toc(spec: dict, st: dict) -> str:
    """The State Council gazette's 目录: `国务院关于…的通知……（1241）`; every other entry with a 文号
    lists it on the next line, the page at that line's end. Large type: it runs on to a second page."""
    out = [r'\thispagestyle{tocpage}\begin{center}{\song\fontsize{30}{36}\selectfont 目\qquad 录}\end{center}\vspace{3em}']
    for sec in spec['sections']:
        out.append(rf"\par\bigskip\noindent{{\hei\Large {esc(sec['heading'])}}}\par\medskip")
        for d in sec['docs']:
            page = rf"（\pageref{{doc{d['seq']}}}）"
            if d['docNumber'] and d['seq'] % 2:
                out.append(rf'\noindent{{\Large {esc(printed_title(d))}}}\par')
                out.append(rf'\noindent{{\Large （{esc(d["docNumber"])}）\dotfill{page}}}\par')
            else:
                out.append(rf'\noindent{{\Large {esc(printed_title(d))}\dotfill{page}}}\par')
            out.append(r'\vspace{5em}')
    return '\n'.join(out) + '\n'


def grid_toc(spec: dict, st: dict) -> str:
    """The 目录 as a ruled table: 标题 | 文号 | 页码, each 栏目 a row across in 黑体 (a title wraps in its cell)."""
    rows = [r'{\hei 标　题} & {\hei 文　号} & {\hei 页码} \\ \hline']
    for sec in spec['sections']:
        rows.append(rf"\multicolumn{{3}}{{|l|}}{{\hei {esc(sec['heading'])}}} \\ \hline")
        for _, (title, number, label) in ((d, e) for d in sec['docs'] for e in toc_entries(d)):
            rows.append(rf"{esc(title)} & {esc(number) if number else ''} & \pageref{{{label}}} \\ \hline")
    return (r'\thispagestyle{empty}\begin{center}{\hei\LARGE 目\qquad 录}\end{center}\vspace{1em}'
            r'\noindent\begin{tabular}{|p{\dimexpr0.64\linewidth-2\tabcolsep}|p{\dimexpr0.24\linewidth-2\tabcolsep}|'
            r'>{\centering\arraybackslash}p{\dimexpr0.12\linewidth-2\tabcolsep-4\arrayrulewidth}|}\hline' + '\n'
            + '\n'.join(rows) + r'\end{tabular}\clearpage\setcounter{page}{1}')


def toc(spec: dict, st: dict) -> str:
    if st.get('toc_style') == 'grid':
        return grid_toc(spec, st)
    if 'firstPage' in spec:  # the 目录 pages outside the year's numbering: roman numerals or none
        inner = state_toc(spec, st) if st.get('toc_style') == 'state' else \
            toc_plain(spec, st).replace(r'\thispagestyle{empty}', r'\thispagestyle{tocpage}', 1)
        foot = r'\fancyfoot[C]{\thepage}' if st.get('toc_folio') == 'roman' else ''
        return (rf'\fancypagestyle{{tocpage}}{{\fancyhf{{}}{foot}\renewcommand{{\headrulewidth}}{{0pt}}}}'
                r'\pagestyle{tocpage}\pagenumbering{Roman}' + '\n' + inner
                + rf"\clearpage\pagestyle{{fancy}}\pagenumbering{{arabic}}\setcounter{{page}}{{{spec['firstPage']}}}" + '\n')
    return toc_plain(spec, st)


def toc_plain(spec: dict, st: dict) -> str:
    heading = esc(st['toc_heading']) if 'toc_heading' in st else r'目\qquad 录'  # `目　　录` as characters
    size = st.get('toc_heading_size', r'\LARGE')  # (sweep_one3) a larger heading sits over a rule
    ruled = r'\vspace{-0.8em}\noindent\rule{\linewidth}{0.8pt}\par' if 'toc_heading_size' in st else ''
    style = '' if st.get('toc_pagestyle') == 'fancy' else r'\thispagestyle{empty}'  # the 目录 page headed or not
    out = [style + r'\begin{center}{\hei' + size + ' ' + heading + r'}\end{center}' + ruled + r'\vspace{1em}']
    if st.get('toc_issue_line'):  # the issue and its running total under the heading
        out.append(rf"\begin{{center}}{{\large {spec['year']}年第{spec['issueNo']}期（总第{spec['totalNo']}期）}}\end{{center}}")
    if 'toc_entry_size' in st:  # the entries in smaller type than the body's
        out.append(r'\begingroup' + st['toc_entry_size'])
    if 'toc_font' in st:  # the entries in 黑体 or 仿宋, whatever the body's face
        out.append(r'\begingroup' + {'hei': r'\hei', 'fang': r'\fang', 'song': r'\song'}[st['toc_font']])
    grouped = 'toc_columnsep' in st or 'toc_rule' in st
    opening = ''
    if st['toc_cols'] > 1:
        sep = rf"\setlength{{\columnsep}}{{{st['toc_columnsep']}}}" if 'toc_columnsep' in st else ''
        if 'toc_rule' in st:  # the 目录's gutter ruled or not, whatever the body's
            sep += rf"\setlength{{\columnseprule}}{{{'0.4pt' if st['toc_rule'] else '0pt'}}}"
        ragged = r'\raggedcolumns' if st.get('toc_ragged') else ''  # columns cut by hand not stretched
        opening = rf"\begin{{multicols}}{{{st['toc_cols']}}}{ragged}"
        out.append((r'\begingroup' + sep if grouped else '') + opening)
    across = st['toc_cols'] > 1 and st.get('toc_sections') == 'across'  # 栏目 names across both columns
    # no leaders: the page flush right after the last line, or flush right on a line of its own
    leader = r'\nobreak\hfill\penalty50\hskip1em\null\nobreak\hfill' if st.get('toc_leader') == 'none' else r'\dotfill'
    hang = st.get('toc_hang', '2em')
    if 'toc_size' in st:  # the entries in larger type (the 目录 then runs on to a second page, unnumbered)
        out.append(r'\pagestyle{empty}\begingroup' + st['toc_size'])
    gap = st.get('toc_gap', '')
    for sec in spec['sections']:
        if spec.get('toc_colbreak_section') == sec['heading']:  # the right column opens with this 栏目's name
            out.append(r'\columnbreak')
        if across:  # the columns above balanced, the 栏目 name across the page, the entries in two again
            out.append(rf"\end{{multicols}}\par\medskip\begin{{center}}{{\hei\large {esc(sec['heading'])}}}\end{{center}}{opening}")
        elif st.get('toc_section_style') == 'band':  # the 栏目 name letter-spaced on a grey strip
            out.append(band(sec['name']))
        else:
            out.append(rf"\par\medskip\noindent{{\hei\large {esc(sec['heading'])}}}\par\smallskip")
        if spec.get('toc_colbreak_after') == sec['heading']:  # this 栏目 name alone at the column's foot
            out.append(r'\columnbreak')
        for doc, (title, number, label) in ((d, e) for d in sec['docs'] for e in toc_entries(d)):
            if spec.get('toc_colbreak') == doc['key'].split('-')[-1]:  # the column ends after this entry's first line
                title = title[:2] + '\x00' + title[2:]
            where = st.get('toc_number', 'inline')
            page = rf'\pageref{{{label}}}'
            if 'toc_page' in st:  # a printed label such as 第3页 or ·3·; {} ends \dotfill before the hanzi
                page = '{}' + st['toc_page'].replace('{}', page)
            if where == 'below-bare':  # the page on the title's last line, the 文号 bare under it (small or not)
                out.append(rf'{gap}\noindent\hangindent={hang} {esc(title)}\dotfill{page}\par\nopagebreak')
                if number:
                    small = r'\small\kai ' if st.get('toc_number_small', True) else ''
                    out.append(rf'\noindent\hspace*{{{hang}}}{{{small}{esc(number)}}}\par')
                continue
            if where == 'below-paren':  # the page on the title's last line, the 文号 in brackets under it
                labelled = '{}' + st['toc_paren_page'].replace('{}', rf'\pageref{{{label}}}') if 'toc_paren_page' in st else rf'\pageref{{{label}}}'
                out.append(rf'\noindent\hangindent=2em {esc(title)}\dotfill{labelled}\par')
                if number:
                    out.append(rf'\noindent\hspace*{{2em}}{{\small （{esc(number)}）}}\par')
                continue
            if where == 'below-paren-page' and number:  # the 文号 in brackets under the title, leaders to the page on it
                out.append(rf'{gap}\noindent\hangindent={hang} {esc(title)}\par\nopagebreak')
                out.append(rf'\noindent\hspace*{{{hang}}}{{\small （{esc(number)}）}}\dotfill{page}\par')
                continue
            if where == 'below-small' and number:  # the 文号 on a smaller 楷体 line under the title, leaders to the page on it
                page = '{}' + st['toc_page'].replace('{}', rf'\pageref{{{label}}}') if 'toc_page' in st else rf'\pageref{{{label}}}'
                out.append(rf'{gap}\noindent\hangindent={hang} {esc(title)}\par\nopagebreak')
                out.append(rf'\noindent\hspace*{{{hang}}}{{\small\kai {esc(number)}\dotfill{page}}}\par')
                continue
            if where == 'below' and number:
                out.append(rf'{gap}\noindent\hangindent=2em {esc(title)}\par\nopagebreak')
                out.append(rf'\noindent\hspace*{{2em}}{esc(number)}\dotfill\pageref{{{label}}}\par')
                continue
            if gap:
                out.append(gap)
            num = f'（{esc(number)}）' if number and where == 'inline' else ''
            page = rf'\pageref{{{label}}}'
            if 'toc_page' in st:  # a printed label such as 第3页; {} ends \dotfill before the hanzi
                page = '{}' + st['toc_page'].replace('{}', page)
            if st.get('toc_leader') == 'none' or st.get('toc_label_whole'):  # the label kept whole (`第` / `4页` otherwise)
                page = rf'\mbox{{{page}}}'
            out.append(rf'\noindent\hangindent={hang} {esc(title)}{num}{leader}{page}\par'.replace('\x00', r'\columnbreak{}'))
    if st['toc_cols'] > 1:
        out.append(r'\end{multicols}' + (r'\endgroup' if grouped else ''))
    if 'toc_font' in st:
        out.append(r'\endgroup')
    if 'toc_size' in st:
        out.append(r'\par\endgroup\clearpage\pagestyle{fancy}')
    if 'toc_entry_size' in st:
        out.append(r'\par\endgroup')
    out.append(r'\clearpage\setcounter{page}{1}')
    text = '\n'.join(out).replace('\x00', r'\columnbreak{}')  # toc_colbreak in any entry style
    if 'toc_entry_size' in st:  # the 文号 lines smaller again
        text = text.replace(r'{\small ', r'{\footnotesize ')
    if 'toc_dots' in st:  # leaders of other glyphs than \dotfill's full stops (sweep_one3)
        text = text.replace(r'\dotfill', TOC_DOTS[st['toc_dots']])
    return text


TOC_DOTS = {'cdot': r'\leaders\hbox to 0.8em{\hss·\hss}\hfill', 'ellipsis': r'\leaders\hbox{…}\hfill'}


def title_block(doc: dict, spec: dict, st: dict) -> str:
    label = rf"\label{{doc{doc['seq']}}}"
    number = esc(doc['docNumber']) if doc['docNumber'] else None
    if doc.get('decree') and st.get('decree_oneline'):  # `××省人民政府令　第301号` on one line
        d = doc['decree']
        return rf"\begin{{center}}{label}{{\song\Large\bfseries {esc(d['header'])}\quad {esc(d['number'])}}}\end{{center}}"
    if doc.get('decree'):
        d = doc['decree']
        return rf"""\begin{{center}}{label}{{\song\LARGE\bfseries {esc(d['header'])}}}\par\smallskip
{{\large {esc(d['number'])}}}\end{{center}}"""
    if doc.get('numberAt', spec['number']) == 'masthead-line':  # red issuer(s) left, 文号 right, a red rule
        names = r'\\'.join(esc(u) for u in doc['issuers'])
        left = rf'\parbox[b]{{0.64\linewidth}}{{\raggedright\color{{red}}\hei\Large {names}}}'
        right = rf'{{\fang\large {number}}}' if number else ''
        face = {'hei': r'\hei', 'song': r'\song'}.get(st.get('title_font'), r'\song\bfseries')
        return (rf'\par\bigskip\noindent{label}{left}\hfill{right}\par\vspace{{3pt}}\nopagebreak'
                r'\noindent{\color{red}\rule{\linewidth}{1.5pt}}\par\nopagebreak\medskip'
                rf'\begin{{center}}{{{face}\Large {esc(printed_title(doc))}}}\end{{center}}')
    face = {'hei': r'\hei', 'song': r'\song'}.get(st.get('title_font'), r'\song\bfseries')  # song: 简报宋 has no bold
    big = face + r'\Large' if st['body_cols'] == 1 or doc.get('span', st['span_titles']) else face + r'\large'
    if 'title_size' in st:  # 小标宋 titles in 二号 (\huge): long ones over two or three lines
        big = face + st['title_size']
    parts = []
    style = doc.get('numberAt', spec['number'])
    if style == 'masthead':
        parts.append(rf"{{\color{{red}}\hei\LARGE {esc('　'.join(doc['issuers']))}文件}}\par\smallskip")
        if number:
            parts.append(rf'{{\fang {number}}}\par{{\color{{red}}\rule{{0.8\linewidth}}{{1pt}}}}\par\medskip')
    if style == 'above-centre' and number:
        parts.append(rf'{{\fang {number}}}\par\medskip')
    if style == 'above' and number:
        parts.append(rf'\hfill{{\fang {number}}}\par\smallskip')
    if st.get('issuer_line'):  # the issuer's name (joint units stacked) on its own line(s) over 关于…
        lines = [esc(u) for u in doc['issuers']] + [esc(doc['title'])]
        parts.append(rf'{{{big} ' + r'\\ '.join(lines) + r'}\par')
    else:
        parts.append(rf'{{{big} {esc(printed_title(doc))}}}\par')
    if style == 'under-paren' and number:
        parts.append(rf'\smallskip{{\kai （{number}）}}\par')
    if style == 'title-right' and number:  # the 文号 flush right on the title's last line (a short last line)
        parts.append(rf'\vspace{{-1.45\baselineskip}}\hfill{{\fang （{number}）}}\par')
    if style == 'under-right-paren' and number:
        parts.append(rf'\smallskip\hfill{{\fang （{number}）}}\par')
    if style == 'under-right' and number:
        parts.append(rf'\smallskip\hfill{{\kai {number}}}\par')
    if style == 'under' and number:
        parts.append(rf'\smallskip{{\fang {number}}}\par')
    return '\\begin{center}' + label + '\n'.join(parts) + r'\end{center}'


def block(b: dict, st: dict) -> str:
    t = esc(b['text'])
    k = b['kind']
    if k == 'recipients':
        return rf'\noindent {t}\par'
    if k == 'h':  # h_font='kai': second-level headings （一） in 楷体, the rest in 黑体
        face = r'\kai' if st.get('h_font') == 'kai' and b['text'].startswith('（') else r'\hei'
        return rf'{{{face} {t}}}\par'
    if k in ('sign', 'date'):
        return rf'\hfill {t}\hspace*{{2em}}\par'
    if k == 'cc':  # the 版记: 抄送 between rules, then the printing office and the 印发 date
        return (r'\par\vspace{1.5em}\nopagebreak\noindent\rule{\linewidth}{0.8pt}\par\nopagebreak'
                rf'\noindent\hangindent=3em {t}\par\nopagebreak\noindent\rule{{\linewidth}}{{0.4pt}}\par\nopagebreak')
    if k == 'printed':
        unit, date = b['text'].split('　　')
        return (rf'\noindent\hspace*{{1em}}{esc(unit)}\hfill {esc(date)}\hspace*{{1em}}\par\nopagebreak'
                r'\noindent\rule{\linewidth}{0.8pt}\par')
    if k == 'anumber':  # a forwarded document's 文号, centred under its title
        return rf'\begin{{center}}{{\fang {t}}}\end{{center}}'
    if k == 'atitle':
        return rf'\medskip\begin{{center}}{{\song\large\bfseries {t}}}\end{{center}}'
    return t + r'\par'


def document(doc: dict, spec: dict, st: dict, cols: int) -> str:
    out = []
    if st.get('doc_pages') and doc['seq'] > 1:  # every document opens a new page
        out.append(r'\end{multicols}\clearpage\begin{multicols}{%d}' % cols if cols > 1 else r'\clearpage')
    if cols > 1 and st.get('colbreaks') and doc.get('colbreak'):  # this document heads the next column
        out.append(r'\columnbreak')
    if cols > 1 and doc.get('span', st['span_titles']):
        out.append(rf'\end{{multicols}}\medskip{title_block(doc, spec, st)}\begin{{multicols}}{{{cols}}}')
    else:
        out.append(r'\medskip' + title_block(doc, spec, st))
    reg_label = doc.get('decree') is not None
    rows = []
    for b in doc['blocks'] + [{'kind': 'end', 'text': ''}]:
        if b['kind'] == 'table':
            rows.append(b['text'].split('\t'))
            continue
        if rows:
            out.append(set_table(rows, cols, doc.get('repeatHead', False)) if st.get('tables') == 'wrap' else table(rows))
            rows = []
        if b['kind'] == 'end':
            break
        if reg_label and b['kind'] == 'atitle':
            if doc['decree'].get('regpage'):  # the regulation opens the next page
                out.append(rf'\end{{multicols}}\clearpage\begin{{multicols}}{{{cols}}}' if cols > 1 else r'\clearpage')
            out.append(rf"\label{{doc{doc['seq']}reg}}")
        out.append(block(b, st))
    if st.get('consult') == 'lines' and doc.get('consult'):  # plain small lines, no box
        out.append(r'\par\smallskip' + ''.join(rf'\noindent{{\small {esc(l)}}}\par' for l in doc['consult']))
    elif st.get('consult') and doc.get('consult'):
        out.append(consult_box(doc['consult']))
    return '\n'.join(out)


def consult_box(lines: list) -> str:
    """The 政策咨询 block as the sample prints it after a county document, here in a ruled box."""
    head, rest = lines[0], lines[1:]
    inner = rf'{{\hei {esc(head)}}}' + ''.join(rf'\\ {esc(l)}' for l in rest)
    return (r'\par\smallskip\noindent\fbox{\parbox{\dimexpr\linewidth-2\fboxsep-2\fboxrule}{\small ' + inner
            + r'}}\par\smallskip')


def widths(rows: list) -> list:
    """Column widths as shares of the line: by each column's longest cell, capped, so long cells wrap."""
    n = max(len(r) for r in rows)
    longest = [min(28, max(5, *(len(r[i]) if i < len(r) else 0 for r in rows))) + 2 for i in range(n)]
    return [w / sum(longest) for w in longest]


def set_table(rows: list, cols: int, repeat_head: bool) -> str:
    """Tables whose cells wrap: a tabular inside a column of a two-column page, else a ruled
    longtable that may cross pages, the header repeated on each page when `repeat_head`."""
    if cols > 1:
        return small_table(rows)
    n = max(len(r) for r in rows)
    spec = '|' + ''.join(rf'p{{\dimexpr {w:.3f}\linewidth-2\tabcolsep-{(n + 1) / n:.2f}\arrayrulewidth}}|' for w in widths(rows))
    body = [' & '.join(esc(c) for c in r + [''] * (n - len(r))) + r' \\ \hline' for r in rows]
    head = body[0] + (r'\endfirsthead\hline ' + body[0] + r'\endhead' if repeat_head else r'\endfirsthead\hline\endhead')
    return (r'{\begin{longtable}{' + spec + r'}\hline' + '\n' + head + '\n' + '\n'.join(body[1:]) + r'\end{longtable}}')


def small_table(rows: list) -> str:
    """A ruled tabular inside one column, its cells wrapping to the column's width."""
    n = max(len(r) for r in rows)
    spec = '|' + ''.join(rf'p{{\dimexpr {w:.3f}\linewidth-2\tabcolsep-{(n + 1) / n:.2f}\arrayrulewidth}}|' for w in widths(rows))
    lines = [' & '.join(esc(c) for c in r + [''] * (n - len(r))) + r' \\ \hline' for r in rows]
    return (r'\par\smallskip\noindent{\small\begin{tabular}{' + spec + r'}\hline' + '\n'
            + '\n'.join(lines) + r'\end{tabular}}\par\smallskip')


def table(rows: list) -> str:
    """A ruled table, shrunk to the column's width (tables in gazettes are set small)."""
    n = max(len(r) for r in rows)
    lines = [' & '.join(esc(c) for c in r + [''] * (n - len(r))) + r' \\ \hline' for r in rows]
    spec = '|' + 'c|' * n
    return (r'\par\smallskip\noindent\resizebox{\linewidth}{!}{\begin{tabular}{' + spec + r'}\hline' + '\n'
            + '\n'.join(lines) + r'\end{tabular}}\par\smallskip')


def body(spec: dict, st: dict) -> str:
    if st.get('flow_sections'):
        return flow_body(spec, st)
    out = []
    for sec in spec['sections']:
        cols = 3 if sec['name'] in st.get('three_cols', set()) else 2 if sec['name'] in st.get('two_cols', set()) else st['body_cols']
        out.append(rf"\markright{{{esc(sec['name'])}}}")
        if st['banner']:
            shown = sec['heading'] if st.get('banner_heading') else sec['name']
            if st.get('banner_style') == 'double-rule':  # the 栏目 flush left over a thick and a thin rule
                out.append(rf'\par\noindent{{\hei\LARGE {esc(shown)}}}\par\vspace{{3pt}}\nopagebreak'
                           r'\noindent\rule{\linewidth}{1.6pt}\par\vspace{-0.6\baselineskip}\nopagebreak'
                           r'\noindent\rule{\linewidth}{0.4pt}\par\medskip')
            elif st.get('banner_style') == 'rules':  # ——— 【国务院文件】 ———
                out.append(rf'\par\medskip\noindent\hrulefill\quad{{\hei\Large {esc(shown)}}}\quad\hrulefill\par\medskip')
            else:
                out.append(band(shown) if st.get('banner_style') == 'band' else rf"\begin{{center}}{{\hei\Large {esc(shown)}}}\end{{center}}")
        env = 'multicols*' if st.get('unbalanced') else 'multicols'  # multicols*: the last page's columns not balanced
        out.append(rf'\begin{{{env}}}{{{cols}}}' if cols > 1 else '')
        for doc in sec['docs']:
            out.append(document(doc, spec, st, cols))
        out.append(rf'\end{{{env}}}' if cols > 1 else '')
        if st.get('section_pages'):
            out.append(r'\clearpage')
    return '\n'.join(out)


def flow_body(spec: dict, st: dict) -> str:
    """The whole body in one column flow: each 栏目 opens with a boxed banner inside the column,
    wherever the last document ended."""
    cols = st['body_cols']
    out = [rf'\begin{{multicols}}{{{cols}}}']
    for sec in spec['sections']:
        out.append(rf"\markright{{{esc(sec['name'])}}}")
        if st.get('banner_style') == 'column-rule':  # ■ 栏目 over a thick rule, left in the column
            out.append(rf"\par\medskip\noindent{{\hei\large ■\,{esc(sec['name'])}}}\par\nopagebreak"
                       r'\noindent\rule{\linewidth}{1.2pt}\par\smallskip')
            for doc in sec['docs']:
                out.append(document(doc, spec, st, cols))
            continue
        if st.get('banner_style') == 'column-centre':  # 【栏目】 centred in the column
            if st.get('colbreaks') and sec['heading'] in spec.get('body_colbreak_sections', []):  # heading a column
                out.append(r'\columnbreak')
            out.append(rf"\par\medskip\begin{{center}}{{\hei\Large {esc(sec['heading'])}}}\end{{center}}")
            for doc in sec['docs']:
                out.append(document(doc, spec, st, cols))
            continue
        out.append(r'\par\medskip\noindent\fcolorbox{black}{black!8}{\makebox[\dimexpr\linewidth-2\fboxsep-2\fboxrule][c]'
                   rf"{{\hei\large {esc(sec['heading'])}}}}}\par\smallskip")
        for doc in sec['docs']:
            out.append(document(doc, spec, st, cols))
    out.append(r'\end{multicols}')
    return '\n'.join(out)


def band(name: str) -> str:
    """A 栏目 band: the name small and letter-spaced (国　务　院　文　件) on a grey rule-bounded strip."""
    spaced = r'\quad '.join(esc(c) for c in name)
    return (r'\par\medskip\noindent\colorbox{black!12}{\makebox[\dimexpr\linewidth-2\fboxsep][l]{\hei\small\quad '
            + spaced + r'}}\par\smallskip')


def render(spec: dict) -> str:
    st = STYLES[spec['layout']]
    if st.get('toc_at') == 'back':  # the 目录 printed after the last document, the body from page 1
        front = cover(spec) + r'\setcounter{page}{1}' + '\n'
        tex = preamble(spec, st) + front + body(spec, st) + '\n\\clearpage\n' + toc(spec, st).replace(r'\clearpage\setcounter{page}{1}', '') + '\n\\end{document}\n'
    else:
        back = back_cover(spec) if 'back' in spec else ''
        tex = preamble(spec, st) + cover(spec) + toc(spec, st) + body(spec, st) + back + '\n\\end{document}\n'
    return re.sub(r'\\begin\{multicols\}\{\d\}\s*\\end\{multicols\}', '', tex)


if __name__ == '__main__':
    spec = json.load(open(sys.argv[1], encoding='utf8'))
    open(sys.argv[2], 'w', encoding='utf8').write(render(spec))
