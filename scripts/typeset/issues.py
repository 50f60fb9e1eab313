"""The issues we arrange from real texts: which documents, in which sections, printed how.

Each layout gives one issue spec (what the typesetters print) and its truth (what an importer
should read back). Both come from the same records, so the truth is exact by construction.
Arrangements that are ours, not the source's, are listed in README.md beside the fixtures:
gazette names and issue numbers, section names, co-issuers of the joint documents (and their
文号), documents printed without their 文号, and the printed style of the date line.
"""
import copy
import types
import json
import re
from pathlib import Path

from issues_held import HELD_LAYOUTS
from issues_nl import NL_LAYOUTS
from issues_nx import NX_LAYOUTS
from sources import corpus_documents, corpus_extra, sample_documents
from sweep_one import COMMITTED as ONE_COMMITTED, layouts as one_layouts
from sweep_one2 import COMMITTED as ONE2_COMMITTED, layouts as one2_layouts
from sweep_toc2 import COMMITTED as SWEEP_COMMITTED, layouts as sweep_layouts
from sweep_prov import COMMITTED as PROV_COMMITTED, layouts as prov_layouts
from sweep_prov2 import COMMITTED as PROV2_COMMITTED, layouts as prov2_layouts
from sweep_one3 import COMMITTED as ONE3_COMMITTED, layouts as one3_layouts
from sweep_prov3 import COMMITTED as PROV3_COMMITTED, layouts as prov3_layouts
from sweep_docx import COMMITTED as DOCX_SWEEP_COMMITTED, layouts as docx_sweep_layouts
from sweep_web3 import COMMITTED as WEB3_COMMITTED, layouts as web3_layouts
from sweep_swap import layouts as swap_layouts

CN = '〇一二三四五六七八九'
CN_UNIT = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十']


def cn_small(n: int) -> str:
    if n <= 10:
        return CN_UNIT[n]
    tens, ones = divmod(n, 10)
    return ('' if tens == 1 else CN[tens]) + '十' + (CN[ones] if ones else '')


def style_date(iso: str, style: str) -> str:
    y, m, d = (int(x) for x in iso.split('-'))
    if style in ('cn', 'cn-circle'):  # cn-circle: zero as ○ (U+25CB), as many gazettes print it
        zero = '○' if style == 'cn-circle' else CN[0]
        return ''.join(CN[int(c)] if c != '0' else zero for c in str(y)) + f'年{cn_small(m)}月{cn_small(d)}日'
    if style == 'spaced':
        return f'{y} 年 {m} 月 {d} 日'
    return f'{y}年{m}月{d}日'


# County departments of the sample's county, used as co-issuers of the joint documents we arrange.
JOINT_UNITS = [
    ('兴县人力资源和社会保障局', '兴人社发'), ('兴县发展和改革局', '兴发改发'), ('兴县财政局', '兴财发'),
    ('兴县住房和城乡建设管理局', '兴住建发'), ('兴县交通运输局', '兴交发'), ('兴县水利局', '兴水发'),
    ('兴县自然资源局', '兴自然资发'), ('兴县市场监督管理局', '兴市监发'), ('兴县公安局', '兴公发'),
]

# The probe5 session's issue (s17), set twice: prov-xe-toc2col (no leaders) and prov-xe-toc2col-c
# (dotted leaders); the renderer's styles tell them apart.
PROV_XE_TOC2COL = dict(
    split='tuning', gazette='滇南省人民政府公报', year=2019, issueNo=2, totalNo=486, published='2019-01-25',
    source='corpus',
    sections=[('【国务院文件】', ['57', '44', '46', '53']), ('【国务院办公厅文件】', ['13', '37', '60', '38', '59']),
              ('【建议提案答复】', ['26', '28', '22', '48', '23'])],
    span=['57', '13'], masthead=['60'], toc_colbreak='26',
    number='under-paren', dates='asis', renderers=['tex'])

