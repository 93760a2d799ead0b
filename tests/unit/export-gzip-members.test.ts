import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gzipMembers } from '../../main/data/export-layers';

/** Lines of varied text, about `megabytes` MB in chunks of varied size, like the export's. */
function lines(megabytes: number): Buffer[] {
  const chunks: Buffer[] = [];
  let total = 0;
  for (let i = 0; total < megabytes * 1024 * 1024; i += 1) {
    const text = Array.from({ length: 50 + (i % 400) }, (_, j) => `["row ${i}", ${j}, "word${(i * 31 + j) % 997}"]\n`);
    const chunk = Buffer.from(text.join(''), 'utf8');
    chunks.push(chunk);
    total += chunk.length;
  }
  return chunks;
}

async function collect(source: AsyncGenerator<Buffer>): Promise<Buffer[]> {
  const members: Buffer[] = [];
  for await (const member of source) members.push(member);
  return members;
}

describe('the export’s gzip members', () => {
  it('compresses the lines as several members, in order, that read back as one stream', async () => {
    const input = lines(3.5);
    const members = await collect(gzipMembers(input, 1, 3));
    expect(members.length).toBe(4);
    for (const member of members) expect(member.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
    expect(zlib.gunzipSync(Buffer.concat(members)).equals(Buffer.concat(input))).toBe(true);
  });

  it('is read by the gzip command as one file', async () => {
    const input = lines(2.2);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'someday-gzip-')), 'lines.gz');
    fs.writeFileSync(file, Buffer.concat(await collect(gzipMembers(input, 1, 2))));
    expect(execFileSync('gzip', ['-dc', file], { maxBuffer: 64 * 1024 * 1024 }).equals(Buffer.concat(input))).toBe(
      true,
    );
    fs.rmSync(path.dirname(file), { recursive: true });
  });

  it('writes one empty member for no lines, and stops with the lines’ own failure', async () => {
    expect(zlib.gunzipSync(Buffer.concat(await collect(gzipMembers([], 1)))).length).toBe(0);
    function* failing(): Generator<Buffer> {
      yield* lines(2.5);
      throw new Error('cancelled');
    }
    await expect(collect(gzipMembers(failing(), 1, 2))).rejects.toThrow('cancelled');
  });
});
