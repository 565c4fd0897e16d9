#!/usr/bin/env python3
"""How often a segmenter's word boundaries make the gold label reachable: for every label_has
word of tests/gold, its occurrence before the figure in the paragraph must start and end on word
boundaries. Usage: reachable.py GOLD_DIR CORPUS_DIR FRISO_SPLIT SEGMENTER_SPLIT"""
import glob, json, os, re, subprocess, sys

gold, corpus, friso, jieba = sys.argv[1:5]
items = []
for g in sorted(glob.glob(os.path.join(gold, '*.json'))):
    d = json.load(open(g, encoding='utf-8'))
    path = os.path.join(corpus, d.get('file', ''))
    if not path.endswith('.txt') or not os.path.exists(path):
        continue
    lines = [l.strip() for l in open(path, encoding='utf-8', errors='replace')]
    for p in d.get('paragraphs', []):
        a = re.sub(r'\s', '', p['anchor'])
        hits = [l for l in lines if re.sub(r'\s', '', l).startswith(a)]
        if hits:
            items += [(hits[0], f['text'], f.get('label_has', [])) for f in p['figures']]
lines = sorted(set(i[0] for i in items))
text = '\n'.join(lines) + '\n'

def run(cmd):
    r = subprocess.run(cmd, input=text, capture_output=True, text=True, check=True)
    sys.stderr.write(r.stderr)
    return r.stdout.split('\n')

bounds = {'jieba': {}, 'friso': {}}
for line, out in zip(lines, run([friso])):
    b = line.encode('utf-8')
    chars = lambda off: len(b[:off].decode('utf-8', 'ignore'))
    s = {0}
    for tok in out.split():
        off, n = map(int, tok.split(':'))
        s |= {chars(off), chars(off + n)}
    bounds['friso'][line] = s
for line, out in zip(lines, run([jieba, 'print'])):
    bounds['jieba'][line] = {0} | {int(x) for x in out.split()}
total = 0
reach = {'jieba': 0, 'friso': 0}
for line, figure, words in items:
    at = line.find(figure)
    for w in words:
        k = line.rfind(w, 0, at if at >= 0 else len(line))
        if k < 0:
            k = line.find(w)
        if k < 0:
            continue
        total += 1
        for name in reach:
            reach[name] += k in bounds[name][line] and k + len(w) in bounds[name][line]
for name, n in reach.items():
    print('%s: %d of %d gold label words reachable (%.1f%%)' % (name, n, total, 100.0 * n / total))