LAYOUTS = {
    # split (tuning / held-out / perf), the issue's cover data, sections with the source keys in
    # order, where the 文号 is printed, the date style, arrangements, and the renderers to run.
    'prov-2col-song': dict(
        split='tuning', gazette='江州省人民政府公报', year=2019, issueNo=3, totalNo=611, published='2019-02-10',
        source='corpus',
        sections=[('【政府令】', ['58']), ('【国务院文件】', ['03', '15', '32', '39', '57']),
                  ('【国务院办公厅文件】', ['07', '09', '12', '13', '17', '34', '35', '36'])],
        number='under-paren', dates='asis', renderers=['tex', 'docx']),
    'city-2col-midcol': dict(
        split='held-out', gazette='云川市人民政府公报', year=2005, issueNo=4, totalNo=96, published='2005-08-15',
        source='corpus',
        sections=[('一、国务院文件', ['40', '47']), ('二、国务院办公厅文件', ['20', '51', '49', '50']),
                  ('三、国务院办公厅函件', ['21', '22', '23', '24', '25', '30', '31', '41', '42', '43', '48'])],
        number='above', dates='spaced', renderers=['tex']),
    'county-1col-heads': dict(
        split='tuning', gazette='兴县人民政府公报', year=2022, issueNo=3, totalNo=5, published='2022-09-01',
        source='sample',
        sections=[('一、县政府文件', ['01', '02', '03', '04', '06', '09', '11', '13', '15']),
                  ('二、县政府办公室文件', ['27', '28', '30', '31', '32'])],
        number='under', dates='cn', renderers=['tex', 'docx']),
    'prov-3col-mixed': dict(
        split='held-out', gazette='江州省人民政府公报', year=2018, issueNo=24, totalNo=608, published='2018-12-25',
        source='corpus',
        sections=[('【国务院令】', ['58']), ('【国务院文件】', ['55', '53', '44', '46']), ('【国务院办公厅文件】', ['18', '37', '54', '56', '59', '60', '38']),
                  ('【建议提案答复】', ['26', '27', '28', '29'])],
        number='masthead', dates='asis', renderers=['tex']),
    'county-docx-joint': dict(
        split='tuning', gazette='兴县人民政府公报', year=2022, issueNo=4, totalNo=6, published='2022-10-08',
        source='sample',
        sections=[('【县政府文件】', ['14', '15', '16', '17', '18', '19', '20']), ('【部门文件】', ['33', '40']),
                  ('【人事任免】', ['44'])],
        joint={'33': 9, '40': 2}, nonumber=['44'], public='attr',
        number='under', dates='spaced', renderers=['docx']),
    'county-docx-2col': dict(
        split='held-out', gazette='兴县人民政府公报', year=2022, issueNo=5, totalNo=7, published='2022-11-20',
        source='sample',
        sections=[('县政府文件', ['22', '23', '24', '25', '26']), ('部门文件', ['34', '38']),
                  ('县政府办公室文件', ['35', '36', '37', '42', '45'])],
        joint={'34': 3, '38': 5}, nonumber=['42'], public='both',
        number='above', dates='cn', renderers=['docx']),
    'state-pdfkit': dict(
        split='tuning', gazette='江州省人民政府公报', year=2019, issueNo=1, totalNo=609, published='2019-01-10',
        source='corpus',
        sections=[('政府令', ['58']), ('国务院文件', ['39', '53', '57']), ('国务院办公厅文件', ['35', '38', '54', '59', '60'])],
        number='under-paren', dates='spaced', renderers=['pdfkit']),
    'county-2col-kai': dict(
        split='tuning', gazette='兴县人民政府公报', year=2022, issueNo=6, totalNo=8, published='2022-12-15',
        source='sample',
        sections=[('【县政府文件】', ['01', '04', '11', '13']), ('【县政府办公室文件】', ['27', '31', '32', '40', '44'])],
        joint={'01': 4}, nonumber=[],
        number='under-paren', dates='asis', renderers=['tex']),
    'city-2col-flow': dict(
        split='tuning', gazette='青岚市人民政府公报', year=2019, issueNo=7, totalNo=143, published='2019-04-15',
        source='corpus',
        sections=[('（一）国务院文件', ['15', '39', '55']),
                  ('（二）国务院办公厅文件', ['12', '09', '35', '17', '59', '38']),
                  ('（三）国务院批复及复函', ['53', '44', '46', '26', '27', '28', '29'])],
        number='under', above=['39', '09', '17', '38', '44', '27', '29'], span=['15', '12', '59', '46'],
        dates='asis', renderers=['tex']),
    'county-lo-2col': dict(
        split='tuning', gazette='兴县人民政府公报', year=2022, issueNo=7, totalNo=9, published='2022-12-28',
        source='sample',
        sections=[('第一部分　县人民政府文件', ['02', '06', '09', '11', '13', '16', '18', '19', '20']),
                  ('第二部分　部门联合发文', ['30', '33', '40']),
                  ('第三部分　县人民政府办公室文件', ['31', '44'])],
        joint={'30': 3, '33': 5, '40': 4}, nonumber=['09'], above=['11', '33', '20'],
        number='under-paren', dates='cn', renderers=['docx']),
    # Added by the wordreal session: county-lo-2col's documents as real editors' Word files hold
    # them (soft breaks, a TOC field, tracked changes, signature tables, text boxes, notes, fields;
    # docx_realworld.py). Word only: a probe of the Word reader, not of a typesetter.
    'county-docx-realworld': dict(
        split='tuning', gazette='兴县人民政府公报', year=2022, issueNo=7, totalNo=9, published='2022-12-28',
        source='sample', style='county-lo-2col',
        sections=[('第一部分　县人民政府文件', ['02', '06', '09', '11', '13', '16', '18', '19', '20']),
                  ('第二部分　部门联合发文', ['30', '33', '40']),
                  ('第三部分　县人民政府办公室文件', ['31', '44'])],
        joint={'30': 3, '33': 5, '40': 4}, nonumber=['09'], above=['11', '33', '20'],
        number='under-paren', dates='cn', renderers=['realworld']),
    # Added for issue 12 (new tuning layouts, see README.md): a provincial XeLaTeX issue with a
    # provincial decree, 文号 above the title and running heads in the inner corner; a Word issue
    # with red mastheads, a joint document and attachments signed on their own; a pdfkit city
    # issue in two columns with no 目录 and documents printed without 文号.
    'prov-xe-inner': dict(
        split='tuning', gazette='江州省人民政府公报', year=2018, issueNo=24, totalNo=608, published='2018-12-28',
        source='corpus',
        sections=[('【省政府令】', ['58']), ('【国务院文件】', ['47', '32', '53']),
                  ('【国务院办公厅文件】', ['18', '37', '13', '36']), ('【国务院办公厅函件】', ['30', '25', '43', '24'])],
        decree={'58': dict(header='江州省人民政府令', number='第285号', signer='省长　陈立新', issuer='江州省人民政府')},
        number='above-centre', dates='asis', renderers=['tex']),
    'county-docx-masthead': dict(
        split='tuning', gazette='兴县人民政府公报', year=2022, issueNo=8, totalNo=10, published='2022-12-30',
        source='mixed',
        sections=[('政府文件', ['xingxian-03', 'xingxian-17', 'xingxian-22', 'xingxian-26']),
                  ('联合发文', ['xingxian-36']),
                  ('办公室文件', ['xingxian-35', 'xingxian-38', 'xingxian-45']),
                  ('上级文件', ['govcn-23'])],
        joint={'36': 4}, atitles=True,
        number='masthead', dates='cn', renderers=['docx']),
    'city-pdfkit-2col': dict(
        split='tuning', gazette='白溪市人民政府公报', year=2018, issueNo=12, totalNo=210, published='2018-12-28',
        source='corpus',
        sections=[('国务院文件', ['40', '44', '15']), ('国务院办公厅文件', ['49', '21', '42', '60']),
                  ('人事任免', ['54', '59']), ('公告', ['38'])],
        nonumber=['54', '59', '38'],
        number='under', dates='spaced', renderers=['pdfkit2']),
    'county-tables': dict(
        split='tuning', gazette='兴县人民政府公报', year=2022, issueNo=8, totalNo=10, published='2023-01-16',
        source='sample',
        sections=[('一、县政府文件', ['13', '15']), ('二、县政府办公室文件', ['32', '33'])],
        tasks=['33'], repeat_head=['33'],
        number='under', dates='asis', renderers=['tex', 'docx']),
    # Added by the pdf12 session (issue 12, see README.md): a city issue set in Word (python-docx →
    # LibreOffice) in two columns with the 文号 line above each title, a city decree with its
    # regulation, 黑体 titles, 楷体 sub-headings, `-3-` in the inner corner, joint documents with 6
    # and 2 stacked signatures and attachments with tables; and a county XeLaTeX issue whose
    # documents start mid-column under titles set in one column, 楷体 headings, `-3-` in the inner
    # corner, 7 and 3 stacked signatures, a 任免 without 文号 and Chinese-numeral dates.
    'city-lo-decree': dict(
        split='tuning', gazette='云岭市人民政府公报', year=2022, issueNo=9, totalNo=188, published='2022-09-20',
        source='mixed',
        sections=[('【市政府令】', ['govcn-58']),
                  ('【县区文件】', ['xingxian-06', 'xingxian-24', 'xingxian-15']),
                  ('【部门文件】', ['xingxian-37', 'xingxian-23']),
                  ('【市政府办公室文件】', ['govcn-25', 'govcn-41', 'govcn-31'])],
        decree={'58': dict(header='云岭市人民政府令', number='第3号', signer='市长　周文华', issuer='云岭市人民政府')},
        joint={'37': 6, '23': 2}, atitles=True,
        number='above', dates='cn', renderers=['docx']),
    'county-xe-kai-inner': dict(
        split='tuning', gazette='兴县人民政府公报', year=2022, issueNo=10, totalNo=12, published='2022-12-20',
        source='sample',
        sections=[('一、县政府文件', ['03', '14', '16', '26']),
                  ('二、部门文件', ['30', '42']),
                  ('三、县政府办公室文件', ['34', '38', '45']),
                  ('四、人事任免', ['44'])],
        joint={'30': 7, '42': 3}, nonumber=['44'], above=['03', '16', '30', '34', '45'],
        number='under', dates='cn', renderers=['tex']),
    # Added for issue 12 (text): a city issue set in two columns of equal line spacing, so that
    # pdftotext writes the columns interleaved line by line; documents start mid-column with their
    # titles inside one column, the 文号 above some titles and under others, dates in Chinese numerals.
    'city-2col-lines': dict(
        split='tuning', gazette='松河市人民政府公报', year=2019, issueNo=2, totalNo=118, published='2019-02-20',
        source='corpus',
        sections=[('一、国务院文件', ['03', '57']), ('二、国务院办公厅文件', ['07', '34', '37', '13']),
                  ('三、国务院办公厅函件', ['22', '23', '42', '31'])],
        number='under', above=['57', '34', '22', '42'], span=[],
        dates='cn', renderers=['tex']),
    # Added for issue 12 (text): a provincial issue whose replies section is set in three columns,
    # each document under a red masthead with its 文号, so that pdftotext shuffles three columns.
    'prov-3col-replies': dict(
        split='tuning', gazette='江州省人民政府公报', year=2019, issueNo=9, totalNo=617, published='2019-05-10',
        source='corpus',
        sections=[('【国务院文件】', ['53', '44']), ('【国务院办公厅函件】', ['21', '42']),
                  ('【函件答复】', ['30', '24', '25', '31', '43'])],
        number='masthead', dates='asis', renderers=['tex']),
    # Added by the conf12 session (issue 12, unseen when first scored, see README.md): a county issue
    # in one column with its 目录 at the back and 栏目 banners in 【】; a provincial issue in two
    # columns with letter-spaced 栏目 bands and the 文号 flush right under the title.
    'county-1col-backtoc': dict(
        split='tuning', gazette='兴县人民政府公报', year=2022, issueNo=11, totalNo=13, published='2022-12-26',
        source='sample',
        sections=[('【县政府文件】', ['04', '19', '18']), ('【县政府函件】', ['17', '22']),
                  ('【县政府办公室文件】', ['36', '40', '42'])],
        number='under', dates='asis', renderers=['tex']),
    'prov-2col-bands': dict(
        split='tuning', gazette='江州省人民政府公报', year=2019, issueNo=2, totalNo=610, published='2019-01-20',
        source='corpus',
        sections=[('国务院文件', ['55', '46', '40']), ('国务院办公厅文件', ['49', '54', '12']),
                  ('国务院办公厅函件', ['21', '48', '26'])],
        number='under-right', dates='asis', renderers=['tex']),
    # Added by the pdf12c session (issue 12, see README.md): a city issue set in Word (python-docx →
    # LibreOffice) in two narrow-gutter columns of justified 仿宋 (Fandol Fang, 11 pt) whose closing
    # punctuation hangs past the column's edge; titles in 小标宋-like bold Song span both columns for
    # some documents (Word continuous sections: the columns above are balanced) and sit in one column
    # for the rest, so documents start mid-column; a 栏目 name with brackets, a joint document, the
    # 文号 above some titles, `第3页` in the outer corner, dates in Chinese numerals.
    'city-lo-fang': dict(
        split='tuning', gazette='临江市人民政府公报', year=2022, issueNo=5, totalNo=131, published='2022-06-30',
        source='mixed',
        sections=[('一、国务院文件', ['govcn-53', 'govcn-55']),
                  ('二、国务院办公厅文件', ['govcn-12', 'govcn-35', 'govcn-38']),
                  ('三、县（市、区）政府文件', ['xingxian-03', 'xingxian-15', 'xingxian-24', 'xingxian-42'])],
        joint={'42': 3}, above=['12', '15'], span=['53', '35', '03'],
        number='under', dates='cn', renderers=['docx']),
    # Added by the pdf12c session: a county issue set in Word in two columns of justified Noto Serif
    # 10 pt with a narrow gutter, 黑体 titles inside one column (documents start mid-column, their
    # signatures often at a column's foot), one head, `— 3 —` centred, a joint document, a 任免
    # without 文号, both public markers, dates in Chinese numerals.
    'county-lo-noto': dict(
        split='tuning', gazette='兴县人民政府公报', year=2022, issueNo=11, totalNo=13, published='2022-12-26',
        source='sample',
        sections=[('一、县政府文件', ['01', '13', '19', '25']), ('二、部门文件', ['31']),
                  ('三、县政府办公室文件', ['35', '40', '45']), ('四、人事任免', ['18'])],
        joint={'31': 4}, nonumber=['18'], above=['13', '31', '40'], public='both',
        number='under', dates='cn', renderers=['docx']),
    # Added by the conf12b session (issue 12 confidence; scored once unseen, then kept for tuning): a
    # single-column provincial issue of State Council 函 and replies, the 文号 flush right above each
    # title, `第 3 页` centred, the 目录 with `第3页` labels.
    'prov-1col-pages': dict(
        split='tuning', gazette='江州省人民政府公报', year=2006, issueNo=12, totalNo=348, published='2006-12-20',
        source='corpus',
        sections=[('一、国务院办公厅函件', ['41', '23', '24', '22', '48']),
                  ('二、人大建议和政协提案答复', ['27', '28', '29', '26', '30'])],
        number='above', dates='asis', renderers=['tex']),
    # Added by the pdf12d session (issue 12, scored unseen once before any parser change, see
    # README.md): a county issue set in Word (python-docx → LibreOffice) in two justified columns of
    # Fandol Song, documents running on mid-column, the columns balanced after some documents (Word's
    # continuous section break) so the next one starts under a short two-column block, a joint
    # document with 5 stacked signatures, a 7-column table in one column, dates in Chinese numerals;
    # and a city XeLaTeX issue in two columns whose titles span both columns for some documents
    # (the columns above balanced) and sit mid-column for the rest, the 文号 above some titles.
    'county-lo-balance': dict(
        split='tuning', gazette='兴县人民政府公报', year=2022, issueNo=12, totalNo=14, published='2022-12-31',
        source='sample',
        sections=[('一、县政府文件', ['14', '09', '02', '20']), ('二、部门联合发文', ['37']),
                  ('三、县政府办公室文件', ['35', '25', '34', '23'])],
        joint={'37': 5}, above=['09', '37', '25'], balance=['02', '35'], public='both',
        number='under', dates='cn', renderers=['docx']),
    'city-xe-span-mid': dict(
        split='tuning', gazette='柳川市人民政府公报', year=2019, issueNo=3, totalNo=72, published='2019-03-10',
        source='corpus',
        sections=[('一、国务院文件', ['32', '40']), ('二、国务院办公厅文件', ['56', '36', '17']),
                  ('三、国务院办公厅函件', ['22', '27', '48', '28', '29'])],
        number='under', above=['40', '36', '27', '28'], span=['32', '56', '22'],
        dates='spaced', renderers=['tex']),
    # Added by the pdf12d session (tried once before the fixes it led to, see README.md): a Word
    # county issue like county-lo-balance but with every 文号 above its title, the 目录's 文号 under
    # each title, Noto Serif, a 栏目's end cutting a joint title across the columns, a doc without 文号.
    'county-lo-stairs': dict(
        split='tuning', gazette='兴县人民政府公报', year=2022, issueNo=13, totalNo=15, published='2022-12-31',
        source='sample',
        sections=[('县政府文件', ['16', '22', '26', '11', '06']), ('部门文件', ['30', '24']),
                  ('县政府办公室文件', ['32', '36', '37', '42', '44'])],
        joint={'30': 3, '24': 5}, nonumber=['42'], public='both', balance=['11'],
        number='above', dates='cn', renderers=['docx']),
    # Added by the fresh12 session (issue 12, decided before looking at the parser, scored once
    # unseen, then kept for tuning, see README.md): a provincial XeLaTeX issue whose body runs in
    # three columns (titles across all three), its 目录 in two columns with dotted leaders and
    # `·3·` page labels; a city Word issue (python-docx → LibreOffice) in one column, `第 3 页` in the
    # inner corner, heads alternating left / right, each 文号 in a masthead line (issuer left, 文号
    # right) over a red rule, sections in 【】, a city decree, a 任免 and a 公告 without 文号, a table.
    'prov-3col-dots': dict(
        split='tuning', gazette='南屏省人民政府公报', year=2018, issueNo=23, totalNo=420, published='2018-12-31',
        source='corpus',
        sections=[('【国务院文件】', ['53', '44', '40']), ('【国务院办公厅文件】', ['36', '54', '38', '59']),
                  ('【国务院办公厅函件】', ['42', '43', '26', '28'])],
        number='under', dates='cn', renderers=['tex']),
    'city-lo-redline': dict(
        split='tuning', gazette='石屏市人民政府公报', year=2022, issueNo=6, totalNo=77, published='2022-07-15',
        source='mixed',
        sections=[('【市政府令】', ['govcn-58']),
                  ('【规范性文件】', ['xingxian-03', 'xingxian-15', 'xingxian-38', 'xingxian-19', 'xingxian-31']),
                  ('【人事任免】', ['xingxian-44', 'xingxian-42']),
                  ('【公告】', ['govcn-38'])],
        decree={'58': dict(header='石屏市人民政府令', number='第12号', signer='市长　林海峰', issuer='石屏市人民政府')},
        nonumber=['44', '42', '38'], atitles=True,
        number='masthead-line', dates='cn', renderers=['docx']),
    # Added by the fresh3 session (issue 12, decided before looking at how the parser reads it,
    # scored once unseen, then kept for tuning, see README.md): a county issue set in Word
    # (python-docx → LibreOffice), 目录 in one column, body in two justified columns of AR PL UMing
    # with Fandol Hei titles; some titles span both columns (a continuous section break balances the
    # columns above), the rest start mid-column; ruled tables inside a column, a joint document with
    # 4 stacked signatures, the 文号 above some titles, one centred head and `第3页 共12页` centred
    # under each page, plain 栏目 names, dates in Chinese numerals.
    'county-lo-total': dict(
        split='tuning', gazette='兴县人民政府公报', year=2022, issueNo=9, totalNo=11, published='2022-10-20',
        source='sample',
        sections=[('县政府文件', ['04', '15', '11', '06']), ('部门联合发文', ['30']),
                  ('县政府办公室文件', ['17', '35', '38', '45'])],
        joint={'30': 4}, above=['11', '38'], span=['04', '30', '17'], public='both',
        number='under', dates='cn', renderers=['docx']),
    # Added by the unseen session (issue 12, written before the importer first read them, scored
    # once unseen, then kept for tuning, see README.md): a county issue set in Word (python-docx →
    # LibreOffice) in two columns, the 文号 above every title, 小标宋-like bold titles inside one
    # column (some land at a column's foot), documents running on mid-column, headings numbered by
    # Word's automatic numbering (一、 and （一） are list labels, not text), joint documents with 3
    # and 5 issuers, a task table in a column, `-3-` in alternating outer corners, both public
    # markers, dates in Chinese numerals; and a provincial XeLaTeX issue in one column with its 目录
    # in two columns, running heads in the inner corner, bare folios in the outer corner, 栏目
    # banners between rules in the body, a provincial decree with its regulation.
    # First scored (before any change it led to): county-lo-autonum PDF 54/60 fields, 227/280
    # paragraphs; its Word file 60/60, 247/280; its text crashed the reader (0/10 found).
    # prov-xe-toc2 PDF 54/54, 347/348; text 47/54, 271/348. (prov-xe-toc2 was first printed as
    # published 2018-12-20, before one of its documents' dates; now 2019-01-05.)
    'county-lo-autonum': dict(
        split='tuning', gazette='兴县人民政府公报', year=2022, issueNo=14, totalNo=16, published='2022-12-31',
        source='sample',
        sections=[('一、县政府文件', ['02', '09', '20', '25', '23']), ('二、部门联合发文', ['01', '33']),
                  ('三、县政府办公室文件', ['31', '35', '40'])],
        joint={'01': 3, '33': 5}, tasks=['33'], nonumber=['23'], public='both',
        number='above', dates='cn', renderers=['docx']),
    'prov-xe-toc2': dict(
        split='tuning', gazette='澜沧省人民政府公报', year=2018, issueNo=22, totalNo=455, published='2019-01-05',
        source='corpus',
        sections=[('【省政府令】', ['58']), ('【国务院文件】', ['46', '47']),
                  ('【国务院办公厅文件】', ['49', '34', '09']), ('【国务院办公厅函件】', ['21', '48', '23'])],
        decree={'58': dict(header='澜沧省人民政府令', number='第301号', signer='省长　许明远', issuer='澜沧省人民政府')},
        number='under', dates='asis', renderers=['tex']),
    # A probe of the county-lo-autonum style with other documents (unseen session, built after the
    # fixes above to test them, scored once as 'probe-lo' before the one fix it led to; the name
    # changes only the arranged joint 文号 serials): AR PL UMing body, Noto
    # Serif titles, the 目录's 文号 under each title, joint documents with 3 and 5 issuers, a doc
    # without 文号. First scored: PDF 64/66 fields, 340/356 paragraphs (a 栏目's end cut the
    # columns where column 0's text ends a sentence); Word 66/66, 356/356; text 66/66, 307/356.
    'county-lo-levels': dict(
        split='tuning', gazette='兴县人民政府公报', year=2022, issueNo=15, totalNo=17, published='2022-12-31',
        source='sample',
        sections=[('县政府文件', ['22', '24', '26', '16', '04']), ('部门文件', ['36', '37']),
                  ('县政府办公室文件', ['30', '45', '42', '32'])],
        joint={'36': 3, '37': 5}, nonumber=['42'], public='both',
        number='above', dates='cn', renderers=['docx']),
    # Added by the probe2 session (tuning, a probe of the held-out county-docx-2col's genre built from
    # its public README row only, decided and written into README.md before the importer first read
    # it): a county Word issue in two columns of ragged Noto Serif, titles in the body's face inside
    # one column, the 文号 above every title, manual column breaks before two documents, continuous
    # breaks balancing the columns after two others, alternating heads over a rule, `-3-` outer.
    'county-docx-2col-b': dict(
        split='tuning', gazette='兴县人民政府公报', year=2022, issueNo=16, totalNo=18, published='2022-12-31',
        source='sample',
        sections=[('县政府文件', ['03', '14', '19', '23', '25', '18']), ('部门文件', ['31', '01']),
                  ('县政府办公室文件', ['35', '38', '40', '45'])],
        joint={'31': 3, '01': 5}, nonumber=['45'], public='both', above_centre=['23', '38'],
        colbreak=['19', '40'], balance=['23', '31'],
        number='above', dates='cn', renderers=['docx']),
    # Added by the unseen2 session (issue 12, layouts decided and built before looking at how the
    # importer reads them, scored once unseen, then kept for tuning, see README.md): a city XeLaTeX
    # issue in two columns of 11 pt Fandol Song with wider leading and gutter and no column rule,
    # one running flow for the whole body (栏目 banners boxed inside the column, documents starting
    # mid-column, titles in 黑体 inside one column), the 文号 in brackets under each title, county
    # documents with the sample's 政策咨询 blocks, jointly issued documents with 3 and 4 stacked
    # signatures, a 答复 ending with the note （本文有删减）, （此件主动公开） for some, dates in
    # Chinese numerals, the gazette left and the issue right in every head, `— 3 —` centred.
    'city-xe-consult': dict(
        split='tuning', gazette='桐江市人民政府公报', year=2022, issueNo=7, totalNo=131, published='2022-07-25',
        source='mixed',
        sections=[('国务院文件', ['govcn-53', 'govcn-46']), ('国务院办公厅文件', ['govcn-26', 'govcn-54']),
                  ('县区文件', ['xingxian-06', 'xingxian-18', 'xingxian-16']),
                  ('部门文件', ['xingxian-40', 'xingxian-32'])],
        joint={'40': 3, '32': 4}, public='zhudong',
        number='under-paren', dates='cn', renderers=['tex']),
    # And a county Word issue (python-docx → LibreOffice): 目录 in one column listing titles and
    # pages only, body sections in two columns of justified 11 pt Fandol Song, 公告 and 人事任免 in
    # one column, each 栏目 opening with a banner across the page (Word's continuous breaks balance
    # the columns above it), documents under 二、乡镇、街道文件 issued by towns, a joint department
    # document with 2 stacked signatures, a 公告 and a 任免 without 文号, the 文号 under most titles
    # and above two, 公开方式：主动公开 for some, `· 3 ·` in alternating outer corners.
    'county-lo-towns': dict(
        split='tuning', gazette='兴县人民政府公报', year=2022, issueNo=11, totalNo=13, published='2022-11-30',
        source='sample',
        sections=[('一、县政府文件', ['01', '19', '13']), ('二、乡镇、街道文件', ['18', '40']),
                  ('三、部门文件', ['35']), ('四、公告', ['15']), ('五、人事任免', ['45'])],
        towns={'18': ('蔚汾镇人民政府', '蔚政发'), '40': ('魏家滩镇人民政府', '魏政发')},
        joint={'35': 2}, nonumber=['15', '45'], above=['19', '40'], public='fangshi',
        number='under', dates='asis', renderers=['docx']),
    # A third probe of the unseen2 session (built after the two above were fixed, before looking at
    # how the importer reads it, scored once unseen): a county XeLaTeX issue in two dense columns
    # (10 pt Noto Serif, a ruled narrow gutter), each title set as the issuer's name on a line of
    # its own (joint units stacked) over the 关于… line, the 文号 centred above it, dates in
    # Chinese numerals with ○ for zero, the 目录's 文号 on a line under each title, 栏目 banners in
    # 【】 across the page, the 栏目 in the inner corner's head.
    'county-xe-issuer': dict(
        split='tuning', gazette='兴县人民政府公报', year=2022, issueNo=16, totalNo=18, published='2022-12-31',
        source='sample',
        sections=[('【县政府文件】', ['04', '11', '14', '20']), ('【部门文件】', ['02']),
                  ('【县政府办公室文件】', ['37', '38', '44'])],
        joint={'02': 3},
        number='above-centre', dates='cn-circle', renderers=['tex']),
    # A fourth probe of the unseen2 session (decided and built before looking at how the importer
    # reads it, scored once unseen): a provincial Word issue (python-docx → LibreOffice), the 目录
    # in two columns, each document under a red masthead across the page (国务院文件 /
    # 国务院办公厅文件, the 文号 over a red rule), the body in two justified columns, dates as printed.
    'prov-lo-masthead': dict(
        split='tuning', gazette='岚江省人民政府公报', year=2019, issueNo=4, totalNo=640, published='2019-02-28',
        source='corpus',
        sections=[('【国务院文件】', ['55', '39']), ('【国务院办公厅文件】', ['59', '36', '60', '12'])],
        span=['55', '39', '59', '36', '60', '12'],
        number='masthead', dates='asis', renderers=['docx']),
    # A probe of the probe3 session (decided and built before looking at how the importer reads
    # it, scored once unseen): a city XeLaTeX issue in two columns with titles inside one column,
    # the 批复 section set in THREE columns, 栏目 banners between rules so sections change
    # mid-page, the 文号 in brackets under each title, one department document issued jointly by
    # 3 county units, dates in Chinese numerals.
    'city-xe-3col': dict(
        split='tuning', gazette='澄州市人民政府公报', year=2022, issueNo=6, totalNo=118, published='2022-07-10',
        source='mixed',
        sections=[('【国务院文件】', ['govcn-55', 'govcn-39']), ('【县区政府文件】', ['xingxian-03']),
                  ('【批复】', ['xingxian-13', 'xingxian-16', 'xingxian-19', 'xingxian-26', 'xingxian-18']),
                  ('【部门文件】', ['xingxian-31'])],
        joint={'31': 3},
        number='under-paren', dates='cn', renderers=['tex']),
    # Added by the probexe session (issue 12, decided and written into README.md before the importer
    # first read them, scored once unseen): a city XeLaTeX issue in two dense columns (9 pt AR PL
    # SungtiL GB, tight leading) running as one flow (栏目 banners as ruled labels inside the column,
    # documents starting right under the last one's date), 黑体 titles inside one column wrapping
    # over three lines, the 文号 in brackets flush right under the title, a city decree with its
    # regulation, a jointly issued department document with 4 stacked signatures, attachments with
    # their own titles, dates in Chinese numerals, the 目录's 文号 in brackets on a line under each
    # title, heads with 总第N期 on every page, `— 3 —` in the INNER corner.
    # First scored (before any change it led to, as first built: 〇 and ■ printed as missing glyphs,
    # see README.md): city-xe-dense PDF 30/48 fields, 283/296 paragraphs, 1 invented; text 33/48,
    # 170/296, 1 invented. prov-xe-forward PDF 48/48, 152/285, 3 invented; text 48/48, 164/285,
    # 2 invented. With the glyphs repaired (importer unchanged): city-xe-dense PDF 41/48, 291/296;
    # text 39/48, 173/296 (1 invented each).
    'city-xe-dense': dict(
        split='tuning', gazette='鹭江市人民政府公报', year=2022, issueNo=14, totalNo=265, published='2022-07-20',
        source='mixed',
        sections=[('【市政府令】', ['govcn-58']),
                  ('【县区文件】', ['xingxian-03', 'xingxian-17', 'xingxian-24']),
                  ('【部门文件】', ['xingxian-34']),
                  ('【市政府办公室文件】', ['govcn-25', 'govcn-18', 'govcn-31'])],
        decree={'58': dict(header='鹭江市人民政府令', number='第7号', signer='市长　方振宇', issuer='鹭江市人民政府')},
        joint={'34': 4}, atitles=True,
        number='under-right-paren', dates='cn', renderers=['tex']),
    # And a provincial XeLaTeX issue in two airy columns (10.5 pt AR PL UMing, 1.5 leading), titles
    # across both columns in Noto Sans, the 文号 in brackets under them; the province's 转发 documents
    # (our arrangement: the province's short cover notice, signed and dated, then the State
    # Council's document with its own title, 文号, signature and date), two county documents issued
    # jointly (5 and 2 stacked signatures) followed by their 政策咨询 lines printed plain, heads
    # alternating (gazette + 总第N期 / 栏目), `·3·` in the INNER corner.
    'prov-xe-forward': dict(
        split='tuning', gazette='黔川省人民政府公报', year=2022, issueNo=13, totalNo=596, published='2022-07-05',
        source='mixed',
        sections=[('一、国务院文件', ['govcn-31', 'govcn-49']),
                  ('二、省政府文件', ['govcn-13']),
                  ('三、省政府办公厅文件', ['govcn-17', 'govcn-07']),
                  ('四、市县文件', ['xingxian-23', 'xingxian-27', 'xingxian-09'])],
        forward={'13': dict(issuer='黔川省人民政府', prefix='黔府发', serial=12, date='2022-06-13',
                            recipients='各市、自治州人民政府，各县（市、区）人民政府，省政府各部门、各直属机构：'),
                 '17': dict(issuer='黔川省人民政府办公厅', prefix='黔府办发', serial=31, date='2022-06-16',
                            recipients='各市、自治州人民政府，省政府各部门、各直属机构：'),
                 '07': dict(issuer='黔川省人民政府办公厅', prefix='黔府办发', serial=33, date='2022-06-21',
                            recipients='各市、自治州人民政府，省政府各部门、各直属机构：')},
        joint={'23': 5, '09': 2},
        number='under-paren', dates='asis', renderers=['tex']),
    # Added by the probelo session (decided and built before the importer first read them, scored
    # once unseen, see README.md). A county issue set in Word as GB/T 9704 sets a 公文: one column,
    # 16 pt 仿宋 (Fandol Fang) on an exact 28.95 pt line grid (22 lines of 28 characters), titles in
    # 二号 小标宋-like 简报宋, 黑体 一、 and 楷体 （一） headings, the cover carrying the 目录, no running
    # head and `— 3 —` in the outer corners; the 文号 flush right above the title, or (请示 and 报告)
    # at the left with the 签发人 at the right; 附件 lists before the signature, the signature
    # centred over a date in 二〇 numerals set four characters in from the right, and a 版记 under
    # each document between rules (抄送：… and the office with its 印发 date), never a paragraph.
    # First scored (before any change it led to): county-lo-gbt PDF 36/36 fields, 222/222
    # paragraphs; text 31/36, 214/222; Word 36/36, 222/222. county-lo-tabletoc PDF 8/9 found,
    # 40/54, 160/221; text 8/9, 36/54, 121/221; Word 9/9, 45/54, 221/221.
    'county-lo-gbt': dict(
        split='tuning', gazette='兴县人民政府公报', year=2022, issueNo=17, totalNo=19, published='2022-07-08',
        source='sample',
        sections=[('县政府文件', ['09', '17', '14', '25']), ('县政府办公室文件', ['27', '34'])],
        signer={'09': '签发人：王　军', '17': '签发人：王　军', '25': '签发人：刘建平'},
        annex={'27': ['兴县培育乡村e镇工作实施方案'],
               '34': ['兴县2022年度地质灾害防治方案', '兴县2022年度地质灾害隐患点防灾责任表']},
        banji=True, number='above', dates='cn', renderers=['docx']),
    # And a county issue in two columns (Word sections), its 目录 a borderless Word table (a title
    # cell, a 文号 cell, a page cell; each 栏目 a merged row), 栏目 as ◆ banners inside the column
    # with a rule under them, town documents, department documents issued jointly by 6 and 3 units,
    # a document without 文号 under ◆公告, 信息公开选项：主动公开 mixed with （此件公开发布）, the 文号
    # under most titles and above two, 二〇 dates, a centred head over a rule, `－ 3 －` centred.
    'county-lo-tabletoc': dict(
        split='tuning', gazette='兴县人民政府公报', year=2022, issueNo=18, totalNo=20, published='2022-07-20',
        source='sample',
        sections=[('◆县政府文件', ['22', '23', '13']), ('◆乡镇街道文件', ['24', '26']),
                  ('◆部门文件', ['33', '36']), ('◆公告', ['38']), ('◆人事任免', ['45'])],
        towns={'24': ('康宁镇人民政府', '康政发'), '26': ('瓦塘镇人民政府', '瓦政发')},
        joint={'33': 6, '36': 3}, nonumber=['38'], above=['23', '36'], public='xuanxiang',
        number='under', dates='cn', renderers=['docx']),
    # Added by the probeyear session (issue 12; decided and written into README.md before the
    # importer first read them, scored once unseen): features of real provincial and State Council
    # gazettes no layout had. Pages numbered through the year (the body of this issue starts at
    # 第 1241 页; the 目录 pages carry roman numerals, the cover none), a 版权页 at the back (主管,
    # 主办, 编辑出版, 地址, 邮编, 电话, 印刷, CN/ISSN, 定价, 出版日期) and a cover with 总第N期 and
    # 出版日期; documents that keep their 版记 (抄送 line, 印发 unit and date between rules: our
    # arrangement, dated two days after the document; the 版记 lines are paragraphs); a State
    # Council style 目录 (`国务院关于…的通知……（1241）`, the 文号 on the next line for some entries)
    # running on to a second page. Single column, 仿宋 body, titles in 简报宋 (小标宋-like).
    # First scored (before any change it led to): prov-xe-yearpages PDF 35/42 fields (no 目录 read:
    # four-digit pages in brackets), 277/281 paragraphs; text 33/42, 265/281; ltxt 33/42, 280/281.
    # city-xe-yearcols PDF 36/36, 175/179; text 36/36, 131/179; ltxt 36/36, 167/179. 0 invented.
    # Unscored then and since fixed: the 版权页 read into the last document as paragraphs.
    'prov-xe-yearpages': dict(
        split='tuning', gazette='南屏省人民政府公报', year=2019, issueNo=9, totalNo=652, published='2019-05-15',
        source='corpus',
        sections=[('【国务院文件】', ['03', '32', '39']), ('【国务院办公厅文件】', ['12', '35', '36', '17'])],
        banji={'03': '国务院办公厅', '12': '国务院办公厅', '36': '国务院办公厅', '39': '国务院办公厅'},
        firstPage=1241,
        back=dict(head='南屏省人民政府公报', freq='（半月刊）', admin='南屏省人民政府', host='南屏省人民政府办公厅',
                  address='南屏省昆川市五华区光华路１号', post='650021', phone='0871-63611234', printer='南屏日报印刷厂',
                  cn='CN 53-1125/D', issn='ISSN 1671-2345', price='定价：5.00元'),
        number='under-paren', dates='asis', renderers=['tex']),
    # And a city issue in one two-column flow (documents start mid-column, titles inside one
    # column), pages numbered through the year from 第 457 页 (目录 pages unnumbered), 版记 on three
    # documents (one a county one: 抄送 the county's bodies, printed by the county's 办公室), the
    # 版权页 at the back, dates in Chinese numerals.
    'city-xe-yearcols': dict(
        split='tuning', gazette='临溪市人民政府公报', year=2022, issueNo=11, totalNo=218, published='2022-07-30',
        source='mixed',
        sections=[('【国务院办公厅文件】', ['govcn-34']),
                  ('【县区文件】', ['xingxian-14', 'xingxian-01', 'xingxian-20', 'xingxian-02']),
                  ('【县区政府办公室文件】', ['xingxian-33'])],
        banji={'34': '国务院办公厅', '14': '兴县人民政府办公室', '33': '兴县人民政府办公室'},
        firstPage=457,
        back=dict(head='临溪市人民政府公报', freq='（月刊）', admin='临溪市人民政府', host='临溪市人民政府办公室',
                  address='临溪市城中区府前街８号', post='035000', phone='0358-2201234', printer='临溪市新华印刷厂',
                  cn='CN 14-1398/D', issn='ISSN 1672-6093', price='定价：3.00元'),
        number='under', dates='cn', renderers=['tex']),
    # Added by the web session (decided and written into README.md before the importer first read
    # them, scored once unseen): issues set in HTML/CSS and printed by headless Chromium
    # (render_html.py), the way offices lay out an issue for the web and for print. A city issue in
    # two CSS columns (column-count) of Noto Serif with 栏目 banners across the page, Noto Sans
    # titles spanning both columns (column-span: all) for some documents and inside one column for
    # the rest, the 文号 under the title, joint documents (3 and 4 stacked signatures), a 目录 of
    # flex rows with dotted leaders, the head and `- 3 -` from playwright's header / footer templates,
    # dates in Chinese numerals.
    'city-web-2col': dict(
        split='tuning', gazette='望川市人民政府公报', year=2022, issueNo=8, totalNo=152, published='2022-08-18',
        source='mixed',
        sections=[('【国务院文件】', ['govcn-57', 'govcn-40']),
                  ('【国务院办公厅文件】', ['govcn-22', 'govcn-24', 'govcn-43']),
                  ('【县区文件】', ['xingxian-30', 'xingxian-25', 'xingxian-06']),
                  ('【部门文件】', ['xingxian-36'])],
        joint={'30': 3, '36': 4}, span=['57', '22', '30'], public='both',
        number='under', dates='cn', renderers=['html']),
    # And a county issue in one column of 16 pt 仿宋 (Fandol Fang by @font-face), 简报宋 titles with
    # the 文号 flush right above them, 附件 lists before the signature, 公开属性：主动公开 lines, a
    # 版记 (抄送, 印发) between rules under each document (never a paragraph), each 栏目 on named
    # pages whose @page margin boxes print the gazette (left pages) or the 栏目 (right pages) and
    # `— 3 —` in the outer corner, the 目录 an HTML table (文号 under each title), 二〇 dates.
    'county-web-1col': dict(
        split='tuning', gazette='兴县人民政府公报', year=2022, issueNo=19, totalNo=21, published='2022-07-28',
        source='sample',
        sections=[('一、县政府文件', ['04', '22', '14']), ('二、县政府办公室文件', ['33', '42', '37'])],
        annex={'04': ['兴县绿色低碳县城暨蔚汾河及沿岸风貌提升项目实施方案'],
               '33': ['兴县煤炭消费减量替代2022年工作方案', '兴县煤炭消费减量替代重点任务清单']},
        banji=True, public='attr', number='above', dates='cn', renderers=['html']),
    # Added by the web3 session (a tuning layout in the genre of the held-out city-web-3col, decided
    # and written into README.md before the importer first read it): a provincial issue printed by
    # Chromium's CLI in THREE CSS columns of 9 pt Noto Serif with a 6 mm dashed gutter, Fandol Hei
    # titles across all three columns for three documents (the columns above them balanced) and
    # inside one narrow column for the rest, the 文号 in brackets under most titles and above two,
    # 栏目 banners on a grey strip across the page (sections starting mid-page), the gazette + 期 in
    # the head's outer corner and `— 3 —` centred in the foot, a 目录 of flex rows with dotted
    # leaders and bare pages, a department document issued jointly by 3 county units, a 任免
    # without 文号, （此件主动公开） on about half the documents, dates in 二〇 numerals.
    'prov-web-3col': dict(
        split='tuning', gazette='岚江省人民政府公报', year=2022, issueNo=15, totalNo=702, published='2022-08-10',
        source='mixed',
        sections=[('【国务院办公厅文件】', ['govcn-54', 'govcn-12']),
                  ('【国务院文件】', ['govcn-55', 'govcn-53']),
                  ('【县区政府文件】', ['xingxian-19', 'xingxian-13', 'xingxian-15', 'xingxian-03']),
                  ('【部门文件】', ['xingxian-37']),
                  ('【县政府办公室文件】', ['xingxian-38', 'xingxian-42'])],
        joint={'37': 3}, nonumber=['42'], above=['13', '38'], span=['54', '53', '37'], public='zhudong',
        number='under-paren', dates='cn', renderers=['html']),
    # Added by the mixed session (a tuning layout in the genre of the held-out prov-3col-mixed and
    # city-web-3col, decided and written into README.md before the importer first read it): a county
    # issue printed by Chromium's CLI, the 目录 in two CSS columns, the body in two CSS columns with
    # the 部门联合发文 and 人事任免 栏目 in three; titles across all columns for some documents and
    # inside one column for the rest; the 文号 in （） under most titles, above two; each 栏目 on named
    # pages (gazette + 期 centred on even pages, the 栏目 centred on odd ones) and `- 3 -` centred in
    # the foot; a 通知 with its attached form table, a department document issued jointly by 3 units,
    # dates both as 2022年5月12日 and as 二〇二二年五月十二日, both public markers.
    'county-web-mixed': dict(
        split='tuning', gazette='兴县人民政府公报', year=2022, issueNo=7, totalNo=9, published='2022-07-15',
        source='mixed',
        sections=[('一、国务院文件', ['govcn-50', 'govcn-49']),
                  ('二、县政府文件', ['xingxian-20', 'xingxian-01', 'xingxian-18', 'xingxian-23', 'xingxian-09']),
                  ('三、部门联合发文', ['xingxian-40', 'xingxian-24']),
                  ('四、县政府办公室文件', ['xingxian-35']),
                  ('五、人事任免', ['xingxian-44', 'xingxian-36'])],
        cols={'三、部门联合发文': 3, '五、人事任免': 3},
        joint={'40': 3}, nonumber=['36'], above=['20', '24'], span=['50', '20', '40', '44'], public='both',
        cndates=['20', '01', '40', '44'], number='under-paren', dates='asis', renderers=['html']),
    # Added by the probe3 session (s14, a blind probe of the held-out prov-3col-mixed's genre, decided
    # and written into README.md before the importer first read it): a provincial issue in XeLaTeX,
    # the 目录 in two columns with `第3页` pages, `第3页` in the inner foot corner under alternating
    # heads, the body in two columns with 建议提案答复 in three, titles across the columns for the
    # first document of each 栏目 and inside one column for the rest, one 国务院办公厅 document under
    # a red masthead `国务院办公厅文件` with its 文号 set mid-column, a 复函 printed without 文号.
    'prov-xe-3col-answers': dict(
        split='tuning', gazette='澜江省人民政府公报', year=2019, issueNo=6, totalNo=512, published='2019-03-31',
        source='corpus',
        sections=[('【国务院文件】', ['39', '40', '32']), ('【国务院办公厅文件】', ['36', '12', '49']),
                  ('【建议提案答复】', ['30', '25', '24', '31', '43', '21'])],
        span=['39', '36', '30'], masthead=['12'], nonumber=['43'],
        number='under-paren', dates='asis', renderers=['tex']),
    # The probe3 session's second build of the genre (same arrangement, other texts for the first two
    # 栏目, 10.5 pt Fandol Song): the 目录's left column runs over into the right one mid-entry.
    'prov-xe-3col-answers-b': dict(
        split='tuning', gazette='澜江省人民政府公报', year=2019, issueNo=6, totalNo=512, published='2019-03-31',
        source='corpus',
        sections=[('【国务院文件】', ['15', '40']), ('【国务院办公厅文件】', ['36', '12', '49', '35']),
                  ('【建议提案答复】', ['30', '25', '24', '31', '43', '21'])],
        span=['30'], masthead=['12'], nonumber=['43'],
        number='under-paren', dates='asis', renderers=['tex']),
    # Added by the probe5 session (s17, a blind probe of the held-out prov-3col-mixed's genre, decided
    # and written into README.md before the importer first read it): the 目录 in two columns without
    # leaders (`第3页` flush right after each entry's last line), its left column broken by hand inside
    # the last 栏目's first entry; the body in two columns with 建议提案答复 in three, titles across
    # the columns for 57 and 13, one document under a red masthead `国务院办公厅文件`.
    'prov-xe-toc2col': PROV_XE_TOC2COL,
    # The probe5 session's second build of the genre (after its first fixes): sixteen entries, dotted
    # leaders to `第3页`, the 目录's left column broken inside the second 栏目's first entry.
    'prov-xe-toc2col-b': dict(
        split='tuning', gazette='滇南省人民政府公报', year=2019, issueNo=3, totalNo=487, published='2019-02-25',
        source='corpus',
        sections=[('【国务院文件】', ['39', '55', '40']), ('【国务院办公厅文件】', ['36', '54', '12', '17', '35']),
                  ('【建议提案答复】', ['27', '29', '30', '25', '21', '24', '31', '43'])],
        span=['39', '36'], masthead=['12'], toc_colbreak='36',
        number='under-paren', dates='asis', renderers=['tex']),
    # prov-xe-toc2col's issue with a 目录 of dotted leaders (the probe5 session's third build).
    'prov-xe-toc2col-c': dict(PROV_XE_TOC2COL),
    # Added by the pm session (s25, a blind probe of the held-out prov-3col-mixed's genre, decided and
    # written into README.md before the importer first read it): texts the genre's probes did not print,
    # one red masthead across the two columns (34), one inside a column of three (42).
    'prov-xe-3col-mast': dict(
        split='tuning', gazette='湘沅省人民政府公报', year=2019, issueNo=5, totalNo=530, published='2019-03-15',
        source='corpus',
        sections=[('【国务院文件】', ['47', '40']), ('【国务院办公厅文件】', ['20', '34', '51']),
                  ('【建议提案答复】', ['42', '29', '27', '43', '25'])],
        span=['47', '34'], masthead=['34', '42'],
        number='under-paren', dates='asis', renderers=['tex']),
    # Added by the docxsib session: the tuning sibling of the held-out city-docx-footer (Word-born,
    # one column, the 栏目 named only in the 目录's borderless table, ■ rows), other texts: a centred
    # gazette + 期 head over a rule, `第3页/共28页` centred, the 文号 above each title (right or
    # centred), a joint department document (4 units), a 任免 without 文号, mixed dates and markers.
    'county-docx-tabletoc2': dict(
        split='tuning', gazette='兴县人民政府公报', year=2022, issueNo=21, totalNo=23, published='2022-11-15',
        source='mixed',
        sections=[('■国务院文件', ['govcn-15']), ('■国务院办公厅文件', ['govcn-35', 'govcn-17']),
                  ('■县政府文件', ['xingxian-04', 'xingxian-13', 'xingxian-22']),
                  ('■部门联合发文', ['xingxian-33']),
                  ('■县政府办公室文件', ['xingxian-30', 'xingxian-35']),
                  ('■人事任免', ['xingxian-44'])],
        joint={'33': 4}, nonumber=['44'], nomarker=['17', '22', '35', '44'], above_centre=['35', '13', '30'],
        cndates=['15', '04', '33', '30'], number='above', dates='asis', renderers=['docx']),
    # Added by the web3b session (tuning, a second sibling of the held-out city-web-3col's genre with
    # other texts, decided and written into README.md before the importer first read it): a county
    # issue printed by Chromium's CLI in THREE CSS columns of 10 pt AR PL UKai (TrueType) with 5 mm
    # ruled gutters, WenQuanYi Micro Hei titles across all three columns for four documents (the
    # columns above balanced; one a joint title of 3 units) and inside one narrow column for the
    # rest, the 文号 above every title (flush right, centred for four), 栏目 banners centred between
    # rules across the page (sections starting mid-page), one centred head (gazette + 期 + 总第N期)
    # over a rule and `- 3 -` in the outer foot corner, a 目录 of flex rows (title, 文号, leaders,
    # bare page), name lists (任免, a 协调委员会) wrapping in narrow columns, joint department
    # documents of 3 and 5 units, a 任免 without 文号, both public markers and none on two, dates
    # in 二〇 numerals for some and as printed for the others.
    'county-web-3col': dict(
        split='tuning', gazette='兴县人民政府公报', year=2022, issueNo=23, totalNo=25, published='2022-07-05',
        source='mixed',
        sections=[('一、国务院办公厅文件', ['govcn-36', 'govcn-60']),
                  ('二、国务院文件', ['govcn-46', 'govcn-39']),
                  ('三、县政府文件', ['xingxian-03', 'xingxian-11', 'xingxian-16', 'xingxian-26']),
                  ('四、部门联合发文', ['xingxian-31', 'xingxian-38']),
                  ('五、人事任免', ['xingxian-45', 'xingxian-42'])],
        joint={'31': 3, '38': 5}, nonumber=['45'], nomarker=['46', '42'], above_centre=['60', '11', '38', '42'],
        span=['36', '39', '16', '31'], public='both', cndates=['60', '03', '16', '31', '45'],
        number='above', dates='asis', renderers=['html']),
    # Added by the web3m session (tuning, a third sibling of the held-out city-web-3col's genre,
    # decided and written into README.md before the importer first read it): the held-out's
    # typography as its spec gives it (9.5 pt AR PL UMing in three columns with 4 mm ruled gutters,
    # WenQuanYi Zen Hei titles, red-ruled banners, a 目录 of flex rows with the 文号 under each
    # title and leaders to `第3页`, `第3页` in the outer foot corner), other texts than the two
    # probes': a 4-unit joint department document with a title over three lines across the page,
    # name lists (a 领导小组, 传承人, a 禁毒委员会) wrapping in 17-character columns, a 任免 without
    # 文号, both public markers, every date in 二〇 numerals.
    'city-web-3col-b': dict(
        split='tuning', gazette='临川市人民政府公报', year=2022, issueNo=9, totalNo=214, published='2022-09-20',
        source='mixed',
        sections=[('一、国务院文件', ['govcn-32', 'govcn-44']),
                  ('二、国务院办公厅文件', ['govcn-59', 'govcn-35']),
                  ('三、县（市、区）文件', ['xingxian-01', 'xingxian-15', 'xingxian-24', 'xingxian-20']),
                  ('四、部门联合发文', ['xingxian-33']),
                  ('五、人事任免', ['xingxian-44', 'xingxian-36'])],
        joint={'33': 4}, nonumber=['44'], span=['32', '35', '01', '33'], public='both',
        number='above', dates='cn', renderers=['html']),
    # Added by the web4 session (tuning, a fourth sibling of the held-out city-web-3col's genre,
    # decided and written into README.md before the importer first read it): city-web-3col-b's
    # typography (the held-out's as its spec gives it) with the traits its spec leaves open set
    # otherwise: titles inside a column at the renderer's default 13.5 pt (three or four lines in a
    # 17-character column), a name list right under a title across the page (54), a 4-unit joint
    # department document with a three-line title across the page and a 领导小组 list (37), a 任免
    # without 文号 in a narrow column (42) and another with its 文号 (45), a long 报告 (17) filling
    # columns across page breaks, both public markers, every date in 二〇 numerals.
    'county-web-3col-names': dict(
        split='tuning', gazette='兴县人民政府公报', year=2022, issueNo=17, totalNo=19, published='2022-10-12',
        source='mixed',
        sections=[('一、国务院文件', ['govcn-40', 'govcn-55']),
                  ('二、国务院办公厅文件', ['govcn-54', 'govcn-38']),
                  ('三、县（市、区）文件', ['xingxian-19', 'xingxian-13', 'xingxian-17', 'xingxian-06']),
                  ('四、部门联合发文', ['xingxian-37']),
                  ('五、人事任免', ['xingxian-42', 'xingxian-45'])],
        joint={'37': 4}, nonumber=['42'], span=['55', '54', '19', '37'], public='both',
        number='above', dates='cn', renderers=['html']),
    # Added by the web4 session (tuning, a fifth sibling of the held-out city-web-3col's genre, decided
    # and written into README.md before the importer first read it): county-web-3col-names' traits
    # placed otherwise: a spanning title (53) under a long document's balanced columns mid-page, a
    # name list (59) right under a banner and its title across the page, a 4-unit joint document
    # (40) whose three-line spanning title follows a column's foot and whose 领导小组 list runs in
    # narrow columns, the 任免 (44, no 文号; 36) in narrow columns at the issue's end.
    'city-web-3col-lists': dict(
        split='tuning', gazette='云州市人民政府公报', year=2022, issueNo=11, totalNo=260, published='2022-11-08',
        source='mixed',
        sections=[('一、国务院文件', ['govcn-57', 'govcn-53']),
                  ('二、国务院办公厅文件', ['govcn-59', 'govcn-37']),
                  ('三、县（市、区）文件', ['xingxian-02', 'xingxian-14', 'xingxian-25', 'xingxian-18']),
                  ('四、部门联合发文', ['xingxian-40']),
                  ('五、人事任免', ['xingxian-44', 'xingxian-36'])],
        joint={'40': 4}, nonumber=['44'], span=['53', '59', '14', '40'], public='both',
        number='above', dates='cn', renderers=['html']),
    # Added by the web4 session (tuning, a sixth sibling of the held-out city-web-3col's genre, decided
    # and written into README.md before the importer first read it): the 任免 without 文号 (42) last
    # in the issue, a 4-unit joint document (31) with a three-line title across the page.
    'county-web-3col-tail': dict(
        split='tuning', gazette='兴县人民政府公报', year=2022, issueNo=20, totalNo=22, published='2022-08-25',
        source='mixed',
        sections=[('一、国务院文件', ['govcn-15', 'govcn-44']),
                  ('二、国务院办公厅文件', ['govcn-12', 'govcn-17']),
                  ('三、县（市、区）文件', ['xingxian-03', 'xingxian-11', 'xingxian-26', 'xingxian-09']),
                  ('四、部门联合发文', ['xingxian-31']),
                  ('五、人事任免', ['xingxian-45', 'xingxian-42'])],
        joint={'31': 4}, nonumber=['42'], span=['44', '12', '11', '31'], public='both',
        number='above', dates='cn', renderers=['html']),
    # The performance case: a long two-column issue (about 60 pages), set like prov-2col-song.
    # Added by the probe4 session (s16, a blind probe of the held-out city-2col-midcol's genre, built
    # from its public row only, scored once before any fix, see README.md): a city issue of State
    # Council texts dated 1981–2006 (dates as printed, in Chinese numerals), the 文号 above every
    # title, titles inside one column, the real 转发 texts (20, 51, 50) with the forwarded report's
    # own title, addressee, signature and date.
    'city-xe-midcol-b': dict(
        split='tuning', gazette='沁川市人民政府公报', year=2019, issueNo=4, totalNo=205, published='2019-02-25',
        source='corpus',
        sections=[('一、国务院文件', ['40', '47', '46']),
                  ('二、国务院办公厅文件', ['20', '51', '50']),
                  ('三、国务院办公厅函件', ['43', '42', '48', '23', '27', '29'])],
        inner=['47', '20', '51', '50'], above_centre=['40', '48'], span=[],
        number='above', dates='asis', renderers=['tex']),
    'perf-2col-60p': dict(
        split='perf', style='prov-2col-song', gazette='江州省人民政府公报', year=2018, issueNo=23, totalNo=607,
        published='2018-12-10', source='corpus',
        sections=[('【国务院文件】', ['03', '15', '32', '39', '57', '55', '47']),
                  ('【国务院办公厅文件】', ['07', '09', '12', '13', '17', '34', '35', '36', '18', '37', '54', '56', '59', '60'])],
        number='under-paren', dates='asis', renderers=['tex']),
    # Added by the glyphs session: a county issue set the way 方正飞腾/书版 write their PDFs (every
    # glyph its own text operation at its own x, justified by spreading the glyphs, no spaces; each
    # page drawn in a seeded order that is not the reading order: render-pdfkit-glyphs.ts).
    'county-pdfkit-glyphs': dict(
        split='tuning', gazette='兴县人民政府公报', year=2022, issueNo=11, totalNo=13, published='2022-12-26',
        source='sample',
        sections=[('【县政府文件】', ['03', '13', '15', '19', '20', '24']),
                  ('【县政府办公室文件】', ['31', '40'])],
        number='under', dates='cn', renderers=['pdfkit-glyphs']),
    # Added by the pk1 session: the tuning sibling of the held-out city-pdfkit-inner (its genre, other
    # texts and options): pdfkit with its own line breaking, each line one text operation justified
    # by character spacing (render-pdfkit-1col.ts), one column on an A4 page, a three-column 目录
    # (title, 文号 column, `·3·`), ■ banners, `第3页 共31页` in the foot's outer corner.
    'county-pdfkit-1col': dict(
        split='tuning', gazette='兴县人民政府公报', year=2022, issueNo=14, totalNo=16, published='2022-07-08',
        source='mixed',
        sections=[('■ 县政府令 ■', ['govcn-58']),
                  ('■ 国务院文件 ■', ['govcn-44', 'govcn-55']),
                  ('■ 县政府文件 ■', ['xingxian-04', 'xingxian-19', 'xingxian-11']),
                  ('■ 部门联合发文 ■', ['xingxian-31']),
                  ('■ 县政府办公室文件 ■', ['xingxian-35', 'xingxian-40']),
                  ('■ 人事任免 ■', ['xingxian-42'])],
        decree={'58': dict(header='兴县人民政府令', number='第2号', signer='县长　王志强', issuer='兴县人民政府')},
        joint={'31': 4}, nonumber=['42'], above=['55', '40'], cndates=['19', '42'], atitles=True,
        number='under', dates='spaced', renderers=['pdfkit-1col']),
    # Added by the pk16 session: a second tuning sibling of city-pdfkit-inner (render-pdfkit-16k.ts): a
    # 16开 page, the 文号 column close to the titles, `（3）` pages, 〓栏目〓 banners, `3/21` in the foot's
    # inner corner, the 期 in the head's outer corner; texts neither county-pdfkit-1col nor the held-out prints.
    'county-pdfkit-16k': dict(
        split='tuning', gazette='兴县人民政府公报', year=2022, issueNo=9, totalNo=11, published='2022-07-20',
        source='mixed',
        sections=[('〓国务院文件〓', ['govcn-53']),
                  ('〓国务院办公厅文件〓', ['govcn-36']),
                  ('〓县政府文件〓', ['xingxian-02', 'xingxian-13', 'xingxian-26']),
                  ('〓部门联合发文〓', ['xingxian-33']),
                  ('〓县政府办公室文件〓', ['xingxian-32', 'xingxian-38']),
                  ('〓人事任免〓', ['xingxian-44'])],
        joint={'33': 3}, nonumber=['44'], above=['38'], cndates=['53', '13', '44'], atitles=True,
        number='under', dates='spaced', renderers=['pdfkit-16k']),
    # Added by the pk3 session: a third tuning sibling of city-pdfkit-inner (render-pdfkit-annex.ts): the
    # genre traits its spec lists that neither county-pdfkit-1col nor county-pdfkit-16k printed (a State
    # Council 函 with two attachments each under 附件N with its own two-line title, signature and date; an
    # attached 名单 as a ruled table with category rows across; a city decree; 宋体 Bold titles; ◇ banners;
    # `3/31` inner), with texts the held-out does not print.
    'city-pdfkit-annex': dict(
        split='tuning', gazette='澄溪市人民政府公报', year=2022, issueNo=8, totalNo=139, published='2022-08-10',
        source='mixed',
        sections=[('◇ 市政府令 ◇', ['govcn-58']),
                  ('◇ 国务院文件 ◇', ['govcn-46']),
                  ('◇ 国务院办公厅文件 ◇', ['govcn-25', 'govcn-54']),
                  ('◇ 区县政府文件 ◇', ['xingxian-16', 'xingxian-17']),
                  ('◇ 部门联合发文 ◇', ['xingxian-03']),
                  ('◇ 区县政府办公室文件 ◇', ['xingxian-34']),
                  ('◇ 人事任免 ◇', ['xingxian-37'])],
        decree={'58': dict(header='澄溪市人民政府令', number='第7号', signer='市长　林国栋', issuer='澄溪市人民政府')},
        attach={'25': ['govcn-20', 'govcn-51']}, roster=['54'],
        joint={'03': 5}, nonumber=['37'], cndates=['54', '16', '37'], atitles=True,
        number='under', dates='spaced', renderers=['pdfkit-annex']),
    # Added by the nh session (s20, a blind probe of the held-out city-web-3col's genre, built from its
    # public row only, decided and written into README.md before the importer first read it): the
    # genre's typography (9.5 pt AR PL UMing in three columns, 4 mm ruled gutters, WenQuanYi Zen Hei
    # titles, red-ruled banners, `第3页` in the outer foot corner) with tighter leading and margins,
    # and texts the earlier probes use least: the State Council's 工作规则 notice (47) and 个税 办法
    # (32, its chapters), the 大督查 通报 (56, 135 short paragraphs) and a two-paragraph 复函 (24); four
    # county texts of which three are one- to three-paragraph 函 (22, 23, 25) stacked in narrow
    # columns; the 地质灾害防治方案 (34) issued jointly by 4 county units (a three-line title across
    # the page); two 领导小组 name lists under 人事任免, the first (37) without 文号.
    'city-web-3col-c': dict(
        split='tuning', gazette='枫江市人民政府公报', year=2022, issueNo=12, totalNo=233, published='2022-10-18',
        source='mixed',
        sections=[('一、国务院文件', ['govcn-47', 'govcn-32']),
                  ('二、国务院办公厅文件', ['govcn-56', 'govcn-24']),
                  ('三、县（市、区）文件', ['xingxian-04', 'xingxian-22', 'xingxian-23', 'xingxian-25']),
                  ('四、部门联合发文', ['xingxian-34']),
                  ('五、人事任免', ['xingxian-37', 'xingxian-36'])],
        joint={'34': 4}, nonumber=['37'], span=['47', '56', '04', '34'], public='both',
        number='above', dates='cn', renderers=['html']),
    # Added by the nh session (s20, a blind probe of the held-out city-docx-span's genre, built from its
    # public row only, decided and written into README.md before the importer first read it): a
    # Word-born city issue in two justified columns of Noto Serif CJK, a centred 黑体 banner across the
    # page opening each 栏目, Fandol Hei titles across both columns for four documents (continuous
    # section breaks balance the columns above) and inside one column for the rest, the 文号 in
    # brackets in 楷体 under each title, alternating heads over a rule (the gazette alone on odd pages),
    # `·3·` outer; other texts than the held-out's: two State Council office texts (09, 42), four county
    # 发 and 函 (02, 14, 06, 01: three without an addressee line), the 清洁取暖 方案 (30) issued jointly
    # by 3 county units, the 厕所革命 方案 (32) with its 17-row ruled table inside a column, 38's 执法主体
    # list, a 领导组 name list (45) without 文号; （此件主动公开） for about half, dates with ○ for zero
    # but for two printed with 〇.
    'city-docx-span-b': dict(
        split='tuning', gazette='渠阳市人民政府公报', year=2022, issueNo=7, totalNo=158, published='2022-07-26',
        source='mixed',
        sections=[('一、国务院办公厅文件', ['govcn-09', 'govcn-42']),
                  ('二、县（市、区）政府文件', ['xingxian-02', 'xingxian-14', 'xingxian-06', 'xingxian-01']),
                  ('三、部门联合发文', ['xingxian-30']),
                  ('四、县（市、区）政府办公室文件', ['xingxian-32', 'xingxian-38']),
                  ('五、人事任免', ['xingxian-45'])],
        joint={'30': 3}, nonumber=['45'], span=['09', '02', '30', '32'], public='zhudong', cndates=['02', '38'],
        number='under-paren', dates='cn-circle', renderers=['docx']),
    # Added by the nh session (s21, a blind probe of the held-out prov-xe-unbal's genre, built from its
    # public row only, written into README.md before the importer first read it): a provincial issue
    # (沅江省, invented) in XeLaTeX, the body in two columns never balanced, each 栏目 on a new page, a
    # provincial decree with its regulation, the 文号 centred above each title, the 目录 over two
    # pages; texts the probes before use least: State Council 03 and 15, office 07, 51 (a 1997 转发,
    # its dates in numerals) and 34, the 2006 答复 函 27, 29 and 26 and the 2005 复函 25 (dates as printed).
    'prov-xe-unbal-b': dict(
        split='tuning', gazette='沅江省人民政府公报', year=2019, issueNo=3, totalNo=447, published='2019-02-12',
        source='corpus',
        sections=[('一、省政府令', ['58']), ('二、国务院文件', ['03', '15']),
                  ('三、国务院办公厅文件', ['07', '51', '34']),
                  ('四、国务院办公厅函件', ['27', '29', '26', '25'])],
        decree={'58': dict(header='沅江省人民政府令', number='第287号', signer='省长　韩立钧', issuer='沅江省人民政府')},
        number='above-centre', dates='asis', renderers=['tex']),
    # Added by the mp session (s23, a tuning probe of the held-out county-web-masthead genre, built
    # from its public README row only): a county issue (岚漪政报, invented) printed by Chromium
    # (render_html_nl.py), every document on a new page under its own red masthead: the State
    # Council's 国务院办公厅文件 / 国务院文件, 函 under the bare 兴县人民政府 / 兴县人民政府办公室 over a
    # double rule, a joint document's 3 units (ours) stacked beside one 文件; the 目录 a ruled grid;
    # texts neither held-out issue prints; 37's member list set as a ruled table; 38 (公告) and 45
    # (任免) without 文号; dates in 二〇 numerals.
    'county-web-masthead-t': dict(
        split='tuning', gazette='岚漪政报', year=2022, issueNo=4, totalNo=29, published='2022-07-08',
        source='mixed', style='county-web-masthead-t',
        sections=[('一、上级文件', ['govcn-12', 'govcn-40']),
                  ('二、县政府函件', ['xingxian-06', 'xingxian-19', 'xingxian-24']),
                  ('三、部门联合发文', ['xingxian-31']),
                  ('四、县政府办公室文件', ['xingxian-27']),
                  ('五、县政府办公室函件', ['xingxian-37']),
                  ('六、公告', ['govcn-38']),
                  ('七、人事任免', ['xingxian-45'])],
        joint={'31': 3}, joint_units=[('兴县水务管理中心', '兴水务发'), ('兴县生态环境局', '兴环发'), ('兴县城市管理局', '兴城管发')],
        nonumber=['38', '45'], plan_titles=['27', '31'], members=['37'],
        number='masthead', dates='cn', renderers=['htmlnl']),
    # Added by the mu session (s24, a blind tuning probe of the held-out county-web-masthead-b, built
    # from its public README row only): a city 公报 (岚州市, invented) in render_html_nl.py's look, 栏目
    # named with brackets (县（市、区）), a 兴政办函 shown as issued jointly by 2 county units, the
    # 组成人员 list of a 国办函 set as its attached 名单 (a ruled table on its own page), a 函 under
    # 五、公告 and a name list under 六、人事任免 without 文号, dates with ○ for zero; texts neither
    # held-out masthead issue nor county-web-masthead-t prints.
    'county-web-masthead-u': dict(
        split='tuning', gazette='岚州市人民政府公报', year=2022, issueNo=9, totalNo=135, published='2022-09-15',
        source='mixed', style='county-web-masthead-u',
        sections=[('一、县（市、区）政府文件', ['xingxian-17', 'xingxian-11']),
                  ('二、县（市、区）政府函件', ['xingxian-16', 'xingxian-20', 'xingxian-26']),
                  ('三、部门联合发文', ['xingxian-36']),
                  ('四、县（市、区）政府办公室文件', ['xingxian-28', 'govcn-59']),
                  ('五、公告', ['xingxian-23']),
                  ('六、人事任免', ['govcn-54'])],
        joint={'36': 2}, joint_units=[('兴县财政局', '兴财发'), ('兴县审计局', '兴审发')],
        roster=['59'], plan_titles=['28'], nonumber=['23', '54'], number='masthead-doc', dates='cn-circle',
        renderers=['htmlnl']),
}
# The tb session's blind probe (s25) of the two-column 目录 with the 文号 under each title (see README.md).
LAYOUTS['city-xe-toc2fang'] = dict(
    split='tuning', gazette='沅陵市人民政府公报', year=2022, issueNo=9, totalNo=171, published='2022-07-15',
    source='mixed',
    sections=[('【国务院文件】', ['govcn-15', 'govcn-53', 'govcn-39']),
              ('【国务院办公厅文件】', ['govcn-12', 'govcn-37', 'govcn-60']),
              ('【县（市、区）政府文件】', ['xingxian-04', 'xingxian-31', 'xingxian-36']),
              ('【国务院办公厅函件】', ['govcn-42', 'govcn-43'])],
    number='under-paren', dates='cn', renderers=['tex'])
