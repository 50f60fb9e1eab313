#!/usr/bin/env bash
# Regenerates every typeset fixture: specs + truth (issues.py), then each layout's renderers,
# then pdftotext (default mode), and pdftotext -layout too (NAME.layout.txt: the text that keeps
# each line's place, both columns side by side) for every layout but the perf one. Deterministic: same inputs, same
# texts and truth.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
OUT="$ROOT/tests/fixtures/typeset"
WORK="${TYPESET_WORK:-/tmp/typeset-build}"
PY=/usr/bin/python3   # Debian's python3 has python3-docx
export SOURCE_DATE_EPOCH=1700000000 FORCE_SOURCE_DATE=1
rm -rf "$WORK" && mkdir -p "$WORK"
cd "$HERE" && $PY issues.py "$WORK"
only="${1:-}"
# Word-born layouts also kept as an old Word file (NAME.doc, Word 97-2003, LibreOffice's "MS Word 97"
# filter): what county offices still keep.
DOC_COPY=" county-docx-2col-b county-docx-joint county-docx-2col county-lo-2col county-docx-masthead city-lo-decree city-lo-fang county-lo-noto county-lo-balance county-lo-stairs city-lo-redline county-lo-total county-lo-autonum county-lo-levels county-lo-towns prov-lo-masthead city-docx-footer county-docx-tabletoc2 city-docx-span city-docx-span-b county-docx-2col-j "
for dir in "$WORK"/*/; do
  name="$(basename "$dir")"
  [ -n "$only" ] && [ "$only" != "$name" ] && continue
  split="$($PY -c "import json,sys;print(json.load(open(sys.argv[1]))['split'])" "$dir/truth.json")"
  dest="$OUT/$split/$name"; rm -rf "$dest"; mkdir -p "$dest"
  renderers="$($PY -c "import sys;sys.path.insert(0,'$HERE');from issues import LAYOUTS;print(' '.join(LAYOUTS['$name']['renderers']))")"
  for r in $renderers; do
    case "$r" in
      tex)
        $PY "$HERE/render_tex.py" "$dir/spec.json" "$dir/issue.tex"
        (cd "$dir" && for pass in 1 2; do xelatex -interaction=nonstopmode -halt-on-error issue.tex >/dev/null; done)
        cp "$dir/issue.pdf" "$dest/$name.pdf" ;;
      texheld)   # render_tex_held.py: the newheld session's provincial issue (unbalanced columns)
        $PY "$HERE/render_tex_held.py" "$dir/spec.json" "$dir/issue.tex"
        (cd "$dir" && for pass in 1 2; do xelatex -interaction=nonstopmode -halt-on-error issue.tex >/dev/null; done)
        cp "$dir/issue.pdf" "$dest/$name.pdf" ;;
      tex16k)   # render_tex_nl.py: the nl session's 16开 provincial issue (two-column 目录, reversed banners)
        $PY "$HERE/render_tex_nl.py" "$dir/spec.json" "$dir/issue.tex"
        (cd "$dir" && for pass in 1 2; do xelatex -interaction=nonstopmode -halt-on-error issue.tex >/dev/null; done)
        cp "$dir/issue.pdf" "$dest/$name.pdf" ;;
      htmlnl)   # render_html_nl.py: the nl session's county issue, each document under its own red masthead
        $PY "$HERE/render_html_nl.py" "$dir/spec.json" "$dir" "$dest/$name.pdf" ;;
      docx)
        $PY "$HERE/render_docx.py" "$dir/spec.json" "$dest/$name.docx"
        if [ ! -f "$dest/$name.pdf" ]; then   # Word-born layouts: LibreOffice sets the PDF
          $PY "$HERE/docx_pages.py" "$dir/spec.json" "$dest/$name.docx" "$dir"
          cp "$dir/final.pdf" "$dest/$name.pdf"
        fi ;;
      realworld)   # Word only: the file real editors leave (docx_realworld.py). LibreOffice would print
                   # its tracked changes and update its DATE fields to today: no PDF of it.
        $PY "$HERE/docx_realworld.py" "$dir/spec.json" "$dest/$name.docx" "$dir" ;;
      pdfkit)
        (cd "$ROOT" && npx tsx "$HERE/render-pdfkit.ts" "$dir/spec.json" "$dest/$name.pdf") ;;
      html)   # HTML/CSS printed by headless Chromium (CLI or playwright-core), cover + 目录 joined after
        $PY "$HERE/render_html.py" "$dir/spec.json" "$dir" "$dest/$name.pdf" ;;
      pdfkit2)
        (cd "$ROOT" && npx tsx "$HERE/render-pdfkit-2col.ts" "$dir/spec.json" "$dest/$name.pdf") ;;
      # pdfkit-held, pdfkit-1col and pdfkit-16k: one engine (pdfkit-gazette.ts), each entry file holding its layout's look
      pdfkit-held)   # the held session's city issue: own line breaking, a three-column 目录, `3/34` inner
        (cd "$ROOT" && npx tsx "$HERE/render-pdfkit-held.ts" "$dir/spec.json" "$dest/$name.pdf") ;;
      pdfkit-1col)   # the pk1 session's county issue: city-pdfkit-inner's genre, other options (A4, `·3·`, ■)
        (cd "$ROOT" && npx tsx "$HERE/render-pdfkit-1col.ts" "$dir/spec.json" "$dest/$name.pdf") ;;
      pdfkit-16k)   # the pk16 session's county issue: the genre on a 16开 page, the 文号 column close to the titles, `3/21` inner
        (cd "$ROOT" && npx tsx "$HERE/render-pdfkit-16k.ts" "$dir/spec.json" "$dest/$name.pdf") ;;
      pdfkit-annex)   # the pk3 session's city issue: the genre's attachments, 名单 table, decree, ◇ banners, `3/31` inner
        (cd "$ROOT" && npx tsx "$HERE/render-pdfkit-annex.ts" "$dir/spec.json" "$dest/$name.pdf") ;;
      pdfkit-glyphs)   # one text operation per glyph, pages drawn out of reading order
        (cd "$ROOT" && npx tsx "$HERE/render-pdfkit-glyphs.ts" "$dir/spec.json" "$dest/$name.pdf") ;;
    esac
  done
  case "$DOC_COPY" in *" $name "*)
    soffice --headless --convert-to doc --outdir "$dest" "$dest/$name.docx" >/dev/null 2>&1
    [ -f "$dest/$name.doc" ] || { echo "no $name.doc" >&2; exit 1; } ;;
  esac
  if [ -f "$dest/$name.pdf" ]; then   # a Word-only probe has none
    pdftotext "$dest/$name.pdf" "$dest/$name.txt"
    [ "$split" = perf ] || pdftotext -layout "$dest/$name.pdf" "$dest/$name.layout.txt"
  fi
  cp "$dir/truth.json" "$dest/$name.truth.json"
  echo "$split/$name: $(ls "$dest" | tr '\n' ' ')"
done
