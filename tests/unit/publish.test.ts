/** Publishing a build: dist/ always shows a complete build, and builds that never finished are cleared. */
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildsFolder, publish, removeStaleBuilds, stagingFolder } from '../../scripts/lib/publish.ts';

const root = mkdtempSync(join(tmpdir(), 'kb-publish-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function build(builds: string, text: string): string {
  const folder = stagingFolder(builds);
  writeFileSync(join(folder, 'index.html'), text);
  return folder;
}

/** A process id no process has: the highest possible, above Linux's limit. */
const DEAD_PID = 4_194_304 + 1;

describe('publish', () => {
  it('makes the output folder a link to the new build, in one rename, and removes the build it replaced', async () => {
    const outDir = join(root, 'a', 'dist');
    const builds = buildsFolder(root, outDir);
    const first = build(builds, 'first');
    publish(first, outDir);
    expect(lstatSync(outDir).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('first');
    const second = build(builds, 'second');
    publish(second, outDir);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('second');
    expect(readlinkSync(outDir)).not.toMatch(/^\//);
    expect(existsSync(first)).toBe(false);
    // Removed by a process of its own, which outlives the build's.
    await expect.poll(() => readdirSync(builds), { timeout: 10_000 }).toEqual([basename(second)]);
  });

  it('takes over an output folder that is still a real folder', () => {
    const outDir = join(root, 'b', 'dist');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'old.txt'), 'old');
    publish(build(buildsFolder(root, outDir), 'new'), outDir);
    expect(lstatSync(outDir).isSymbolicLink()).toBe(true);
    expect(existsSync(join(outDir, 'old.txt'))).toBe(false);
  });
});

describe('removeStaleBuilds', () => {
  it("removes what killed builds left, never the build shown nor a running build's folder", () => {
    const outDir = join(root, 'c', 'dist');
    const builds = buildsFolder(root, outDir);
    const shown = build(builds, 'shown');
    publish(shown, outDir);
    const killed = join(builds, `build-${DEAD_PID}-1`);
    mkdirSync(killed);
    // A replaced build whose removal was cut short.
    const halfRemoved = join(builds, `build-${DEAD_PID}-2.replaced`);
    mkdirSync(halfRemoved);
    const running = build(builds, 'running');
    expect(removeStaleBuilds(builds, outDir).sort()).toEqual([killed, halfRemoved]);
    expect(existsSync(shown) && existsSync(running)).toBe(true);
  });

  it('keeps the builds of one output apart from another', () => {
    expect(buildsFolder(root, join(root, 'dist'))).not.toBe(buildsFolder(root, join(root, '.build', 'test-sites', 'dist')));
  });
});
