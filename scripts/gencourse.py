#!/usr/bin/env python3
"""Generate a synthetic Syllabus course of any size, for benchmarks and scale tests.

A copy of ../shared/bench/gencourse.py, kept in the repository so that the benchmarks run from
a fresh clone anywhere (CI included); the same seed gives the same course.

usage: gencourse.py OUT_DIR --modules N [--seed S] [--per-unit 20]

Deterministic for a given seed. Each module has realistic front matter (difficulty, minutes,
prerequisites on earlier modules, objectives, key points, tags), ~700 words of Markdown with
headings, lists, a table, links to earlier modules, three highlighted code blocks and a quiz.
"""
import argparse, os, random

WORDS = ("system data value change branch commit merge remote history file folder network request "
         "response model test build deploy review function variable loop array string number object "
         "class method module package library error exception pattern signal process thread memory "
         "cache index query table column record stream buffer parser token schema version release "
         "learner lesson practice example concept detail summary context reason result feature").split()
VERBS = "explain compare apply debug write read inspect measure configure describe choose combine".split()
LANGS = {
    'rust': ['fn {a}(items: &[u32]) -> u32 {{', '    let mut total = 0;', '    for item in items {{',
             '        if *item > {n} {{ total += item; }}', '    }}', '    total', '}}'],
    'python': ['def {a}(items):', '    """Return the sum of items above {n}."""', '    total = 0',
               '    for item in items:', '        if item > {n}:', '            total += item', '    return total'],
    'bash': ['for f in *.{a}; do', '  if [ -s "$f" ]; then', '    wc -l "$f" | awk \'$1 > {n}\'', '  fi', 'done'],
    'javascript': ['export function {a}(items) {{', '  return items', '    .filter((x) => x > {n})',
                   '    .reduce((sum, x) => sum + x, 0);', '}}'],
    'yaml': ['{a}:', '  threshold: {n}', '  enabled: true', '  targets:', '    - alpha', '    - beta'],
}
LEVELS = ['beginner', 'intermediate', 'advanced']

def sentence(r, n=None):
    n = n or r.randint(8, 18)
    w = [r.choice(WORDS) for _ in range(n)]
    if r.random() < 0.3: w[r.randrange(n)] = '**' + r.choice(WORDS) + '**'
    if r.random() < 0.3: w[r.randrange(n)] = '`' + r.choice(WORDS) + '()`'
    if r.random() < 0.2: w[r.randrange(n)] = '*' + r.choice(WORDS) + '*'
    return ' '.join(w).capitalize() + '.'

def paragraph(r):
    return ' '.join(sentence(r) for _ in range(r.randint(3, 6)))

def code(r, lang):
    a = r.choice(WORDS) + '_' + r.choice(WORDS)
    lines = [l.format(a=a, n=r.randint(1, 99)) for l in LANGS[lang]]
    return '```' + lang + '\n' + '\n'.join(lines * r.randint(1, 3)) + '\n```'

def quiz(r):
    opts = r.sample(WORDS, 4)
    right = r.randrange(4)
    single = '\n'.join(f'    - text: "`{o}`"' + ('\n      correct: true' if i == right else '') +
                       f'\n      feedback: "{sentence(r, 8)}"' for i, o in enumerate(opts))
    multi = '\n'.join(f'    - text: {o}' + ('\n      correct: true' if i % 2 == 0 else '') for i, o in enumerate(r.sample(WORDS, 4)))
    return (f'```quiz\n- question: Which {r.choice(WORDS)} does the example {r.choice(VERBS)}?\n  options:\n{single}\n'
            f'  explanation: "{sentence(r)}"\n- question: Select every {r.choice(WORDS)} that applies.\n  options:\n{multi}\n```')

