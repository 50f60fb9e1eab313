// What the pdfkit renderers read from a layout's spec.json (written by issues.py), and where the
// fonts they embed live (Debian's Noto CJK, TeX Live's Fandol; without TeX Live, the repo's copy of Fandol).
import { existsSync } from 'node:fs'
export interface Block { kind: string; text: string }
export interface Doc { seq: number; issuers: string[]; title: string; docNumber: string | null; blocks: Block[] }
export interface Spec {
  gazette: string; year: number; issueNo: number; totalNo: number; published: string
  sections: { heading: string; name: string; docs: Doc[] }[]
}

export const NOTO = '/usr/share/fonts/opentype/noto/'
const TEXLIVE_FANDOL = '/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/'
export const FANDOL = existsSync(TEXLIVE_FANDOL) ? TEXLIVE_FANDOL : new URL('../../resources/fonts/', import.meta.url).pathname
