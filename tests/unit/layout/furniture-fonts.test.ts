// Page furniture keys and labels, and font names → typeface classes.
import { describe, expect, it } from 'vitest'
import { classifyFont } from '../../../src/main/importer/layout/font-class'
import { furnitureKey, pageLabelOf } from '../../../src/main/importer/layout/page-furniture'

describe('page numbers in any style', () => {
  it.each([
    ['— 3 —', '3'],
    ['-3-', '3'],
    ['3', '3'],
    ['第 3 页', '3'],
    ['第3页 共12页', '3'],
    ['· 14 ·', '14'],
    ['兴县人民政府公报 2022年第2期 7', '7'],
    ['12 吕梁市人民政府公报（2021年第3期）', '12'],
    ['县政府文件', undefined],
  ])('%s → %s', (text, label) => {
    expect(pageLabelOf(text)).toBe(label)
  })

  it('masks page numbers and 期 numbers, so heads of different pages compare equal', () => {
    expect(furnitureKey('兴县人民政府公报 2022年第2期 — 3 —')).toBe(
      furnitureKey('兴县人民政府公报2022年第2期—14—'),
    )
    expect(furnitureKey('公报 二〇二二年第三期')).toBe('公报二〇二二年第#期')
    expect(furnitureKey('县政府文件')).not.toBe(furnitureKey('部门文件'))
  })
})

describe('font classes from embedded font names', () => {
  it.each([
    ['ABCDEF+FZXiaoBiaoSong-B05S', 'biaosong', false],
    ['方正小标宋简体', 'biaosong', false],
    ['SimHei', 'hei', false],
    ['BCDEFG+FZHei-B01', 'hei', false],
    ['KaiTi_GB2312', 'kai', false],
    ['STKaiti', 'kai', false],
    ['FangSong_GB2312', 'fangsong', false],
    ['FZFangSong-Z02', 'fangsong', false],
    ['SimSun', 'song', false],
    ['SimSun,Bold', 'song-bold', true],
    ['FandolSong-Bold', 'song-bold', true],
    ['STZhongsong', 'song', false],
  ])('%s → %s', (name, font, bold) => {
    expect(classifyFont(name)).toMatchObject({ font, bold })
  })

  it('falls back on the descriptor flags when the name says nothing', () => {
    expect(classifyFont('F1', { serif: true }).font).toBe('song')
    expect(classifyFont('F2', { serif: false }).font).toBe('hei')
    expect(classifyFont('F3', { serif: true, bold: true }).font).toBe('song-bold')
    expect(classifyFont('F4').font).toBe('other')
  })
})
