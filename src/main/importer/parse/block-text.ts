// A block's text as it grows line by line, with the facts the rejoin asks about kept up to date.
import { endsSentence, hasInnerPunct } from './lines'

// Rescanning the whole text for every appended line was quadratic: 50 000 wrapped lines of one
// paragraph took 25 s. Only the ends matter: a heading's number prefix is at most 6 characters
// and the sentence end is the last punctuation plus closing brackets.
const HEAD = 64
const TAIL = 64
const HEADING_PREFIX = /^[（(]?[^、）)]{1,4}[、）)]/

function bracketDepth(s: string): number {
  let d = 0
  for (const c of s) {
    if (c === '（' || c === '(') d++
    else if (c === '）' || c === ')') d--
  }
  return d
}

export class BlockText {
  private parts: string[] = []
  private head = ''
  private tail = ''
  private punctAfterHead = false
  private size = 0
  /** Opening minus closing round brackets so far: an unclosed note runs on. */
  depth = 0

  constructor(first: string) {
    this.append(first)
  }

  append(piece: string): void {
    if (this.size < HEAD) this.head = (this.head + piece).slice(0, HEAD)
    const beyond = piece.slice(Math.max(0, HEAD - this.size))
    if (!this.punctAfterHead && beyond !== '') this.punctAfterHead = hasInnerPunct(beyond)
    this.tail = (this.tail + piece).slice(-TAIL)
    this.size += piece.length
    this.depth += bracketDepth(piece)
    this.parts.push(piece)
  }

  /** The first characters of the text (up to 64): enough to read a label. */
  get start(): string {
    return this.head
  }

  get length(): number {
    return this.size
  }

  /** The whole text (joined once, then kept joined). */
  get value(): string {
    if (this.parts.length > 1) this.parts = [this.parts.join('')]
    return this.parts[0] ?? ''
  }

  endsSentence(): boolean {
    return endsSentence(this.tail)
  }

  /**
   * Ends on a bracketed note right after a finished sentence ('…予以必要支持。（体育总局…负责）'):
   * the note closes the sentence before it.
   */
  endsWithNote(): boolean {
    return /[。；！？][（(][^（()）]*[）)]$/.test(this.tail.trim())
  }

  endsWithLatin(): boolean {
    return /[A-Za-z]$/.test(this.tail)
  }

  hasInnerPunct(): boolean {
    return this.punctAfterHead || hasInnerPunct(this.head)
  }

  /** hasInnerPunct of the text without its heading number ('（二）', '三、'). */
  hasInnerPunctAfterNumber(): boolean {
    return this.punctAfterHead || hasInnerPunct(this.head.replace(HEADING_PREFIX, ''))
  }
}
