"""What every sweep's build shares (sweep_toc2.py, sweep_one*.py, sweep_prov*.py, sweep_docx.py): each
variant's spec and truth written to its folder, and its PDF's text as pdftotext writes it, in the
default mode and with -layout; build_sweep registers the variants' LAYOUTS and STYLES first; city_sweep and issue_sweep give the
one-column and provincial sweeps their layouts, styles and build."""
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


def city_sweep(sweep: dict, base: dict, base_style: str, more=lambda city: {}):
    """layouts, styles and build of a sweep whose variants are (city, issue changes, style changes,
    description): each the control issue (`base`) set for its city, and `base_style` with its changes."""
    def layouts(names=None) -> dict:
        out = {}
        for name in names if names is not None else sweep:
            city, changes, _, _ = sweep[name]
            opts = dict(base, gazette=f'{city}人民政府公报', **more(city))
            opts.update(changes, style=name)  # a variant's own changes replace the city's
            out[name] = opts
        return out

    def styles(base_styles: dict, names=None) -> dict:
        return {name: {**base_styles[base_style], **sweep[name][2]} for name in (names if names is not None else sweep)}

    def build(work: Path, names: list) -> None:
        build_sweep(work, names, layouts, styles, lambda name: sweep[name][3])
    return layouts, styles, build


def issue_sweep(sweep: dict, base_style: str, base_changes: dict):
    """layouts, styles and build of a sweep whose variants are (issue, style changes, description):
    each its own issue, and `base_style` with the sweep's and its own changes."""
    def layouts(names=None) -> dict:
        return {name: dict(sweep[name][0], style=name) for name in (names if names is not None else sweep)}

    def styles(base_styles: dict, names=None) -> dict:
        return {name: {**base_styles[base_style], **base_changes, **sweep[name][1]}
                for name in (names if names is not None else sweep)}

    def build(work: Path, names: list) -> None:
        build_sweep(work, names, layouts, styles, lambda name: sweep[name][2])
    return layouts, styles, build
