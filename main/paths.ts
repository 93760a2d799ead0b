import fs from 'node:fs';
import path from 'node:path';

/** The folder holding package.json, found by walking up (works from source under tests and from dist/). */
export function findAppRoot(start: string = __dirname): string {
  let dir = start;
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && /"name":\s*"someday"/.test(fs.readFileSync(manifest, 'utf8'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Could not find Someday's package.json above ${start}`);
    dir = parent;
  }
}

export function rendererDir(appRoot: string): string {
  return path.join(appRoot, 'dist', 'renderer');
}

export function appVersion(appRoot: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(appRoot, 'package.json'), 'utf8')) as { version?: string };
  return manifest.version ?? '0.0.0';
}
