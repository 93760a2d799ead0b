import type { TextEncodingName } from '../../core/contact-files';

export interface DecodedFile {
  text: string;
  encoding: TextEncodingName;
  /** True when the file had no byte-order mark and was not valid UTF-8, so Windows-1252 was assumed. */
  assumed: boolean;
}

function bomOf(bytes: Uint8Array): TextEncodingName | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** UTF-16 without a byte-order mark: most ASCII text has a zero byte in every other place. */
function utf16WithoutBom(bytes: Uint8Array): TextEncodingName | null {
  const sample = bytes.subarray(0, 2000);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i += 1) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) even += 1;
    else odd += 1;
  }
  const half = sample.length / 2;
  if (odd > half * 0.4 && even < half * 0.05) return 'utf-16le';
  if (even > half * 0.4 && odd < half * 0.05) return 'utf-16be';
  return null;
}

/**
 * A contacts file's bytes as text: the byte-order mark decides (UTF-8, UTF-16 LE/BE); without one,
 * strict UTF-8, and when that fails Windows-1252 (what Excel and Outlook write on Western Windows),
 * which the preview says and lets the person change. Never replaces a byte silently: a chosen
 * encoding the bytes do not fit is an error.
 */
export function decodeContactsFile(bytes: Uint8Array, chosen?: TextEncodingName): DecodedFile {
  const bom = bomOf(bytes);
  const encoding = chosen ?? bom ?? utf16WithoutBom(bytes);
  if (encoding) {
    const text = new TextDecoder(encoding, { fatal: encoding !== 'windows-1252', ignoreBOM: false }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, ''), encoding, assumed: false };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', assumed: false };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252', assumed: true };
  }
}