# Its second build (not blind): a city issue, the 文号 bare under each title with the page on its line.
LAYOUTS['city-xe-toc2fang-b'] = dict(
    split='tuning', gazette='沅江市人民政府公报', year=2019, issueNo=1, totalNo=512, published='2019-01-10',
    source='corpus',
    sections=[('【国务院文件】', ['57', '46', '55']), ('【国务院办公厅文件】', ['07', '35', '36', '17']),
              ('【国务院办公厅函件】', ['21', '23', '24', '31']), ('【人事任免】', ['59'])],
    nonumber=['59'], number='under', dates='cn', renderers=['tex'])
# Its third build (not blind: found on a scratch copy after the first fixes): city-xe-bandfang's public typography
# (11 pt 仿宋 in the body and the 目录, 简报宋 titles, letter-spaced bands, the 文号 flush right) with other texts.
LAYOUTS['city-xe-toc2fang-c'] = dict(LAYOUTS['city-xe-toc2fang'], gazette='沅水市人民政府公报', totalNo=172, number='under-right-paren',
    sections=[('【国务院文件】', ['govcn-53']), ('【国务院办公厅文件】', ['govcn-12', 'govcn-36', 'govcn-37']),
              ('【国务院办公厅函件】', ['govcn-21', 'govcn-24', 'govcn-31']), ('【县（市、区）文件】', ['xingxian-16', 'xingxian-04']),
              ('【县（市、区）政府办公室文件】', ['xingxian-36'])],
    above=['37', '16'], public='zhudong', dates='cn-circle')
