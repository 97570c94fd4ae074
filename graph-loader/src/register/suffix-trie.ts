// A trie over reversed strings: every key that ends a text at a given position is found by walking the
// text backwards once, so a lookup costs the length of the longest key, never a scan over all keys.

interface Node<V> {
  next: Map<string, Node<V>>;
  values: V[];
}

export interface SuffixMatch<V> {
  length: number; // how many characters at the end of the text the key covers
  value: V;
}

export class SuffixTrie<V> {
  private readonly root: Node<V> = { next: new Map(), values: [] };

  add(key: string, value: V): void {
    let node = this.root;
    for (let i = key.length - 1; i >= 0; i--) {
      const ch = key[i];
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map(), values: [] };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.values.push(value);
  }

  /** Every key that ends `text` at `end` (exclusive), longest first. */
  matchesEndingAt(text: string, end = text.length): SuffixMatch<V>[] {
    const found: SuffixMatch<V>[] = [];
    let node: Node<V> | undefined = this.root;
    for (let i = end - 1; i >= 0 && node; i--) {
      node = node.next.get(text[i]);
      if (node) for (const value of node.values) found.push({ length: end - i, value });
    }
    return found.reverse();
  }
}
