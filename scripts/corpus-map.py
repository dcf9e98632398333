#!/usr/bin/env python3
# Rewrites the corpus map of docs/fidelity-notes.md (section 13: one line per
# file of Tests/DifferentialTests/corpus, from the file's own header comment)
# and the corpus count in README.md. DifferentialTests' corpusClaims test
# fails until this is run after a corpus file is added or removed.
import os
import re

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
corpus = os.path.join(root, 'Tests', 'DifferentialTests', 'corpus')
files = sorted(f for f in os.listdir(corpus) if f.endswith('.py'))
lines = []
for name in files:
    with open(os.path.join(corpus, name)) as source:
        header = source.read().split('\n')[:14]
    tag, parts = '', []
    for line in header:
        directive = re.match(r'#:\s*profiles?:\s*(.*)', line)
        if directive:
            tag = ' (%s only)' % directive.group(1).strip()
        elif line.startswith('#'):
            parts.append(line.lstrip('#').strip())
        elif parts:
            break
    lines.append('- `%s`%s: %s' % (name, tag, ' '.join(parts)))

notes_path = os.path.join(root, 'docs', 'fidelity-notes.md')
with open(notes_path) as f:
    notes = f.read()
start = notes.index('## 13. Corpus map')
end = notes.index('Reference outputs of the clean-env run')
notes = (notes[:start] + '## 13. Corpus map (%d files; a profile tag means the file runs only there)\n\n'
         % len(files) + '\n'.join(lines) + '\n\n' + notes[end:])
with open(notes_path, 'w') as f:
    f.write(notes)

readme_path = os.path.join(root, 'README.md')
with open(readme_path) as f:
    readme = f.read()
with open(readme_path, 'w') as f:
    f.write(re.sub(r'\((\d+) focused cases;', '(%d focused cases;' % len(files), readme))
print('%d corpus files' % len(files))