# The tf session's blind probe (s26): a two-column 目录 listing a decree twice, a joint entry's four units running
# on over lines, its right column opening with a 栏目; the body one two-column flow with a 文号 and a 栏目 banner
# at the top of a right column (see README.md).
LAYOUTS['city-xe-toc2dec'] = dict(
    split='tuning', gazette='澧阳市人民政府公报', year=2022, issueNo=5, totalNo=88, published='2022-07-20',
    source='mixed',
    sections=[('【市政府令】', ['govcn-58']), ('【国务院文件】', ['govcn-15', 'govcn-39']),
              ('【国务院办公厅文件】', ['govcn-07', 'govcn-35']), ('【部门联合发文】', ['xingxian-40']),
              ('【市政府办公室文件】', ['xingxian-38', 'xingxian-45']), ('【国务院办公厅函件】', ['govcn-43', 'govcn-24'])],
    decree={'58': dict(header='澧阳市人民政府令', number='第9号', signer='市长　程远航', issuer='澧阳市人民政府')},
    joint={'40': 4}, joint_units=[('澧阳市人力资源和社会保障局', '澧人社发'), ('澧阳市发展和改革委员会', '澧发改发'),
                                  ('澧阳市住房和城乡建设局', '澧住建发'), ('澧阳市市场监督管理局', '澧市监发')],
    above=['35', '45'], colbreak=['35'], toc_colbreak_section='【部门联合发文】', body_colbreak_sections=['【市政府办公室文件】'],
    number='under-paren', dates='cn', renderers=['tex'])
