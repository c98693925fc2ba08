import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOutline, parseOutlineRemark } from '../../src/load/read-outline.ts';
import { REPO } from '../helpers/project.ts';

/** Every markdown file in the repository's examples and test fixtures. */
function markdownFiles(): string[] {
  const out: string[] = [];
  for (const dir of ['assessments', 'tests/fixtures']) {
    for (const e of readdirSync(join(REPO, dir), { recursive: true, withFileTypes: true })) {
      if (e.isFile() && e.name.endsWith('.md') && e.name !== 'README.md') out.push(join(e.parentPath, e.name));
    }
  }
  return out;
}

describe('parseOutline (the line scanner) reads documents as remark does', () => {
  it('on every markdown file of the examples and fixtures', () => {
    const files = markdownFiles();
    expect(files.length).toBeGreaterThan(3);
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      expect(parseOutline(text), f).toEqual(parseOutlineRemark(text));
    }
  });

  it.each([
    '# Policy\n\n## 1. Scope\n\nText.\n\n### 1.1. Who\n',
    '---\ntitle: x\n---\n# Title\n\n**7.4.1.** The complaint will be logged.\n\n7.4.2. Plain clause.\n',
    'Setext title\n============\n\nSub heading\nover two lines\n-------------\n',
    '```\n# not a heading\n7.1.1 not a clause\n```\n\n## 2. After the fence ##\n',
    '- **3.1.** In a list\n- 3.2. Another\n\n> 4.1. Quoted clause\n',
    '## 5. *Emphasis* and [a link](https://x.org) and `code`\n\ntext\n\n---\n\nafter a rule\n',
    '#NoSpace is not a heading\n\n####### seven is not\n',
  ])('on %j', (text) => {
    expect(parseOutline(text)).toEqual(parseOutlineRemark(text));
  });
});