def module(r, idx, mid, earlier):
    level = LEVELS[min(2, idx * 3 // max(1, r.total))] if r.random() < 0.8 else r.choice(LEVELS)
    prereqs = sorted(set(r.sample(earlier, min(len(earlier), r.randint(0, 3))))) if earlier else []
    title = f'{r.choice(VERBS).capitalize()} the {r.choice(WORDS)} {r.choice(WORDS)} ({idx + 1})'
    fm = ['---', f'title: "{title}"', f'description: "{sentence(r, 10)}"', f'difficulty: {level}',
          f'minutes: {r.randint(3, 12)}']
    if prereqs: fm.append('prerequisites: [' + ', '.join(prereqs) + ']')
    fm.append('tags: [' + ', '.join(sorted(set(r.sample(WORDS[:20], 2)))) + ']')
    fm.append('objectives:')
    fm += [f'  - {r.choice(VERBS).capitalize()} {r.choice(WORDS)} {r.choice(WORDS)}' for _ in range(r.randint(2, 3))]
    fm.append('keypoints:')
    fm += [f'  - "{sentence(r, 9)}"' for _ in range(2)]
    fm.append('---')
    body = [paragraph(r)]
    langs = r.sample(sorted(LANGS), 3)
    for s in range(3):
        body.append(f'## {r.choice(VERBS).capitalize()} {r.choice(WORDS)} {r.choice(WORDS)}')
        body.append(paragraph(r))
        if s == 0:
            body.append('\n'.join(f'- {sentence(r, 7)}' for _ in range(4)))
        if s == 1:
            body.append('| name | value | note |\n|---|---|---|\n' + '\n'.join(
                f'| {r.choice(WORDS)} | {r.randint(1, 999)} | {r.choice(WORDS)} {r.choice(WORDS)} |' for _ in range(4)))
            if earlier:
                target = r.choice(earlier)
                rel = os.path.relpath('modules/' + target + '.md', os.path.dirname('modules/' + mid + '.md'))
                body.append(f'Review [the earlier module]({rel}) before going on.')
        body.append(code(r, langs[s]))
        body.append(paragraph(r))
        if s == 2:
            body.append('> ' + sentence(r))
            body.append('### ' + r.choice(VERBS).capitalize() + ' ' + r.choice(WORDS))
            body.append('\n'.join(f'{k}. {sentence(r, 6)}' for k in range(1, 5)))
    body.append(quiz(r))
    return '\n'.join(fm) + '\n\n' + '\n\n'.join(body) + '\n'

def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('out'); ap.add_argument('--modules', type=int, required=True)
    ap.add_argument('--seed', type=int, default=1); ap.add_argument('--per-unit', type=int, default=20)
    a = ap.parse_args()
    r = random.Random(a.seed); r.total = a.modules
    os.makedirs(os.path.join(a.out, 'modules'), exist_ok=True)
    with open(os.path.join(a.out, 'course.yaml'), 'w') as f:
        f.write(f'title: Synthetic course of {a.modules} modules\ndescription: Generated for benchmarks (seed {a.seed}).\n'
                'base_url: https://example.org/course/\n')
    ids = []
    for i in range(a.modules):
        unit = f'unit-{i // a.per_unit + 1:03d}'
        mid = f'{unit}/module-{i + 1:05d}'
        if i % a.per_unit == 0:
            os.makedirs(os.path.join(a.out, 'modules', unit), exist_ok=True)
            with open(os.path.join(a.out, 'modules', unit, '_unit.yaml'), 'w') as f:
                f.write(f'title: "Unit {i // a.per_unit + 1}: {r.choice(WORDS).capitalize()} and {r.choice(WORDS)}"\n'
                        f'weight: {i // a.per_unit + 1}\n')
        window = ids[-60:]
        with open(os.path.join(a.out, 'modules', mid + '.md'), 'w') as f:
            f.write(module(r, i, mid, window))
        ids.append(mid)
    total = sum(os.path.getsize(os.path.join(dp, fn)) for dp, _, fns in os.walk(a.out) for fn in fns)
    print(f'{a.modules} modules, {total / 1e6:.1f} MB in {a.out}')

if __name__ == '__main__':
    main()
