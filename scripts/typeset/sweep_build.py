"""What every sweep's build shares (sweep_toc2.py, sweep_one.py, sweep_one2.py, sweep_prov.py, sweep_prov2.py, sweep_docx.py): each
variant's spec and truth written to its folder, and its PDF's text as pdftotext writes it, in the
default mode and with -layout; build_sweep registers the variants' LAYOUTS and STYLES first."""
import json
import subprocess
from pathlib import Path


def write_spec(d: Path, name: str) -> dict:
    """The variant's spec.json and truth.json in its folder; the spec, for the renderer."""
    import issues
    spec, truth = issues.build(name)
    (d / 'spec.json').write_text(json.dumps(spec, ensure_ascii=False, indent=1), 'utf8')
    (d / 'truth.json').write_text(json.dumps(truth, ensure_ascii=False, indent=1), 'utf8')
    return spec


def write_texts(d: Path, name: str) -> None:
    """NAME.txt and NAME.layout.txt from NAME.pdf."""
    subprocess.run(['pdftotext', f'{name}.pdf', f'{name}.txt'], cwd=d, check=True)
    subprocess.run(['pdftotext', '-layout', f'{name}.pdf', f'{name}.layout.txt'], cwd=d, check=True)


def build_tex(work: Path, names: list, describe) -> None:
    """Each variant typeset with XeLaTeX (twice, for its page references), then its texts."""
    import render_tex
    for name in names:
        d = work / name
        d.mkdir(parents=True, exist_ok=True)
        (d / 'issue.tex').write_text(render_tex.render(write_spec(d, name)), 'utf8')
        for _ in range(2):
            subprocess.run(['xelatex', '-interaction=nonstopmode', '-halt-on-error', 'issue.tex'], cwd=d,
                           stdout=subprocess.DEVNULL, check=True)
        (d / 'issue.pdf').replace(d / f'{name}.pdf')
        write_texts(d, name)
        print(name, describe(name), flush=True)


def build_sweep(work: Path, names: list, layouts, styles, describe) -> None:
    """A sweep's variants registered (issues.py LAYOUTS from layouts(names), render_tex.py STYLES
    from styles(base, names)), then typeset as build_tex does."""
    import issues
    import render_tex
    issues.LAYOUTS.update(layouts(names))
    render_tex.STYLES.update(styles(render_tex.STYLES, names))
    build_tex(work, names, describe)