# Its second build (blind, s26): the 文号 bare under each title with the leaders to `·3·` on it, body in two columns per 栏目.
LAYOUTS['city-xe-toc2dec-b'] = dict(
    split='tuning', gazette='澧州市人民政府公报', year=2022, issueNo=6, totalNo=95, published='2022-08-10',
    source='mixed',
    sections=[('【市政府令】', ['govcn-58']), ('【国务院文件】', ['govcn-57', 'govcn-53']),
              ('【国务院办公厅文件】', ['govcn-12', 'govcn-37']), ('【部门联合发文】', ['xingxian-31']),
              ('【市政府办公室文件】', ['xingxian-30', 'xingxian-13']), ('【国务院办公厅函件】', ['govcn-21', 'govcn-23']),
              ('【人事任免】', ['xingxian-44'])],
    decree={'58': dict(header='澧州市人民政府令', number='第4号', signer='市长　贺云峰', issuer='澧州市人民政府')},
    joint={'31': 4}, joint_units=[('澧州市财政局', '澧财发'), ('澧州市农业农村局', '澧农发'), ('澧州市水利局', '澧水发'),
                                  ('澧州市生态环境局', '澧环发')],
    nonumber=['44'], number='under', dates='cn', renderers=['tex'])
# The hon session's blind probes (s27) of the decree rule's misfires: the decree listed once with 任免 without 文号
# after it in the 目录; the decree listed twice with its regulation opening the next page (see README.md).
LAYOUTS['city-xe-toc2dec-c'] = dict(
    split='tuning', gazette='澧源市人民政府公报', year=2022, issueNo=7, totalNo=96, published='2022-09-05',
    source='mixed', style='city-xe-toc2dec-b',
    sections=[('【市政府令】', ['govcn-58']), ('【人事任免】', ['xingxian-42', 'xingxian-37']),
              ('【国务院文件】', ['govcn-15']), ('【市政府办公室文件】', ['xingxian-30'])],
    decree={'58': dict(header='澧源市人民政府令', number='第6号', signer='市长　邹明川', issuer='澧源市人民政府', listed='once')},
    nonumber=['42', '37'], number='under', dates='cn', renderers=['tex'])
