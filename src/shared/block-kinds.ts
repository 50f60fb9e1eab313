// The paragraph kinds staff may set on a document's body (段落类型), with their Chinese names.
import type { BlockKind } from './domain'

export const BLOCK_KIND_LABEL: Record<BlockKind, string> = {
  paragraph: '正文',
  heading1: '一级标题（一、）',
  heading2: '二级标题（（一））',
  heading3: '三级标题（1.）',
  heading4: '四级标题（（1））',
  title: '附件或方案标题',
  attachmentNote: '附件说明',
  attachmentHeading: '附件标识',
  signature: '署名',
  date: '成文日期',
  note: '附注',
  listItem: '列表项',
  nameListEntry: '名单条目',
  tableRow: '表格行',
  caption: '图注',
}

export const BLOCK_KINDS = Object.keys(BLOCK_KIND_LABEL) as BlockKind[]
