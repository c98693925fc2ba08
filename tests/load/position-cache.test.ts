// The positions of a YAML file kept between runs by its content (src/load/position-cache.ts): read back equal, never
// for another text, ignored when damaged, bounded in number. `chc check` with it: tests/cli/check-positions.test.ts.
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedSourceMap, keepSourceMap, MAX_ENTRIES, POSITIONS_DIR } from '../../src/load/position-cache.ts';
import { sourceMapOf } from '../../src/load/yaml-precise.ts';
import { REPO, tempFolders } from '../helpers/project.ts';

const { make: folder, removeAll } = tempFolders('chc-positions-');
afterAll(removeAll);
const text = 'code: "2024"\nresponses:\n  "1.1":\n    comply: yes\n    evidence: |\n      Our policy.\n';

describe('the position cache', () => {
  it("reads back what it kept for the same text, and nothing for another", () => {
    const dir = folder();
    expect(cachedSourceMap(text, dir)).toBeUndefined();
    const map = sourceMapOf(text);
    keepSourceMap(text, map, dir);
    const back = cachedSourceMap(text, dir)!;
    expect({ values: back.values, keys: back.keys, lineStarts: back.lineStarts }).toEqual({ values: map.values, keys: map.keys, lineStarts: map.lineStarts });
    expect(back.values['/responses/1.1/comply']).toEqual(map.values['/responses/1.1/comply']);
    expect(cachedSourceMap(text.replace('yes', 'no '), dir)).toBeUndefined();
  });

  it('ignores an entry that is damaged, does not fit the text, or is not a file', () => {
    const dir = folder();
    keepSourceMap(text, sourceMapOf(text), dir);
    const [name] = readdirSync(dir);
    const file = join(dir, name!);
    for (const bad of ['{"values": {', '[]', JSON.stringify({ values: { '/code': [0, 9999] }, keys: {}, lineStarts: [0] }), JSON.stringify({ values: {}, keys: {}, lineStarts: [0, 5] })]) {
      writeFileSync(file, bad);
      expect(cachedSourceMap(text, dir), bad).toBeUndefined();
    }
    // A pipe in its place (nobody writes to it): not waited on.
    rmSync(file);
    execFileSync('mkfifo', [file]);
    const started = Date.now();
    expect(cachedSourceMap(text, dir)).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it(`keeps at most ${MAX_ENTRIES} entries, removing the oldest, and nothing that is not one of its own`, () => {
    const dir = folder();
    writeFileSync(join(dir, 'notes.txt'), 'not an entry');
    const map = sourceMapOf(text);
    for (let i = 0; i <= MAX_ENTRIES; i++) keepSourceMap(`${text}# ${i}\n`, map, dir);
    const names = readdirSync(dir);
    expect(names).toContain('notes.txt');
    expect(names.length - 1).toBeLessThanOrEqual(MAX_ENTRIES);
    expect(names.length - 1).toBeGreaterThanOrEqual(MAX_ENTRIES * 0.75);
    // The newest is kept.
    expect(cachedSourceMap(`${text}# ${MAX_ENTRIES}\n`, dir)).toBeDefined();
  });

  it('is in the tool\'s own cache folder', () => {
    expect(POSITIONS_DIR).toBe(join(REPO, 'node_modules/.cache/chc/positions/'));
  });
});
