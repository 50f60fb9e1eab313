// What the pdfkit renderers read from a layout's spec.json (written by issues.py), and where the
// fonts they embed live (Debian's Noto CJK, TeX Live's Fandol).
export interface Block { kind: string; text: string }
export interface Doc { seq: number; issuers: string[]; title: string; docNumber: string | null; blocks: Block[] }
export interface Spec {
  gazette: string; year: number; issueNo: number; totalNo: number; published: string
  sections: { heading: string; name: string; docs: Doc[] }[]
}

export const NOTO = '/usr/share/fonts/opentype/noto/'
export const FANDOL = '/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/'
