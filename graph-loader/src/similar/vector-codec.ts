// A document's term vectors as one compact string (base64), so the loader can keep them beside the
// document and rebuild the similarity index without reading and cleaning every measure text again.
// Layout (unsigned LEB128 varints): measure count; per measure: id length in UTF-8 bytes, the id,
// bigram count, then per bigram the gap to the previous bigram (ascending) and its count.
import type { MeasureVector } from './tfidf-index.ts';

/** Bumped when the layout changes: a stored string of another version is recomputed, not read. */
export const VECTOR_CODEC_VERSION = 1;

export class VectorCodecError extends Error {
  constructor(message: string) {
    super(`similarity vectors: ${message}`);
    this.name = 'VectorCodecError';
  }
}

class Writer {
  private bytes = new Uint8Array(1024);
  length = 0;

  private reserve(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + n));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  varint(value: number): void {
    this.reserve(5);
    let v = value;
    while (v >= 0x80) {
      this.bytes[this.length++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.bytes[this.length++] = v;
  }

  raw(data: Uint8Array): void {
    this.reserve(data.length);
    this.bytes.set(data, this.length);
    this.length += data.length;
  }

  result(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }
}

class Reader {
  private pos = 0;
  constructor(private readonly bytes: Uint8Array) {}

  varint(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = this.bytes[this.pos++];
      if (byte === undefined) throw new VectorCodecError('truncated data');
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 0x80;
    }
  }

  raw(length: number): Uint8Array {
    if (this.pos + length > this.bytes.length) throw new VectorCodecError('truncated data');
    const out = this.bytes.subarray(this.pos, this.pos + length);
    this.pos += length;
    return out;
  }

  get done(): boolean {
    return this.pos >= this.bytes.length;
  }
}

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();

export function encodeVectors(vectors: readonly MeasureVector[]): string {
  const out = new Writer();
  out.varint(vectors.length);
  for (const v of vectors) {
    const id = utf8.encode(v.id);
    out.varint(id.length);
    out.raw(id);
    out.varint(v.grams.length);
    let previous = 0;
    for (let i = 0; i < v.grams.length; i++) {
      const gram = v.grams[i] ?? 0;
      out.varint(gram - previous);
      out.varint(v.counts[i] ?? 1);
      previous = gram;
    }
  }
  return Buffer.from(out.result()).toString('base64');
}

export function decodeVectors(encoded: string): MeasureVector[] {
  const bytes = Buffer.from(encoded, 'base64');
  const input = new Reader(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const count = input.varint();
  const out: MeasureVector[] = [];
  for (let m = 0; m < count; m++) {
    const id = fromUtf8.decode(input.raw(input.varint()));
    const n = input.varint();
    const grams = new Uint32Array(n);
    const counts = new Uint16Array(n);
    let previous = 0;
    for (let i = 0; i < n; i++) {
      previous += input.varint();
      grams[i] = previous;
      counts[i] = input.varint();
    }
    out.push({ id, grams, counts });
  }
  if (!input.done) throw new VectorCodecError('trailing data');
  return out;
}
