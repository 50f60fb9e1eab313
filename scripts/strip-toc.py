# The lead's probe of a lost 目录 (s32): python3 scripts/strip-toc.py SRC DST writes SRC with its 目录 page's
# entries blanked, the heading '目　录' kept (the importer then flags TOC_LOST). scripts/toc-lost-rows.ts does this
# (and drops the page whole) for every tuning layout. Never on held-out files.
import sys,re
src,dst=sys.argv[1],sys.argv[2]
t=open(src,encoding='utf8').read()
pages=t.split('\f')
out=[]
for i,p in enumerate(pages):
    c=re.sub(r'\s','',p)
    if i<4 and ('目录' in c[:40]) :
        out.append('目　录\n'); continue
    out.append(p)
open(dst,'w',encoding='utf8').write('\f'.join(out))
