// Input that is not a readable plan fails with a named error that carries the file and the line.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { BinaryFileError, EmptyFileError, EncodingError, type InputError } from '../../../core/errors.ts';
import { decodeBytes } from '../../../graph-loader/src/read/decode.ts';

const gb = (text: string): Buffer => iconv.encode(text, 'gb18030');
const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');

interface Case {
  name: string;
  bytes: Uint8Array;
  error: typeof InputError;
  line: number;
  message: RegExp;
}

const cases: Case[] = [
  { name: 'empty file', bytes: new Uint8Array(), error: EmptyFileError, line: 1, message: /empty file/ },
  {
    name: 'only a UTF-8 BOM',
    bytes: new Uint8Array([0xef, 0xbb, 0xbf]),
    error: EmptyFileError,
    line: 1,
    message: /byte-order mark/,
  },
  {
    name: 'only whitespace',
    bytes: utf8(' \n\u3000\n\t\n'),
    error: EmptyFileError,
    line: 1,
    message: /only whitespace/,
  },
  {
    name: 'PNG header',
    bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
    error: BinaryFileError,
    line: 3,
    message: /NUL byte/,
  },
  {
    name: 'NUL byte on line 3 of a UTF-8 text',
    bytes: Buffer.concat([utf8('一、总体目标\n岳阳片区\n第三'), new Uint8Array([0]), utf8('行\n')]),
    error: BinaryFileError,
    line: 3,
    message: /NUL byte/,
  },
  {
    name: 'control characters throughout',
    bytes: utf8(`标题\n${'内容\u0001\u0002\u0003\u0004'.repeat(10)}\n`),
    error: BinaryFileError,
    line: 2,
    message: /control characters/,
  },
  {
    name: 'random bytes',
    bytes: Uint8Array.from({ length: 4096 }, (_, i) => ((i * 7919 + 13) % 251) + 1),
    error: BinaryFileError,
    line: 1,
    message: /binary file/,
  },
  {
    name: 'an invalid GB18030 sequence on line 4',
    bytes: Buffer.concat([
      gb('中国（湖南）自由贸易试验区\n岳阳片区实施方案\n一、总体目标\n以制度创新为核心'),
      new Uint8Array([0xff, 0xff]),
      gb('任务。\n'),
    ]),
    error: EncodingError,
    line: 4,
    message: /invalid GB18030 byte sequence/,
  },
  {
    name: 'invalid UTF-8 after a UTF-8 BOM, line 2',
    bytes: Buffer.concat([
      new Uint8Array([0xef, 0xbb, 0xbf]),
      utf8('一、总体目标\n岳阳'),
      new Uint8Array([0xc3, 0x28]),
      utf8('片区\n'),
    ]),
    error: EncodingError,
    line: 2,
    message: /invalid UTF-8/,
  },
  {
    name: 'a Latin-1 text (unsupported encoding)',
    bytes: iconv.encode('Café résumé naïve — déjà vu. Voilà! Über die Straße. '.repeat(20), 'latin1'),
    error: EncodingError,
    line: 1,
    message: /unsupported encoding/,
  },
  {
    name: 'a corrupt byte on line 6 of a UTF-8 plan',
    bytes: Buffer.concat([
      utf8('中国（河南）自由贸易试验区郑州片区\n金水区块实施方案\n\n为贯彻落实总体方案，制定本实施方案。\n\n一'),
      new Uint8Array([0xff]),
      utf8('总体要求\n（一）指导思想\n'),
    ]),
    error: EncodingError,
    line: 6,
    message: /invalid UTF-8 byte sequence in an otherwise UTF-8 file/,
  },
  {
    name: 'UTF-32',
    bytes: new Uint8Array([0xff, 0xfe, 0, 0, 0x2d, 0x4e, 0, 0]),
    error: EncodingError,
    line: 1,
    message: /UTF-32/,
  },
];

describe('decodeBytes rejects what is not a text plan', () => {
  it.each(cases)('$name', ({ bytes, error, line, message }) => {
    const file = 'plans/broken.txt';
    let thrown: unknown;
    try {
      decodeBytes(bytes, file);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(error);
    const err = thrown as InputError;
    expect(err.file).toBe(file);
    expect(err.line).toBe(line);
    expect(err.message).toMatch(message);
    expect(err.message.startsWith(`${file}:${line}: `)).toBe(true);
  });
});

describe('a UTF-8 file cut inside its last character', () => {
  it('loads without the incomplete bytes, with a warning naming the line', () => {
    const whole = utf8('一、总体目标\n岳阳片区建设。\n岳阳');
    const decoded = decodeBytes(whole.subarray(0, whole.length - 1), 'cut.txt');
    expect(decoded).toMatchObject({ encoding: 'UTF-8', text: '一、总体目标\n岳阳片区建设。\n岳' });
    expect(decoded.warnings).toEqual([
      'cut.txt:3: the file ends inside a character (truncated?); the incomplete bytes were dropped',
    ]);
  });
});

describe('stray control characters in an otherwise good text', () => {
  it('are tolerated with a warning naming the line', () => {
    const decoded = decodeBytes(utf8(`一、总体目标\n${'岳阳片区建设。'.repeat(200)}\u0007\n`), 'bell.txt');
    expect(decoded.encoding).toBe('UTF-8');
    expect(decoded.warnings).toEqual(['bell.txt:2: 1 stray control character(s) dropped']);
  });
});
