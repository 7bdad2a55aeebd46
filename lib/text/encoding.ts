/**
 * Decoding uploaded bytes. UTF-8 is the only encoding accepted silently; a UTF-16 file with a
 * byte-order mark is unambiguous and decoded too. Anything else is guessed between the two legacy
 * encodings our sources actually produce (GB18030 from Chinese sites, Windows-1252 from old
 * Portuguese editors) and only converted after the user confirms the guess.
 */

export type LegacyEncoding = "gb18030" | "windows-1252";

export type DecodeResult =
  | { ok: true; text: string; encoding: "utf-8" | "utf-16le" | "utf-16be" | LegacyEncoding }
  | { ok: false; detected: LegacyEncoding | null; preview: string | null };

export function decodeBytes(bytes: Uint8Array, confirmed?: LegacyEncoding): DecodeResult {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = decodeStrict("utf-8", bytes.subarray(3));
    if (text !== null) return { ok: true, text, encoding: "utf-8" };
  }
  if (startsWith(bytes, [0xff, 0xfe])) return { ok: true, text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (startsWith(bytes, [0xfe, 0xff])) return { ok: true, text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };

  const utf8 = decodeStrict("utf-8", bytes);
  if (utf8 !== null) return { ok: true, text: utf8, encoding: "utf-8" };

  if (confirmed) return { ok: true, text: decodeLegacy(confirmed, bytes), encoding: confirmed };

  const detected = detectLegacyEncoding(bytes);
  return { ok: false, detected, preview: detected ? previewOf(decodeLegacy(detected, bytes)) : null };
}

/**
 * Plausibility of each candidate. The two encodings overlap (most Windows-1252 Portuguese is also
 * valid GB18030), so validity alone decides nothing; the shape of the high-byte runs does:
 * Chinese text is long runs of two-byte characters decoding to Han ideographs, while Portuguese
 * has isolated accented letters ("ação" = one or two high bytes between ASCII letters).
 */
export function detectLegacyEncoding(bytes: Uint8Array): LegacyEncoding | null {
  const runs = highByteRuns(bytes);
  if (runs.length === 0) return null;
  const meanRun = runs.reduce((sum, run) => sum + run, 0) / runs.length;

  const gb = decodeStrict("gb18030", bytes);
  const gbScore = gb === null ? 0 : shareOf(nonAscii(gb), /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]/u) * Math.min(1, meanRun / 4);

  const latin = nonAscii(decodeWindows1252(bytes));
  const cpScore = shareOf(latin, /[\p{Script=Latin}“”‘’–—…€«»°ºª·•]/u) * Math.min(1, 2 / meanRun);

  const best = Math.max(gbScore, cpScore);
  if (best < 0.5) return null;
  return gbScore > cpScore ? "gb18030" : "windows-1252";
}

function decodeLegacy(encoding: LegacyEncoding, bytes: Uint8Array): string {
  return encoding === "gb18030" ? new TextDecoder("gb18030").decode(bytes) : decodeWindows1252(bytes);
}

/**
 * Node 20's TextDecoder("windows-1252") decodes as ISO-8859-1, turning curly quotes and dashes
 * (0x80–0x9F) into C1 controls, so the 27 characters that differ are mapped here.
 */
const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return text;
}

function decodeStrict(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function highByteRuns(bytes: Uint8Array): number[] {
  const runs: number[] = [];
  let run = 0;
  for (const byte of bytes) {
    if (byte >= 0x80) run++;
    else if (run > 0) {
      runs.push(run);
      run = 0;
    }
  }
  if (run > 0) runs.push(run);
  return runs;
}

function nonAscii(text: string): string[] {
  return [...text].filter((char) => char.charCodeAt(0) >= 0x80);
}

function shareOf(chars: string[], pattern: RegExp): number {
  if (chars.length === 0) return 0;
  return chars.filter((char) => pattern.test(char)).length / chars.length;
}

/** The first lines, so the user can see whether the guessed encoding reads right. */
function previewOf(text: string): string {
  return text
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(0, 3)
    .join("\n")
    .slice(0, 300);
}
