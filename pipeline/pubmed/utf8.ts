// Files that are not valid UTF-8 are read all the same (each bad byte as U+FFFD),
// but not silently: import says which record held how many such bytes.

/** Bytes that are not part of a well-formed UTF-8 sequence: decoding puts U+FFFD in their place. */
export function invalidUtf8Bytes(b: Uint8Array): number {
  let bad = 0;
  for (let i = 0; i < b.length; ) {
    const c = b[i];
    const need = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (need < 0) {
      bad++;
      i++;
      continue;
    }
    let ok = true;
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      // The second byte's range is narrower after E0, ED, F0 and F4 (no overlongs, surrogates or past U+10FFFF).
      const lo = k === 1 && c === 0xe0 ? 0xa0 : k === 1 && c === 0xf0 ? 0x90 : 0x80;
      const hi = k === 1 && c === 0xed ? 0x9f : k === 1 && c === 0xf4 ? 0x8f : 0xbf;
      if (d === undefined || d < lo || d > hi) {
        ok = false;
        break;
      }
    }
    if (ok) i += need + 1;
    else {
      bad++;
      i++;
    }
  }
  return bad;
}
