/** The export's compression layer: gzip members compressed on the thread pool, in order. */
import os from 'node:os';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

/**
 * gzip's fastest level. On the benchmark's full data (367 MB of lines) level 6 cost about three times
 * as much CPU as level 1 for a file 10 % smaller (132 MB against 146 MB); level 1 keeps the export
 * level with the JSON store's whole-file write (bench/export-import.mjs). SOMEDAY_EXPORT_GZIP_LEVEL
 * (1 to 9) overrides it, for the bench's comparison.
 */
export function gzipLevel(env: NodeJS.ProcessEnv = process.env): number {
  const asked = Number(env.SOMEDAY_EXPORT_GZIP_LEVEL);
  return Number.isInteger(asked) && asked >= 1 && asked <= 9 ? asked : 1;
}
/** zlib's buffer for each step through the thread pool (16 KB by default; fewer, larger steps are quicker). */
export const GZIP_CHUNK = 256 * 1024;
/** Lines per gzip member (see gzipMembers). */
const MEMBER_BYTES = 1024 * 1024;
const gzipAsync = promisify(zlib.gzip);

/**
 * The lines gzipped as a series of members, each about 1 MB of lines, compressed on the thread pool
 * `lanes` at a time and handed on in order. gzip allows any number of members one after another
 * (RFC 1952, section 2.2) and every reader takes them as one stream (gunzip, zlib, Someday's import;
 * docs/EXPORT-FORMAT.md). One gzip stream, compressed on one thread, was the export's slowest step
 * (the lines alone take under half of the export's time); restarting the compression every megabyte
 * costs well under 1 % of the file's size.
 */
export async function* gzipMembers(
  chunks: Iterable<Buffer>,
  level: number,
  lanes = Math.max(1, Math.min(4, os.availableParallelism())),
): AsyncGenerator<Buffer> {
  const queue: Promise<Buffer>[] = [];
  let batch: Buffer[] = [];
  let size = 0;
  let members = 0;
  const send = () => {
    const member = gzipAsync(Buffer.concat(batch, size), { level, chunkSize: GZIP_CHUNK });
    // Awaited in order below, where a failure is thrown; this keeps one not yet awaited from going unhandled.
    member.catch(() => undefined);
    queue.push(member);
    batch = [];
    size = 0;
    members += 1;
  };
  for (const chunk of chunks) {
    batch.push(chunk);
    size += chunk.length;
    if (size < MEMBER_BYTES) continue;
    send();
    if (queue.length >= lanes) yield await queue.shift()!;
  }
  if (size > 0 || members === 0) send();
  while (queue.length > 0) yield await queue.shift()!;
}
