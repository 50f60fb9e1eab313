"""The held-out issue added by the nx session (session 24): spec written in README.md before the
importer ever read it, built, scored once, never debugged on. Merged into issues.LAYOUTS.

- city-xe-bandfang: a city issue (岑州市人民政府公报, invented) set in XeLaTeX (render_tex.py, style
  city-xe-bandfang): ONE column of 11 pt 仿宋 with documents running on mid-page, the 目录 in TWO
  columns with each 文号 in brackets under its title, each 栏目 a grey letter-spaced band across the
  page, 简报宋 titles with the 文号 in brackets flush right under them (above them for two documents),
  alternating heads with 总第N期, `第 3 页` in the outer foot corner, `（此件主动公开）` on about half
  the documents and dates with ○ for zero. Texts few layouts print: State Council 03, 18, 09, 56,
  the 转发 notices 20, 50, 51, the 函 22, 48, and the sample's 28.
"""

NX_LAYOUTS = {
    'city-xe-bandfang': dict(
        split='held-out', gazette='岑州市人民政府公报', year=2022, issueNo=6, totalNo=158, published='2022-06-20',
        source='mixed',
        sections=[('【国务院文件】', ['govcn-03']),
                  ('【国务院办公厅文件】', ['govcn-18', 'govcn-09', 'govcn-56']),
                  ('【国务院办公厅转发文件】', ['govcn-20', 'govcn-50', 'govcn-51']),
                  ('【国务院办公厅函件】', ['govcn-22', 'govcn-48']),
                  ('【县（市、区）文件】', ['xingxian-28'])],
        above=['50', '28'], plan_titles=['28'], public='zhudong', public_on=['03', '56', '28'],
        number='under-right-paren', dates='cn-circle', renderers=['tex']),
}
