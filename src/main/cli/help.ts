// The CLI's usage text, in Chinese.
export const USAGE = `公报档案 — 县人民政府公报离线档案（命令行）

用法：npm run --silent archive -- <命令> [参数] --db <档案库文件>

命令：
  import <文件或文件夹>... --db <文件> [--json] [--replace]
        导入公报（.txt / .pdf / .docx / .doc / .ofd，文件夹会递归查找）；没有失败的文件时退出码为 0。
        已导入过的相同文件自动跳过；同一期已在档案中时跳过，加 --replace 则替换。
  issues [期编号] --db <文件> [--json] [--year 年]
        列出各期及其保存的原件（格式、大小、导入时间；同一期的 PDF、OFD 等可各存一份）。
  issues <期编号> --original <原件编号> --out <文件> --db <文件>
        把一期的某份原件另存为文件（不覆盖已有文件）。
  issue correct <期编号> [--gazette 名称] [--year 年] [--no 期] [--total 总期号] [--date YYYY-MM-DD] --db <文件>
        [--editor 姓名] [--note 说明] [--json]
        更正一期的公报名称、年份、期号、总期号或出版日期（记入这一期的更正记录）；--total 或 --date 给空值则清除。
        年份须在 1949–2100 之间，期号须为正整数；同一公报已有这一期时拒绝并说明是哪一期。
  issue history <期编号> --db <文件> [--json]
        列出一期的本期信息更正记录（记录编号、时间、经办人、原值 → 新值）。
  issue undo <记录编号> --db <文件> [--editor 姓名]
        撤销一次本期信息更正（此后又有更正时，先撤销较新的那次）。
  docs --db <文件> --json
        列出全部文件及其字段（不含正文）。
  show <编号|文号> --db <文件> [--json]
        显示一份文件及正文；文号的括号、全角数字、空格写法均可，如 兴政函(2022)28。
  search <关键词> --db <文件> [--json] [--limit N] [--year 年] [--category 栏目] [--issuer 发文机关]
        全文、文号、拼音检索。
  export <编号|文号>... --db <文件> --out <文件.pdf|文件.ofd|文件夹> [--format pdf|pdfa|ofd]
        按 GB/T 9704 版式导出 PDF（pdfa：PDF/A-2b 长期保存格式；ofd：OFD 版式文件）：
        --out 为单个文件时合为一个文件，为文件夹时每份一个。
  export --issue <期编号> --db <文件> --out <文件夹> [--format pdfa|pdf|ofd]
        把一期的每份文件各导出一个文件（默认 PDF/A-2b），文件名为 序号-文号-标题.pdf。
  catalogue --db <文件> [--issue <期编号>] [--format csv|xlsx|pdf] [--columns 件号,题名,…] --out <文件>
        导出归档文件目录（件号、责任者、文号、题名、日期、起止页、页数、公报名称/期、栏目、文种、
        公开属性、保管期限、备注）；格式缺省时按 --out 的扩展名。PDF 为 A4 横向、可直接打印。
  gazette rename <原名称> <新名称> --db <文件> [--editor <姓名>] [--json]
        更正一种公报的名称（其所有期一起改）；新名称已有时并入，两者有同一期时拒绝。
  gazette history --db <文件> [--json]
        列出公报名称的更正记录。
  verify --db <文件>
        检查数据库完整性、全文索引和每个原件的 SHA-256；有问题时退出码为 1。
  backup --db <文件> --out <文件夹>
        在档案使用中也能做一致的备份（数据库 + 原件 + manifest.json 校验清单）。
  restore --from <备份文件夹> --db <文件>
        先校验备份，再恢复；原档案保留为 <名称>.before-restore-<时间>/。
  reread <期编号|all> --db <文件> [--json] [--apply]
        用新版本重新识别已保存的原件，列出与档案的差异（文件、字段、可信度），不保存；
        加 --apply 则先备份再保存，人工更正尽量保留。all 时只应用没有警告的期。
  issuers [list] --db <文件> [--json]
        列出发文机关（文件数、别名）、可能是同一单位的名称，以及可撤销的合并和更名。
  issuers merge <名称> --into <保留的名称> --db <文件> [--editor 姓名] [--note 说明]
        把一个发文机关并入另一个：所有文件改用保留的名称，以后导入的同名文件也自动改用它。
  issuers rename <名称> --to <新名称> --db <文件> [--editor 姓名] [--note 说明]
        更改一个发文机关的名称（新名称已存在时请用合并）。
  issuers undo <改动编号> --db <文件> [--editor 姓名]
        撤销一次合并或更名；改动编号见 issuers list。

通用选项：
  --json     标准输出只输出一个 JSON 值（进度与提示写到标准错误）
  --log <文件>  详细日志写到此文件（默认：档案库所在文件夹的 logs/）
  --help     显示本帮助

原件保存在档案库旁的文件夹中（archive.db → archive.files/）。`
