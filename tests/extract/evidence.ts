import { expect } from 'vitest';

/** Every `evidence` object (and every `{ text, index, end }` span) anywhere in `value` quotes `input` exactly. */
export function expectEvidenceInInput(input: string, value: unknown): number {
  let checked = 0;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (typeof record.index === 'number' && typeof record.end === 'number' && typeof record.text === 'string') {
      expect(input.slice(record.index, record.end)).toBe(record.text);
      checked++;
    }
    for (const child of Object.values(record)) visit(child);
  };
  visit(value);
  return checked;
}

/** Reads an example article of `examples/articles/`. */
export async function readArticle(name: string): Promise<string> {
  const { readFileSync } = await import('node:fs');
  const { resolve } = await import('node:path');
  return readFileSync(resolve(__dirname, '..', '..', 'examples', 'articles', name), 'utf8');
}
