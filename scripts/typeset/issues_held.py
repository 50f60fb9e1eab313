"""The held-out issues added by the newheld session: written (spec first, in README.md) before the
importer ever read them, scored once, never debugged on. Merged into issues.LAYOUTS.

- prov-xe-unbal: a provincial issue set in XeLaTeX (render_tex_held.py): the 目录 on two pages
  (section numbers 一、…, the 文号 under each title, dotted leaders, bare pages); the body in two
  columns that are never balanced (multicols*: each 栏目 fills the left column of its last page
  first, the right column stays short or empty), each 栏目 on a new page under a banner with a
  thick rule; titles in 黑体 inside one column with the 文号 centred above them in 楷体, so
  documents start mid-column; running heads centred (gazette + 期 on even pages, the 栏目 on odd
  pages) with a bare folio in the head's outer corner, no foot; a provincial decree with its
  regulation; dates as printed.
- city-web-3col: a city issue for web and print (render_html.py, Chromium's CLI with CSS @page
  margin boxes): the body in THREE CSS columns of 9.5 pt AR PL UMing (TrueType), titles in
  WenQuanYi Zen Hei across all three columns for some documents and inside one narrow column for
  the rest, the 文号 above each title, 栏目 with numbers (一、…) as red-ruled banners, a centred
  head (gazette + 期 + 总期) on every page and `第3页` in the outer foot corner; the 目录 with the
  文号 on a smaller line under each title and dotted leaders to the page; department documents
  issued jointly by 4 county units, a 任免 without 文号, both public markers, dates in 二〇 numerals.

Added by the heldw session (spec in README.md first, then built, scored once):
- city-docx-footer: a Word-born city issue in ONE column (render_docx.py, LibreOffice sets the PDF):
  the head on every body page is the gazette (left) and the issue (right) over a rule, the foot
  `第 3 页 共 30 页` flush right; the 目录 a borderless two-column Word table (title, page) under
  ▲ 栏目 rows, the 栏目 printed nowhere else; the 文号 flush right above each title, bold Noto Serif
  titles, 仿宋 body, 黑体 / 楷体 headings, documents running on mid-page, the sample's ruled table
  over a page break, a document issued jointly by 3 county units, a 任免 without 文号, no public
  marker on four documents, dates in 二〇 numerals for some and `2022 年 5 月 27 日` for others.
Added by the held session (spec in README.md first, then built, scored once):
- city-pdfkit-inner: a city issue set by pdfkit (render-pdfkit-held.ts, its own line breaking: each
  line one text operation, justified by character spacing, as 方正-style tools write PDFs) on a 16开
  page in ONE column: the 目录 a three-column list (the title wrapping in its column, the 文号 in a
  separate right column, the page as `（3）`), ◇ 栏目 ◇ banners centred in the 目录 and in the body,
  sections and documents starting mid-page, the gazette in the head's outer corner and the 期 in its
  inner one, `3/34` (page / body pages) in the foot's inner corner; a city decree with the
  regulation it promulgates, the 文号 centred under each title (no brackets), attachments with
  their own titles (two with their own signatures and dates, one with a ruled table), a document
  issued jointly by 5 county units (issuers and signatures stacked), a 任免 without 文号, dates
  `2022 年 5 月 12 日` and in 二〇 numerals.
Added by the nh session (spec here and in the fixtures' README.md first, then built, scored once):
- prov-xe-mastline: a provincial issue (霁川省, invented) set in XeLaTeX in ONE column of 11 pt
  Fandol Song: every document under a masthead line (the issuer in red 黑体 at the left, joint
  units stacked, the 文号 at the right) over a red rule, then its 黑体 title centred; each 栏目 on a
  new page under a banner between rules; the running head in the OUTER corner with the folio as
  `·12·` beside it (even pages `·12·　gazette + 期` at the left, odd pages `栏目　·13·` at the right),
  no foot; the 目录 in one column, each entry's 文号 in brackets after its title, dotted leaders to
  a bare page; a document issued jointly by 3 provincial departments (our units and 文号, 3 stacked
  signatures), a 任免 without 文号, dates in 二〇 numerals.
- city-docx-span: a Word-born city issue (临漪市, invented; render_docx.py, LibreOffice sets the PDF;
  +Word, +Word 97 .doc): the 目录 in one column, each title with its 文号 in brackets, a dot-leader
  tab to the bare page; the body in TWO justified columns of 10.5 pt Noto Serif CJK, each 栏目
  opening with a centred banner across the page, four titles (Fandol Hei) across both columns, the
  rest inside one column, the 文号 in brackets centred under each title in 楷体; heads alternating
  (the gazette on odd pages, gazette + 期 on even: LibreOffice would keep a page's first 栏目 in a
  栏目 head), `·3·` in the outer foot corner; a document issued
  jointly by 3 county units, a 任免 without 文号, （此件主动公开） for about half of the documents,
  dates with ○ for zero (二○二二年五月十二日).
"""

