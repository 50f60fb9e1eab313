"""Word has no page numbers until it is laid out: let LibreOffice set the .docx, find on which
printed page each 目录 entry starts, write them into the 目录 and set it again (the 目录 keeps its
length, so the pages stay). Usage: docx_pages.py spec.json issue.docx workdir → workdir/final.pdf
"""
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from render_docx import STYLES, render
from render_tex import printed_title, toc_entries


def to_pdf(docx: Path, work: Path, fonts_dir: str = '') -> Path:
    env = dict(os.environ)
    if fonts_dir:  # fonts fontconfig does not list (TeX Live's Fandol): a config that adds their folder
        conf = work / 'fonts.conf'
        conf.write_text(f'<?xml version="1.0"?><fontconfig><include>/etc/fonts/fonts.conf</include>'
                        f'<dir>{fonts_dir}</dir><cachedir>{work}/fc-cache</cachedir></fontconfig>')
        env['FONTCONFIG_FILE'] = str(conf)
    profile = f'-env:UserInstallation=file://{work}/lo-profile'  # own profile: other soffice runs may hold the default one
    subprocess.run(['soffice', profile, '--headless', '--convert-to', 'pdf', '--outdir', str(work), str(docx)],
                   check=True, capture_output=True, env=env)
    return work / (docx.stem + '.pdf')


def page_texts(pdf: Path, layout_mode: bool = True) -> list:
    """Per page, without spaces. -layout reads two columns across: a title wrapped in one column is
    then cut up, so two-column layouts that ask for it are read in reading order instead."""
    args = ['pdftotext'] + (['-layout'] if layout_mode else []) + [str(pdf), '-']
    out = subprocess.run(args, check=True, capture_output=True, text=True).stdout
    return [re.sub(r'\s', '', p) for p in out.split('\f')]


def find_pages(spec: dict, pages: list, by_title: bool = False, first: int = 2) -> dict:
    """by_title: look for the title without its issuers (joint titles share their first units).
    first: the earliest body page (1 when the cover carries the 目录)."""
    body_start = next(i for i, p in enumerate(pages) if i > 0 and '目录' not in p[:10] and i >= first)
    found, at = {}, body_start
    for sec in spec['sections']:
        for d in sec['docs']:
            for title, _, label in toc_entries(d):
                key = re.sub(r'\s', '', d['decree']['header'] if label == f"doc{d['seq']}" and d.get('decree')
                             else (title if d.get('decree') else d['title'] if by_title else printed_title(d)))[:14]
                hit = next((i for i in range(at, len(pages)) if key in pages[i]), at)
                found[label] = hit - body_start + 1
                at = hit
    return found


def main(spec_file: str, docx_file: str, work_dir: str):
    spec = json.load(open(spec_file, encoding='utf8'))
    work, docx = Path(work_dir), Path(docx_file)
    tmp = work / 'issue.docx'
    shutil.copy(docx, tmp)
    layout_mode = not STYLES[spec['layout']].get('reading_order_pages')
    fonts_dir = STYLES[spec['layout']].get('fonts_dir', '')
    first = 1 if STYLES[spec['layout']].get('toc_on_cover') else 2
    by_title = not layout_mode or first == 1  # county-lo-gbt: two titles share 14 characters of issuer + 关于印发兴县
    pages = find_pages(spec, page_texts(to_pdf(tmp, work, fonts_dir), layout_mode), by_title, first)
    render(spec, str(docx), pages)
    shutil.copy(docx, tmp)
    shutil.move(str(to_pdf(tmp, work, fonts_dir)), work / 'final.pdf')


if __name__ == '__main__':
    main(*sys.argv[1:4])
