// The pieces of regular expression the rows share: adverbials between a subject and its verb, the end
// of a tag, the words that make a clause no duty, the modal verbs.

import { ADVERBIALS, NOT_DUTY, alternation } from './vocabulary.ts';

export const ADV = `(?:${ADVERBIALS.map((a) => `(?:${a})`).join('|')}){0,3}`;
export const END = '(?=[，,。；;）)\\s]|$)';
export const NOT = `(?!${ADV}(?:${alternation(NOT_DUTY)}))`;
export const MODAL = '应当|应|要|须|必须|负责';
export const sticky = (source: string): RegExp => new RegExp(source, 'uy');