LAYOUTS['city-xe-toc2dec-d'] = dict(
    split='tuning', gazette='澧泉市人民政府公报', year=2022, issueNo=8, totalNo=97, published='2022-10-10',
    source='mixed', style='city-xe-toc2dec-b',
    sections=[('【市政府令】', ['govcn-58']), ('【人事任免】', ['xingxian-44']),
              ('【国务院办公厅文件】', ['govcn-12']), ('【市政府办公室文件】', ['xingxian-13'])],
    decree={'58': dict(header='澧泉市人民政府令', number='第2号', signer='市长　沈嘉禾', issuer='澧泉市人民政府', regpage=True)},
    nonumber=['44'], number='under', dates='cn', renderers=['tex'])
# Added by the nu session (s35, two unseen tuning siblings of the held-out city-web-3col and
# county-docx-2col, written into README.md before the importer read them, first scored before any
# fix). A city issue in three CSS columns of 10 pt Fandol Song (dotted column rule, 6 mm gutters),
# bold Noto Serif titles across the page for three documents and inside a column for the rest, the
# 文号 centred under most titles and flush right above two, two tables inside a column (35's form,
# 15's list) and a 领导小组 set as a ruled table (42), a 2-unit joint document, a 任免 without 文号,
# （此件主动公开） on about half, dates as printed for most.
LAYOUTS['city-web-3col-song'] = dict(
    split='tuning', gazette='沅陵市人民政府公报', year=2022, issueNo=10, totalNo=177, published='2022-10-25',
    source='mixed',
    sections=[('一、国务院文件', ['govcn-03', 'govcn-53']),
              ('二、国务院办公厅文件', ['govcn-13', 'govcn-25', 'govcn-43']),
              ('三、县（市、区）文件', ['xingxian-35', 'xingxian-09', 'xingxian-15']),
              ('四、部门联合发文', ['xingxian-30']),
              ('五、人事任免', ['xingxian-44', 'xingxian-42'])],
    joint={'30': 2}, nonumber=['44'], span=['03', '13', '30'], above=['25', '15'], members=['42'],
    public='zhudong', cndates=['35', '09', '30', '42'], number='under', dates='asis', renderers=['html'])
