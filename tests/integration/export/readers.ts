// Independent readers for the export tests: Python's zipfile/csv/xml/html modules (another language's
// standard library, not the code that wrote the file) and a small PNG decoder on node:zlib.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { inflateSync } from 'node:zlib';

const run = promisify(execFile);

/** Runs a Python snippet with the file path as argv[1]; returns its JSON output. */
export async function python<T>(script: string, file: string): Promise<T> {
  const { stdout } = await run('python3', ['-c', script, file], { maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout) as T;
}

export const READ_CSV_ZIP = `
import csv, io, json, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
out = {"names": sorted(z.namelist())}
for name in out["names"]:
    raw = z.read(name)
    text = raw.decode("utf-8-sig")
    out[name] = {"bom": raw.startswith(b"\\xef\\xbb\\xbf"), "rows": list(csv.reader(io.StringIO(text, newline="")))}
print(json.dumps(out, ensure_ascii=False))
`;

/** networkx's read_gexf (it needs r/g/b colours): counts and one node's colour and label. */
export const READ_GEXF_NETWORKX = `
import json, sys
import networkx as nx
g = nx.read_gexf(sys.argv[1])
node = next(n for n, d in g.nodes(data=True) if d.get("label") == "岳阳海关")
print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
  "color": g.nodes[node]["viz"]["color"]}, ensure_ascii=False))
`;

export const READ_SVG = `
import json, sys
import xml.etree.ElementTree as ET
ns = {"s": "http://www.w3.org/2000/svg"}
root = ET.parse(sys.argv[1]).getroot()
print(json.dumps({
  "circles": len(root.findall(".//s:g[@class='nodes']/s:circle", ns)),
  "lines": len(root.findall(".//s:g[@class='edges']/s:line", ns)),
  "labels": [t.text for t in root.findall(".//s:g[@class='labels']/s:text", ns)],
  "title": root.find("s:title", ns).text,
  "width": root.get("width"), "height": root.get("height"),
}, ensure_ascii=False))
`;

export const READ_HTML = `
import json, sys
from html.parser import HTMLParser
class P(HTMLParser):
    def __init__(self):
        super().__init__(); self.tags = {}; self.cells = []; self.row = None; self.in_cell = False; self.text = []
        self.items = []; self.in_li = False; self.external = []
    def handle_starttag(self, tag, attrs):
        self.tags[tag] = self.tags.get(tag, 0) + 1
        a = dict(attrs)
        for k in ("src", "href"):
            if k in a and not str(a[k]).startswith(("#", "data:")): self.external.append(a[k])
        if tag == "tr": self.row = []
        if tag == "td": self.in_cell = True; self.buf = ""
        if tag == "li": self.in_li = True; self.li = ""
    def handle_endtag(self, tag):
        if tag == "td": self.in_cell = False; self.row.append(self.buf)
        if tag == "tr" and self.row: self.cells.append(self.row)
        if tag == "li": self.in_li = False; self.items.append(self.li)
    def handle_data(self, data):
        self.text.append(data)
        if self.in_cell: self.buf += data
        if self.in_li: self.li += data
p = P(); p.feed(open(sys.argv[1], encoding="utf-8").read())
print(json.dumps({"tags": p.tags, "rows": p.cells, "policies": p.items, "external": p.external, "text": "".join(p.text)}, ensure_ascii=False))
`;

export interface DecodedPng {
  width: number;
  height: number;
  /** RGBA, 8 bits per channel */
  pixels: Uint8Array;
}

/** Decodes an 8-bit RGBA, non-interlaced PNG (what resvg writes). */
export function decodePng(bytes: Uint8Array): DecodedPng {
  const buf = Buffer.from(bytes);
  if (!buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    throw new Error('not a PNG');
  let offset = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (offset < buf.length) {
    const length = buf.readUInt32BE(offset);
    const type = buf.toString('latin1', offset + 4, offset + 8);
    const data = buf.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8 || data[9] !== 6 || data[12] !== 0) throw new Error('only 8-bit RGBA non-interlaced PNGs');
    } else if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const pixels = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x];
      const a = x >= 4 ? pixels[y * stride + x - 4] : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const c = x >= 4 && y > 0 ? pixels[(y - 1) * stride + x - 4] : 0;
      pixels[y * stride + x] = (v + unfilter(filter, a, b, c)) & 0xff;
    }
  }
  return { width, height, pixels };
}

function unfilter(filter: number, a: number, b: number, c: number): number {
  switch (filter) {
    case 0:
      return 0;
    case 1:
      return a;
    case 2:
      return b;
    case 3:
      return (a + b) >> 1;
    default: {
      const p = a + b - c;
      const pa = Math.abs(p - a);
      const pb = Math.abs(p - b);
      const pc = Math.abs(p - c);
      return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
  }
}

/** Pixels that are clearly not the white background inside a rectangle. */
export function inkIn(png: DecodedPng, x0: number, y0: number, x1: number, y1: number): number {
  let ink = 0;
  for (let y = Math.max(0, y0); y < Math.min(png.height, y1); y++) {
    for (let x = Math.max(0, x0); x < Math.min(png.width, x1); x++) {
      const i = (y * png.width + x) * 4;
      if (png.pixels[i] < 160 && png.pixels[i + 1] < 160 && png.pixels[i + 2] < 160) ink++;
    }
  }
  return ink;
}

/** Every sheet's cells as text (shared or inline strings) with their types, and the workbook's sheet names. */
export const READ_XLSX = `
import json, re, sys, zipfile
import xml.etree.ElementTree as ET
ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
z = zipfile.ZipFile(sys.argv[1])
shared = []
if "xl/sharedStrings.xml" in z.namelist():
    for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", ns):
        shared.append("".join(t.text or "" for t in si.iter("{%s}t" % ns["m"])))
book = ET.fromstring(z.read("xl/workbook.xml"))
names = [s.get("name") for s in book.findall(".//m:sheet", ns)]
rows = []
for row in ET.fromstring(z.read("xl/worksheets/sheet1.xml")).findall(".//m:sheetData/m:row", ns):
    cells = []
    for c in row.findall("m:c", ns):
        t = c.get("t"); v = c.find("m:v", ns)
        if t == "s": cells.append([int(re.sub(r"[^0-9]", "", c.get("r"))), "s", shared[int(v.text)]])
        elif t == "inlineStr": cells.append([0, "s", "".join(x.text or "" for x in c.iter("{%s}t" % ns["m"]))])
        else: cells.append([0, "n", float(v.text) if v is not None else None])
    rows.append([[k, val] for _, k, val in cells])
print(json.dumps({"names": names, "rows": rows, "files": sorted(z.namelist())}, ensure_ascii=False))
`;

export interface XlsxRead {
  names: string[];
  rows: [string, string | number][][];
  files: string[];
}
