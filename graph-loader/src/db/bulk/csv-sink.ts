// A CSV file written without building its rows as strings: text is encoded as UTF-8 straight into a
// buffer of a few megabytes (a value's own string, quoted as RFC 4180 wants), and the full buffers are
// written one batch at a time while the next fills. The bulk CSV is hundreds of megabytes of document
// text; joining it into row and chunk strings first cost as much again in copies and garbage.
import type { FileHandle } from 'node:fs/promises';
import { ARRAY_DELIMITER, BulkCsvError } from './csv-rows.ts';
import type { Value } from './graph-image.ts';

const SIZE = 4 << 20;
const COMMA = 0x2c;
const QUOTE = 0x22;
const NEWLINE = 0x0a;

export class CsvSink {
  /** whether a cell written so far spans lines (the importer reads such files line-aware, and slower) */
  multiline = false;
  private buffer: Buffer;
  private at = 0;
  private ready: Buffer[] = [];
  private pending: Promise<unknown> = Promise.resolve();

  /** `size`: bytes of a buffer (tests make it small) */
  constructor(
    private readonly handle: FileHandle,
    private readonly size = SIZE,
  ) {
    this.buffer = Buffer.allocUnsafe(size);
  }

  /** `text` as it is. */
  text(text: string): void {
    if (text.length * 3 > this.size - this.at) {
      this.next();
      if (text.length * 3 > this.size) {
        this.ready.push(Buffer.from(text, 'utf8'));
        return;
      }
    }
    this.at += this.buffer.write(text, this.at);
  }

  comma(): void {
    this.byte(COMMA);
  }

  newline(): void {
    this.byte(NEWLINE);
  }

  /** A value as a quoted cell (a list's items joined by the array delimiter). */
  value(value: Value): void {
    if (!Array.isArray(value)) return this.quoted(String(value));
    for (const item of value as unknown[])
      if (typeof item === 'string' && item.includes(ARRAY_DELIMITER))
        throw new BulkCsvError(`a list value holds the array delimiter U+001F: ${item.slice(0, 80)}`);
    this.quoted((value as unknown[]).join(ARRAY_DELIMITER));
  }

  quoted(text: string): void {
    if (!this.multiline && (text.includes('\n') || text.includes('\r'))) this.multiline = true;
    this.byte(QUOTE);
    this.text(text.includes('"') ? text.replaceAll('"', '""') : text);
    this.byte(QUOTE);
  }

  /** Whether buffers are full: `drain` them (after a row). */
  get full(): boolean {
    return this.ready.length > 0;
  }

  /** Writes the full buffers (one write in flight while the next fills). */
  async drain(): Promise<void> {
    if (this.ready.length === 0) return;
    const buffers = this.ready;
    this.ready = [];
    await this.pending;
    this.pending = this.handle.writev(buffers);
  }

  /** Writes what is left and waits for every write. */
  async end(): Promise<void> {
    this.next();
    await this.drain();
    await this.pending;
  }

  /** Waits for the write in flight, if any, whatever came of it (before the file is closed). */
  async settle(): Promise<void> {
    await this.pending.catch(() => {});
  }

  private byte(byte: number): void {
    if (this.at === this.size) this.next();
    this.buffer[this.at++] = byte;
  }

  private next(): void {
    if (this.at > 0) this.ready.push(this.buffer.subarray(0, this.at));
    this.buffer = Buffer.allocUnsafe(this.size);
    this.at = 0;
  }
}