HELD_LAYOUTS = {
    'prov-xe-unbal': dict(
        split='held-out', gazette='汀川省人民政府公报', year=2019, issueNo=1, totalNo=433, published='2019-01-15',
        source='corpus',
        sections=[('一、省政府令', ['58']), ('二、国务院文件', ['15', '57', '55']),
                  ('三、国务院办公厅文件', ['35', '17', '38', '60']),
                  ('四、国务院办公厅函件', ['29', '42', '21'])],
        decree={'58': dict(header='汀川省人民政府令', number='第296号', signer='省长　郑启明', issuer='汀川省人民政府')},
        number='above-centre', dates='asis', renderers=['texheld']),
    'city-web-3col': dict(
        split='held-out', gazette='梧川市人民政府公报', year=2022, issueNo=7, totalNo=164, published='2022-07-25',
        source='mixed',
        sections=[('一、国务院文件', ['govcn-46', 'govcn-39']),
                  ('二、国务院办公厅文件', ['govcn-36', 'govcn-37', 'govcn-59']),
                  ('三、县（市、区）文件', ['xingxian-26', 'xingxian-11', 'xingxian-35', 'xingxian-04']),
                  ('四、部门联合发文', ['xingxian-45']),
                  ('五、人事任免', ['xingxian-44'])],
        joint={'45': 4}, nonumber=['44'], span=['39', '36', '04', '45'], public='both',
        number='above', dates='cn', renderers=['html']),
    'city-docx-footer': dict(
        split='held-out', gazette='澄溪市人民政府公报', year=2022, issueNo=9, totalNo=118, published='2022-09-20',
        source='mixed',
        sections=[('▲国务院文件', ['govcn-03']), ('▲国务院办公厅文件', ['govcn-12', 'govcn-09']),
                  ('▲县（市、区）政府文件', ['xingxian-02', 'xingxian-19', 'xingxian-16']),
                  ('▲部门文件', ['xingxian-31']),
                  ('▲县（市、区）政府办公室文件', ['xingxian-32', 'xingxian-40']),
                  ('▲人事任免', ['xingxian-37'])],
        joint={'31': 3}, nonumber=['37'], nomarker=['12', '19', '40', '37'],
        cndates=['09', '02', '16', '31', '32'], number='above', dates='spaced', renderers=['docx']),
    'city-pdfkit-inner': dict(
        split='held-out', gazette='桐溪市人民政府公报', year=2022, issueNo=6, totalNo=126, published='2022-06-30',
        source='mixed',
        sections=[('◇ 市政府规章 ◇', ['govcn-58']),
                  ('◇ 上级文件 ◇', ['govcn-23', 'govcn-07']),
                  ('◇ 县区政府文件 ◇', ['xingxian-15', 'xingxian-20', 'xingxian-09', 'xingxian-01']),
                  ('◇ 部门联合发文 ◇', ['xingxian-30']),
                  ('◇ 县区政府办公室文件 ◇', ['xingxian-33']),
                  ('◇ 人事任免 ◇', ['xingxian-36'])],
        decree={'58': dict(header='桐溪市人民政府令', number='第12号', signer='市长　何振东', issuer='桐溪市人民政府')},
        joint={'30': 5}, nonumber=['36'], atitles=True, cndates=['15', '01', '36'],
        number='under', dates='spaced', renderers=['pdfkit-held']),
    'prov-xe-mastline': dict(
        split='held-out', gazette='霁川省人民政府公报', year=2019, issueNo=4, totalNo=512, published='2019-02-28',
        source='corpus',
        sections=[('【国务院文件】', ['39', '53', '55']),
                  ('【国务院办公厅文件】', ['12', '17', '60']),
                  ('【省政府部门联合发文】', ['36']),
                  ('【国务院办公厅函件】', ['24', '42', '43']),
                  ('【人事任免】', ['59'])],
        joint={'36': 3}, joint_units=[('霁川省公安厅', '霁公发'), ('霁川省应急管理厅', '霁应急发'), ('霁川省财政厅', '霁财发')],
        nonumber=['59'], number='masthead-line', dates='cn', renderers=['tex']),
    'city-docx-span': dict(
        split='held-out', gazette='临漪市人民政府公报', year=2022, issueNo=8, totalNo=97, published='2022-08-26',
        source='mixed',
        sections=[('一、国务院办公厅文件', ['govcn-38', 'govcn-35']),
                  ('二、县（市、区）政府文件', ['xingxian-03', 'xingxian-13', 'xingxian-24', 'xingxian-06']),
                  ('三、部门联合发文', ['xingxian-33']),
                  ('四、县（市、区）政府办公室文件', ['xingxian-31', 'xingxian-40']),
                  ('五、人事任免', ['xingxian-42'])],
        joint={'33': 3}, nonumber=['42'], span=['35', '03', '33', '40'], public='zhudong',
        number='under-paren', dates='cn-circle', renderers=['docx']),
}
