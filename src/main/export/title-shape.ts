// Breaks a long title into a balanced trapezoid or diamond (7.3.1) at word boundaries.
import { NO_END, NO_START } from './line-break'

// Words that should not be split across lines; their edges are good break points.
const WORDS = (
  '关于 印发 全面 落实 保障 农民工 工资 支付 相关 制度 通知 批复 请示 报告 意见 决定 实施 方案 ' +
  '工作 领导小组 领导组 成立 调整 建设 项目 国有 用地 使用权 划拨 申请 培育 乡村 专项 行动 管理 ' +
  '办法 计划 规划 委员会 成员 单位 组成 人员 人民政府 办公室 经济 技术 开发区 城乡 基础 设施 投资 ' +
  '有限公司 资本金 财政 中期 纳入 国土 空间 总体 审议 承诺 出让 方案 不动产 公路 改建 工程 资金 ' +
  '高速 服务区 清洁 取暖 冬季 整治 自备 水井 厕所 革命 煤炭 消费 减量 替代 地质 灾害 防治 机关 干部 ' +
  '风险 补偿 基金 执法 主体 住户 调查 样本 轮换 根治 拖欠 小水网 铁路 沿线 安全 环境 禁毒 高标准 ' +
  '农田 全民 健身 绿色 低碳 运营商 有关 事项 暨 风貌 提升 打击 盗采 矿产 资源 行动 补缴 增减 挂钩 ' +
  '非物质 文化遗产 代表性 传承人 巡察 反馈 问题 整改 情况 安全生产 监督 检查 控制性 详细 复线 ' +
  '增加 养护 维护 费用 宗地 挂牌 发展 土地 清理 批而未用 殡仪馆 骨灰堂 县城 沿岸 兴县'
).split(' ')
const GOOD_BEFORE = /^(的(通知|批复|请示|报告|意见|决定|函|承诺函|实施方案|方案|办法)|《|“|（|关于)/
const GOOD_AFTER = /(的|、|》|”|）|和|及|与|暨)$/

/** Penalty for a break between text[0..p) and text[p..); Infinity when forbidden. */
function breakPenalty(chars: string[], p: number): number {
  const before = chars.slice(0, p).join('')
  const after = chars.slice(p).join('')
  if (NO_START.has(chars[p]) || NO_END.has(chars[p - 1])) return Infinity
  if (/[0-9A-Za-z]/.test(chars[p - 1]) && /[0-9A-Za-z]/.test(chars[p])) return Infinity
  if (/〔\d*$/.test(before) || /^\d*〕?\d*号/.test(after) && /〔\d{4}〕?\d*$/.test(before)) return Infinity
  if (GOOD_BEFORE.test(after) || GOOD_AFTER.test(before)) return 0
  // inside “…” or 《…》 a break splits a name the reader takes as one
  const open = (o: string, c: string): boolean => before.split(o).length > before.split(c).length
  const quoted = open('“', '”') || open('《', '》') ? 6 : 0
  let inside = false
  let edge = false
  for (const w of WORDS) {
    for (let k = 1; k < w.length; k++) {
      if (before.endsWith(w.slice(0, k)) && after.startsWith(w.slice(k))) inside = true
    }
    if (before.endsWith(w) || after.startsWith(w)) edge = true
  }
  if (inside) return 12 + quoted
  return (edge ? 1 : 4) + quoted
}

/**
 * Splits a title into lines no wider than maxWidth, balanced, never with a line of ≤ 2
 * characters; widths come from `charWidth` so Latin and digits count as half cells.
 */
export function shapeTitle(text: string, maxWidth: number, charWidth: (ch: string) => number): string[] {
  const chars = [...text]
  const widths = chars.map(charWidth)
  const total = widths.reduce((a, b) => a + b, 0)
  if (total <= maxWidth) return [text]
  const cell = Math.max(...widths)
  for (let n = Math.ceil(total / maxWidth); n <= chars.length / 3; n++) {
    const best = bestSplit(chars, widths, n, maxWidth, total / n, cell)
    if (best) return best
  }
  return [text]
}

/** DP over break positions: cost = squared deviation from the mean width + break penalties. */
function bestSplit(
  chars: string[],
  widths: number[],
  n: number,
  maxWidth: number,
  target: number,
  cell: number,
): string[] | null {
  const len = chars.length
  const prefix = [0]
  widths.forEach((w, i) => prefix.push(prefix[i] + w))
  const pen = chars.map((_, p) => (p === 0 ? Infinity : breakPenalty(chars, p)))
  // cost[k][p]: best cost of k lines covering chars[0..p); from[k][p] the previous break
  const cost = Array.from({ length: n + 1 }, () => new Array<number>(len + 1).fill(Infinity))
  const from = Array.from({ length: n + 1 }, () => new Array<number>(len + 1).fill(-1))
  cost[0][0] = 0
  for (let k = 1; k <= n; k++) {
    for (let p = 3; p <= len; p++) {
      for (let q = 0; q <= p - 3; q++) {
        const w = prefix[p] - prefix[q]
        if (cost[k - 1][q] === Infinity || w > maxWidth + 0.01) continue
        const dev = (w - target) / cell
        const c = cost[k - 1][q] + dev * dev + (p < len ? pen[p] : 0)
        if (c < cost[k][p]) {
          cost[k][p] = c
          from[k][p] = q
        }
      }
    }
  }
  if (cost[n][len] === Infinity) return null
  const lines: string[] = []
  for (let k = n, p = len; k > 0; k--) {
    const q = from[k][p]
    lines.unshift(chars.slice(q, p).join(''))
    p = q
  }
  return lines
}