# A county Word issue in two JUSTIFIED columns of 10.5 pt Fandol Song (no column rule, a 0.9 cm
# gutter), each 栏目 opening with a centred banner across the page, Fandol Hei titles across both
# columns for two documents and inside one column for the rest, the 文号 above every title (flush
# right; centred for two), manual column breaks before two documents' 文号, balanced columns after
# one, 32's 17-row task table and 37's 领导小组 as a ruled name table inside a column, joint
# documents of 4 and 2 units, a document without 文号, both public markers, 二〇 dates, the 目录's
# 文号 on a line under each title.
LAYOUTS['county-docx-2col-j'] = dict(
    split='tuning', gazette='兴县人民政府公报', year=2022, issueNo=22, totalNo=24, published='2022-12-20',
    source='sample',
    sections=[('县政府文件', ['02', '11', '16', '20', '06']), ('部门文件', ['34', '30']),
              ('县政府办公室文件', ['32', '37', '44'])],
    joint={'34': 4, '30': 2}, nonumber=['44'], public='both', above_centre=['11', '30'], span=['02', '34'],
    colbreak=['16', '37'], balance=['20'], members=['37'], number='above', dates='cn', renderers=['docx'])
# The tf session's sweep of the two-column-目录 genre (s27): the variants kept as fixtures (sweep_toc2.py).
LAYOUTS.update(sweep_layouts(LAYOUTS, SWEEP_COMMITTED))
# The sw1 session's sweep of the one-column city issue (s28): the variants kept as fixtures (sweep_one.py).
LAYOUTS.update(one_layouts(ONE_COMMITTED))
# The sw3 session's second one-column sweep (s29): the variants kept as fixtures (sweep_one2.py).
LAYOUTS.update(one2_layouts(ONE2_COMMITTED))
# The swp session's sweep of the provincial genre (s28): the variants kept as fixtures (sweep_prov.py).
LAYOUTS.update(prov_layouts(PROV_COMMITTED))
# The sw4 session's provincial sweep, round 2 (s29): the variants kept as fixtures (sweep_prov2.py).
LAYOUTS.update(prov2_layouts(PROV2_COMMITTED))
# The sw5 session's third sweep (s31), the 目录's own type: the variants kept as fixtures (sweep_one3.py, sweep_prov3.py).
LAYOUTS.update(one3_layouts(ONE3_COMMITTED))
LAYOUTS.update(prov3_layouts(PROV3_COMMITTED))
# The sw2 session's sweep of the Word-born two-column genre (s28): the variants kept as fixtures (sweep_docx.py).
LAYOUTS.update(docx_sweep_layouts(DOCX_SWEEP_COMMITTED))
# The s41 sweep of the Chromium three-column genre: the variants kept as fixtures (sweep_web3.py).
LAYOUTS.update(web3_layouts(WEB3_COMMITTED))
# The text-swap sweep (s43-s47): the variants kept as fixtures, built from their tuning layouts here
# (sweep_swap.py; swapped() reads this module's LAYOUTS and documents, passed as a namespace).
LAYOUTS.update(swap_layouts(types.SimpleNamespace(LAYOUTS=LAYOUTS, corpus_documents=corpus_documents, sample_documents=sample_documents)))
LAYOUTS.update(HELD_LAYOUTS)  # the newheld session's held-out issues (issues_held.py)
LAYOUTS.update(NL_LAYOUTS)  # the nl session's held-out issues (issues_nl.py)
LAYOUTS.update(NX_LAYOUTS)  # the nx session's held-out issue (issues_nx.py)


def arrange_joint(rec: dict, n: int, layout: str, units: list = None) -> dict:
    """Our arrangement: the real text issued jointly by n county units (or the layout's own units,
    its 文号 then of the document's year), signatures stacked."""
    year = rec['date'][:4] if units else '2022'
    units = (units or JOINT_UNITS)[:n]
    rec['issuers'] = [u for u, _ in units]
    serial = 3 + sum(ord(c) for c in layout + rec['key']) % 40
    rec['docNumber'] = f'{units[0][1]}〔{year}〕{serial}号'
    blocks = []
    for b in rec['blocks']:
        if b['kind'] == 'sign' and not any(x['kind'] == 'date' for x in blocks):
            blocks.extend({'kind': 'sign', 'text': u} for u in rec['issuers'])
        else:
            blocks.append(b)
    rec['blocks'] = blocks
    return rec


def arrange_town(rec: dict, town: tuple, layout: str) -> dict:
    """Our arrangement: the real county text shown as issued by a town of the county (its 文号 ours)."""
    name, prefix = town
    rec['issuers'] = [name]
    serial = 3 + sum(ord(c) for c in layout + rec['key']) % 40
    rec['docNumber'] = f'{prefix}〔2022〕{serial}号'
    for b in rec['blocks']:
        if b['kind'] == 'sign':
            b['text'] = name
    return rec


def arrange_decree(rec: dict, d: dict) -> dict:
    """Our arrangement: the real decree and regulation, promulgated by a province's decree."""
    rec['decree'] = {'header': d['header'], 'number': d['number'], 'signer': d['signer'],
                     # listed 'once': the 目录 lists the decree alone; regpage: the regulation's title opens the next page
                     'listed': d.get('listed', 'twice'), 'regpage': d.get('regpage', False)}
    rec['docNumber'] = f"{d['header']} {d['number']}"
    rec['issuers'] = [d['issuer']]
    signs = [b for b in rec['blocks'] if b['kind'] == 'sign']
    signs[0]['text'] = d['signer']
    return rec


def arrange_forward(rec: dict, fw: dict) -> dict:
    """Our arrangement: the province forwards the State Council's document, as provincial gazettes
    print a 转发: its own short notice (recipients, one sentence, signature, date, public marker),
    then the forwarded document with its own title, 文号, signature and date. The province's
    notice is the document: its 文号, issuer and date; every printed line is a paragraph."""
    inner_title = rec['issuers'][0] + rec['title']
    y, m, d = (int(x) for x in fw['date'].split('-'))
    title = '转发' + inner_title + ('' if inner_title.endswith('通知') else '的通知')
    intro = f"现将《{inner_title}》（{rec['docNumber']}）转发给你们，请结合实际认真贯彻执行。"
    inner = [dict(b, kind='p') if b['kind'] == 'recipients' else b for b in rec['blocks']]
    rec['blocks'] = [{'kind': 'recipients', 'text': fw['recipients']}, {'kind': 'p', 'text': intro},
                     {'kind': 'sign', 'text': fw['issuer']}, {'kind': 'date', 'text': f'{y}年{m}月{d}日'},
                     {'kind': 'note', 'text': '（此件公开发布）'},
                     {'kind': 'atitle', 'text': inner_title}, {'kind': 'anumber', 'text': rec['docNumber']}] + inner
    rec.update(issuers=[fw['issuer']], title=title, docNumber=f"{fw['prefix']}〔{y}〕{fw['serial']}号",
               date=fw['date'], recipients=fw['recipients'], public=True)
    return rec


def mark_attachment_titles(blocks: list) -> None:
    """The short lines right after an 附件N heading are the attachment's own title (printed as one)."""
    for i, b in enumerate(blocks):
        if b['kind'] == 'h' and re.fullmatch(r'附件\d*', b['text']):
            j = i + 1
            while j < len(blocks) and blocks[j]['kind'] == 'p' and len(blocks[j]['text']) < 30 \
                    and not re.search(r'[。：；，]', blocks[j]['text']):
                blocks[j]['kind'] = 'atitle'
                j += 1


STATE_CC = '抄送：党中央各部门，中央军委办公厅，全国人大常委会办公厅，全国政协办公厅，国家监委，最高人民法院，最高人民检察院，各民主党派中央。'
COUNTY_CC = '抄送：县委各部门，县人大常委会办公室，县政协办公室，县法院，县检察院。'


def arrange_banji(rec: dict, printer: str, cc: str) -> dict:
    """Our arrangement: the document keeps its 版记 at its end (after attachments and the public
    marker), as the issued document prints it: the 抄送 line, then the printing office and the
    印发 date (two days after the 成文日期). Both lines are paragraphs of the document."""
    import datetime
    printed = datetime.date.fromisoformat(rec['date']) + datetime.timedelta(days=2)
    rec['blocks'] = rec['blocks'] + [
        {'kind': 'cc', 'text': cc},
        {'kind': 'printed', 'text': f'{printer}　　{printed.year}年{printed.month}月{printed.day}日印发'}]
    return rec


TASK_RE = re.compile(r'^(\d{1,2})\.\s*(\S.*)$')
DUTY_RE = re.compile(r'^责任单位\s*[:：]\s*(.+)$')


def arrange_task_table(rec: dict) -> dict:
    """Our arrangement: the plan's numbered tasks (number, name, first sentence, 责任单位 line) set
    again as an attached 任务分工表 at the document's end, its cells taken from the document's text."""
    blocks, rows = rec['blocks'], []
    for i, b in enumerate(blocks):
        m = TASK_RE.match(b['text'])
        duty = next((DUTY_RE.match(x['text']) for x in blocks[i + 1:i + 4] if DUTY_RE.match(x['text'])), None)
        if m and duty and i + 1 < len(blocks):
            first = re.match(r'^[^。；;]*[。；;]', blocks[i + 1]['text'])
            rows.append('\t'.join([m.group(1), m.group(2), first.group(0) if first else blocks[i + 1]['text'], duty.group(1)]))
    title = rec['title'].removeprefix('关于印发').removesuffix('的通知')
    rec['blocks'] = blocks + [
        {'kind': 'h', 'text': '附件'},
        {'kind': 'atitle', 'text': f'{title}重点任务分工表'},
        {'kind': 'table', 'text': '序号\t重点任务\t主要内容\t责任单位'},
    ] + [{'kind': 'table', 'text': r} for r in rows]
    return rec


def arrange_annex(rec: dict, items: list) -> dict:
    """Our arrangement: the 附件说明 a 公文 prints before its signature (附件：1．… / 2．… under it)."""
    lines = [f'{i + 1}．{t}' if len(items) > 1 else t for i, t in enumerate(items)]
    lines[0] = '附件：' + lines[0]
    at = next(i for i, b in enumerate(rec['blocks']) if b['kind'] == 'sign')
    rec['blocks'][at:at] = [{'kind': 'annex', 'text': t} for t in lines]
    return rec


