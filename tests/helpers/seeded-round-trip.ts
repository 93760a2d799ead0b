import fs from 'node:fs';
import path from 'node:path';
import { exportToFile, stageExportFile } from '../../main/data/export-layers';
import { exportLines } from '../../main/data/export-stream';
import { contentChecksum, replaceContents } from '../../main/data/staging';
import { generateData, type Sizes } from '../../main/seed/synthetic-data';
import { writeSynthetic } from '../../main/seed/write-synthetic';
import { createTestApp } from './test-app';

const PASS = 'a passphrase for the seeded round trip';

export interface SeededRoundTrip {
  /** Bytes of the export's JSON Lines before compression and encryption. */
  linesBytes: number;
  /** Bytes of the encrypted file. */
  fileBytes: number;
  rows: number;
  /** contentChecksum (staging.ts) of the source and of the folder the file was imported into. */
  source: string;
  imported: string;
  /** The imported folder's checksum before the import, to show it changed. */
  before: string;
}

/**
 * Fills a test app with the seed command's rows (main/seed, the benchmark's generator) through the
 * repositories, exports it encrypted with age, and imports the file into a second app holding other
 * data; returns both checksums and the sizes. The callers choose the size: small in `npm test`, more
 * than 64 MB of lines in `npm run reliability`.
 */
export async function seededRoundTrip(sizes: Sizes, dir: string): Promise<SeededRoundTrip> {
  const source = createTestApp();
  const target = createTestApp();
  try {
    writeSynthetic(source.db, generateData(sizes));
    writeSynthetic(target.db, generateData({ contacts: 3, drafts: 3, interactions: 3, reminders: 1 }));
    const now = new Date('2026-12-06T10:00:00Z');
    let linesBytes = 0;
    for (const chunk of exportLines(source.db, '0.0.0-test', now)) linesBytes += chunk.length;
    const file = path.join(dir, 'seeded.jsonl.gz.age');
    const written = await exportToFile(source.db, file, {
      appVersion: '0.0.0-test',
      now,
      passphrase: PASS,
      workFactor: 10,
    });
    const before = contentChecksum(target.db);
    const { staging } = await stageExportFile(file, [PASS], target.dataDir, target.database.openFile);
    try {
      replaceContents(target.db, staging.db);
    } finally {
      staging.dispose();
    }
    fs.rmSync(file, { force: true });
    return {
      linesBytes,
      fileBytes: written.bytes,
      rows: written.rows,
      source: contentChecksum(source.db),
      imported: contentChecksum(target.db),
      before,
    };
  } finally {
    source.dispose();
    target.dispose();
  }
}
