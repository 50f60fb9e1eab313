// The slice of fontkit 2 this module uses (the package ships no types).
declare module 'fontkit' {
  export interface Glyph {
    advanceWidth: number
  }
  export interface Font {
    postscriptName: string
    familyName: string
    unitsPerEm: number
    hasGlyphForCodePoint(codePoint: number): boolean
    glyphForCodePoint(codePoint: number): Glyph
    layout(text: string): unknown
  }
  export interface FontCollection {
    fonts: Font[]
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font | FontCollection
}