def attached_report(rec: dict) -> list:
    """The report a 转发 prints after its notice: its two-line title, its addressee, body, signature and date."""
    bs = rec['blocks']
    first_date = next(i for i, b in enumerate(bs) if b['kind'] == 'date')
    part = [b for b in bs[first_date + 1:] if b['text'] != '（本文有删减）']
    return [dict(b, kind='atitle') if i < 2 else dict(b) for i, b in enumerate(part)]


def arrange_attachments(rec: dict, parts: list, pool: dict) -> dict:
    """Our arrangement: a 函 that sends reports along prints them as its attachments: the 附件说明
    before its signature (附件：1．… / 2．…), then each under `附件N` with its own two-line title,
    addressee, body, signature and date (as printed). Every line is a paragraph of the 函."""
    reports = [attached_report(pool[k]) for k in parts]
    titles = [a[0]['text'] + a[1]['text'] for a in reports]
    rec = arrange_annex(rec, titles)
    for b in rec['blocks']:  # set as a source's 附件说明 reads: the 附件： line a heading, the items under it
        if b['kind'] == 'annex':
            b['kind'] = 'h' if b['text'].startswith('附件') else 'p'
    for n, blocks in enumerate(reports, 1):
        rec['blocks'] += [{'kind': 'h', 'text': f'附件{n}'}] + blocks
    return rec


ROSTER_RE = re.compile(r'^(?:([^：\s]{1,3}[\s　]*[^：\s]?)：)?(\S{1,2}[\s　]?\S{1,2}?)[\s　]{2,}(\S.*)$')


def arrange_roster(rec: dict) -> dict:
    """Our arrangement: a notice's 组成人员 list set as its attached 名单 instead, a ruled table (姓名 |
    职务) with a category row across for each post (主任、副主任…) and each （一）… group; the notice
    keeps its other lines. The table's rows are the document's paragraphs (cells joined by a tab)."""
    body, rows, cat = [], [], None
    title = rec['title'].removeprefix('关于调整').removesuffix('的通知')
    for b in rec['blocks']:
        m = ROSTER_RE.match(b['text']) if b['kind'] == 'p' else None
        if b['kind'] == 'h' and b['text'].startswith('（'):
            rows.append(re.sub(r'^（[一二三四五六七八九十]+）', '', b['text']) + '\t')
            continue
        if b['kind'] == 'p' and re.fullmatch(r'\S{1,2}[\s　]*\S{0,2}：', b['text']):  # `委  员：` over its groups
            continue
        if m:
            post = m.group(1)
            if post:
                cat = re.sub(r'[\s　]', '', post)
                rows.append(cat + '\t')
            rows.append(m.group(2).replace(' ', '　') + '\t' + m.group(3))
            continue
        body.append(b)
    at = next(i for i, b in enumerate(body) if b['kind'] == 'sign')
    body[at:at] = [{'kind': 'h', 'text': f'附件：{title}名单'}]
    rec['blocks'] = body + [{'kind': 'h', 'text': '附件'}, {'kind': 'atitle', 'text': f'{title}名单'},
                            {'kind': 'table', 'text': '姓　名\t职　务'}] + [{'kind': 'table', 'text': r} for r in rows]
    return rec


MEMBER_RE = re.compile(r'^(?:(\S{1,2}[\s　]?\S{1,2})：)?(\S[\s　]\S|\S{2,3})[\s　]+(\S{4,40})$')


def arrange_members(rec: dict) -> dict:
    """Our arrangement: a 领导小组's member lines (`组 长：梁文壮 县委副书记、政府县长`, then `张建华
    县委宣传部…`) set where they stand as a ruled table (姓名 | 单位及职务, a row across for each post). The table's rows are
    the document's paragraphs (cells joined by a tab), its head row included."""
    out, started = [], False
    for b in rec['blocks']:
        m = MEMBER_RE.match(b['text']) if b['kind'] == 'p' and not re.search(r'[。；，]', b['text']) else None
        if m and (m.group(1) or started):
            if not started:
                out.append({'kind': 'table', 'text': '姓　名\t单位及职务'})
                started = True
            if m.group(1):  # a row across for each post (组长、副组长、成员)
                out.append({'kind': 'table', 'text': re.sub(r'[\s　]', '', m.group(1)) + '\t'})
            out.append({'kind': 'table', 'text': m.group(2).replace(' ', '　') + '\t' + m.group(3)})
            continue
        out.append(b)
    rec['blocks'] = out
    return rec


def banji_lines(rec: dict) -> list:
    """Our arrangement: the 版记 under a 公文 (抄送 line, printing office and its 印发 date, two days
    after the document's date). Printed, never a paragraph of the truth."""
    from datetime import date, timedelta
    d = date.fromisoformat(rec['date']) + timedelta(days=2)
    office = '兴县人民政府办公室'
    return ['抄送：县委办，县人大办，县政协办，县法院，县检察院。', f'{office}\t{d.year}年{d.month}月{d.day}日印发']


def mark_inner(rec: dict) -> dict:
    """The forwarded (or attached) text a 转发 prints after its notice's date, as the source has it:
    its own title lines (short, no sentence punctuation) centred, a line wholly in brackets under
    them (`（民政部　一九九七年一月二十八日）`) centred, its addressee (`国务院：`) flush left. Only how
    they are printed changes: every line stays a paragraph of the document."""
    bs = rec['blocks']
    i = next(i for i, b in enumerate(bs) if b['kind'] == 'date') + 1
    while i < len(bs) and bs[i]['text'] == '（本文有删减）':
        i += 1
    n = 0
    while i < len(bs) and n < 3 and bs[i]['kind'] == 'p' and len(bs[i]['text']) < 30 \
            and not re.search(r'[。，；：]', bs[i]['text']) and not bs[i]['text'].startswith('（'):
        bs[i]['kind'] = 'atitle'
        i, n = i + 1, n + 1
    if i < len(bs) and re.fullmatch(r'（[^（）]+）', bs[i]['text']):
        bs[i]['kind'] = 'anumber'
        i += 1
    if i < len(bs) and bs[i]['text'].endswith('：') and len(bs[i]['text']) < 40:
        bs[i]['kind'] = 'recipients'
    return rec


def restyle(rec: dict, opts: dict, layout: str, pool: dict = None) -> dict:
    rec = copy.deepcopy(rec)
    key = rec['key'].split('-')[1]
    if key in opts.get('decree', {}):
        rec = arrange_decree(rec, opts['decree'][key])
    if opts.get('atitles'):
        mark_attachment_titles(rec['blocks'])
    if key in opts.get('forward', {}):
        rec = arrange_forward(rec, opts['forward'][key])
    if key in opts.get('inner', []):
        rec = mark_inner(rec)
    if key in opts.get('plan_titles', []):  # the attached plan's title line (after the public note) set as a title
        bs = rec['blocks']
        at = next(i for i, b in enumerate(bs) if b['kind'] == 'note') + 1
        if at < len(bs) and bs[at]['kind'] == 'p' and len(bs[at]['text']) < 40 and not re.search(r'[。，；：]', bs[at]['text']):
            bs[at]['kind'] = 'atitle'
    if key in opts.get('towns', {}):
        rec = arrange_town(rec, opts['towns'][key], layout)
    if key in opts.get('joint', {}):
        rec = arrange_joint(rec, opts['joint'][key], layout, opts.get('joint_units'))
    if key in opts.get('tasks', []):
        rec = arrange_task_table(rec)
    if key in opts.get('annex', {}):
        rec = arrange_annex(rec, opts['annex'][key])
    if key in opts.get('attach', {}):
        rec = arrange_attachments(rec, opts['attach'][key], pool)
    if key in opts.get('roster', []):
        rec = arrange_roster(rec)
    if key in opts.get('members', []):
        rec = arrange_members(rec)
    if key in opts.get('signer', {}):  # a 上行文: the 文号 at the left, the 签发人 at the right
        rec['signer'] = opts['signer'][key]
        rec['numberAt'] = 'signer'
    if opts.get('banji') is True:  # every document prints a 版记 (not a paragraph)
        rec['banji'] = banji_lines(rec)
    if isinstance(opts.get('banji'), dict) and key in opts['banji']:  # these keep theirs as paragraphs
        rec = arrange_banji(rec, opts['banji'][key], STATE_CC if rec['issuers'][0].startswith('国务院') else COUNTY_CC)
    if key in opts.get('nomarker', []):  # printed without any public marker
        rec['blocks'] = [b for b in rec['blocks'] if b['kind'] != 'note']
        rec['public'] = False
    rec['repeatHead'] = key in opts.get('repeat_head', [])
    if key in opts.get('nonumber', []):
        rec['docNumber'] = None
    if key in opts.get('above', []):  # this document prints its 文号 above the title
        rec['numberAt'] = 'above'
    if key in opts.get('masthead', []):  # this document under a red masthead `××文件` with its 文号
        rec['numberAt'] = 'masthead'
    if key in opts.get('above_centre', []):  # its 文号 centred above the title (the others flush right)
        rec['numberAt'] = 'above-centre'
    rec['colbreak'] = key in opts.get('colbreak', [])  # Word: a manual column break before its 文号
    rec['balance'] = key in opts.get('balance', [])  # Word: a continuous break after it balances the columns
    if 'span' in opts:  # titles across both columns for these, inside one column for the rest
        rec['span'] = key in opts['span']
    first_date = True
    for b in rec['blocks']:
        if b['kind'] == 'date' and first_date:
            first_date = False
            style = 'cn' if key in opts.get('cndates', []) else opts['dates']  # per document
            if re.match(r'^\d{4}', b['text']) and style != 'asis':
                b['text'] = style_date(rec['date'], style)
        picked = key in opts['public_on'] if 'public_on' in opts else hash_pick(rec['key'], opts.get('public'))
        if b['kind'] == 'note' and opts.get('public') in PUBLIC_TEXT and picked:  # public_on: these, not a hash's half
            b['text'] = PUBLIC_TEXT[opts['public']]
    return rec


# The public marker printed instead of （此件公开发布）: for every document ('attr') or about half.
PUBLIC_TEXT = {'attr': '公开属性：主动公开', 'both': '公开属性：主动公开', 'zhudong': '（此件主动公开）',
               'fangshi': '公开方式：主动公开', 'xuanxiang': '信息公开选项：主动公开'}


def hash_pick(key: str, mode: str) -> bool:
    return mode == 'attr' or sum(map(ord, key)) % 2 == 0


def section_name(heading: str) -> str:
    name = re.sub(r'^[一二三四五六七八九十]+、', '', heading.strip('【】◆▲■◇〓 '))
    return re.sub(r'^(（[一二三四五六七八九十]+）|第[一二三四五六七八九十]+部分\s*)', '', name)


def build(layout: str) -> tuple:
    opts = LAYOUTS[layout]
    if opts['source'] == 'mixed':  # keys name their source: govcn-23, xingxian-36
        pool = {r['key']: r for r in corpus_documents() + sample_documents()}
        pool.update({f'govcn-{k}': corpus_extra(k) for k in opts.get('corpus_extra', [])})  # texts CORPUS_SKIP leaves out, cleaned
    else:
        pool = {r['key'].split('-')[1]: r for r in (corpus_documents() if opts['source'] == 'corpus' else sample_documents())}
    sections, truth_docs, seq = [], [], 0
    for heading, keys in opts['sections']:
        docs = []
        for k in keys:
            seq += 1
            rec = restyle(pool[k], opts, layout, pool)
            rec['seq'] = seq
            docs.append(rec)
            truth_docs.append(truth_of(rec, section_name(heading)))
        sections.append({'heading': heading, 'name': section_name(heading), 'docs': docs})
        if heading in opts.get('cols', {}):  # this 栏目 set in its own number of columns
            sections[-1]['cols'] = opts['cols'][heading]
    meta = {k: opts[k] for k in ('gazette', 'year', 'issueNo', 'totalNo', 'published')}
    spec = {'layout': opts.get('style', layout), **meta, 'number': opts['number'], 'sections': sections}
    for k in ('firstPage', 'back', 'toc_colbreak', 'toc_colbreak_section', 'toc_colbreak_after', 'body_colbreak_sections'):  # pages numbered through the year; the 版权页; a 目录 column break
        if k in opts:
            spec[k] = opts[k]
    truth = {'gazette': opts['gazette'], 'year': opts['year'], 'issueNo': opts['issueNo'], 'totalNo': opts['totalNo'],
             'layout': layout, 'split': opts['split'], 'documents': truth_docs}
    return spec, truth


def truth_of(rec: dict, category: str) -> dict:
    return {
        'seq': rec['seq'], 'docNumber': rec['docNumber'], 'title': rec['title'], 'category': category,
        'issuers': rec['issuers'], 'date': rec['date'], 'public': rec['public'],
        'recipients': rec['recipients'],  # also the first paragraph: it is the line after the title block
        'paragraphs': [b['text'] for b in rec['blocks']],
    }


if __name__ == '__main__':
    import sys
    out = Path(sys.argv[1])
    for name in LAYOUTS:
        spec, truth = build(name)
        (out / name).mkdir(parents=True, exist_ok=True)
        (out / name / 'spec.json').write_text(json.dumps(spec, ensure_ascii=False, indent=1), 'utf8')
        (out / name / 'truth.json').write_text(json.dumps(truth, ensure_ascii=False, indent=1), 'utf8')
        print(name, len(truth['documents']), 'documents')
