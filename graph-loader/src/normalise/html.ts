// A saved HTML page → plain text lines: tags, scripts, styles and the <head> dropped, entities
// decoded (htmlparser2), block elements on their own lines, headings as Markdown headings (the
// segmenter reads them) and table rows as tab-separated cells.
import { Parser } from 'htmlparser2';

const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'head',
  'template',
  'svg',
  'iframe',
  'object',
  'select',
  'button',
]);
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'br',
  'center',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'form',
  'header',
  'hr',
  'html',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'ul',
  'caption',
]);
const HEADING = /^h([1-6])$/;

/** True for a saved web page rather than a text or Markdown copy: it starts with markup (a Markdown
 *  file with a few inline tags is not a web page: its line breaks must survive). */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart();
  if (!head.startsWith('<')) return false;
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body|meta)\b/i.test(head)) return true;
  const closers = text.slice(0, 65536).match(/<\/(p|div|td|span|body|table|li)>/gi);
  return (closers?.length ?? 0) >= 5;
}

interface State {
  out: string[];
  skipDepth: number;
  preDepth: number;
  cellInRow: number;
}

function openTag(state: State, name: string): void {
  if (SKIPPED.has(name)) {
    state.skipDepth++;
    return;
  }
  if (state.skipDepth > 0) return;
  const heading = HEADING.exec(name);
  if (heading) state.out.push(`\n${'#'.repeat(Number(heading[1]))} `);
  else if (name === 'td' || name === 'th') {
    if (state.cellInRow > 0) state.out.push('\t');
    state.cellInRow++;
  } else if (name === 'tr') {
    state.cellInRow = 0;
    state.out.push('\n');
  } else if (BLOCKS.has(name)) state.out.push('\n');
  if (name === 'pre') state.preDepth++;
}

function closeTag(state: State, name: string): void {
  if (SKIPPED.has(name)) {
    state.skipDepth = Math.max(0, state.skipDepth - 1);
    return;
  }
  if (state.skipDepth > 0) return;
  if (name === 'pre') state.preDepth = Math.max(0, state.preDepth - 1);
  // Rows and line breaks end where the next one starts: no blank line between table rows.
  if (name === 'tr' || name === 'br') return;
  if (HEADING.test(name) || BLOCKS.has(name)) state.out.push('\n');
}

function addText(state: State, data: string): void {
  if (state.skipDepth > 0) return;
  // Runs of HTML whitespace collapse outside <pre>; no-break spaces (&nbsp;) are kept as written.
  state.out.push(state.preDepth > 0 ? data : data.replace(/[ \t\n\r\f]+/g, ' '));
}

/** The page's text; the line pipeline then trims lines and drops the web debris. */
export function htmlToText(html: string): string {
  const state: State = { out: [], skipDepth: 0, preDepth: 0, cellInRow: 0 };
  const parser = new Parser(
    {
      onopentagname: (name) => openTag(state, name),
      onclosetag: (name) => closeTag(state, name),
      ontext: (data) => addText(state, data),
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return state.out
    .join('')
    .split('\n')
    .map((line) => line.replace(/^ +| +$/g, ''))
    .join('\n');
}
