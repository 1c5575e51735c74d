// Decoding server frames: text frames are JSON; a binary frame is
//   u32 L (little-endian) | L bytes of UTF-8 JSON | zero padding to a multiple of 8 | data section
// where the JSON references arrays of the data section as {"$bin": "f64"|"i32", "offset", "length"}
// (offset in bytes from the data section's start, a multiple of 8). See docs/protocol.md.
// The typed arrays are views into the frame, little-endian as every browser platform is.

const utf8 = new TextDecoder();

/** The message in {@code data}: a string (text frame) or an ArrayBuffer (binary frame). */
export function decodeFrame(data) {
  if (typeof data === 'string') return JSON.parse(data);
  const length = new DataView(data).getUint32(0, true);
  const json = utf8.decode(new Uint8Array(data, 4, length));
  const base = (4 + length + 7) & ~7;
  return JSON.parse(json, (key, value) => {
    if (value === null || typeof value !== 'object' || typeof value.$bin !== 'string') return value;
    const at = base + value.offset;
    switch (value.$bin) {
      case 'f64': return new Float64Array(data, at, value.length);
      case 'i32': return new Int32Array(data, at, value.length);
      default: throw new Error('unknown binary array type ' + value.$bin);
    }
  });
}
