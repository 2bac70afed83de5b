/**
 * After `typedoc --json docs-site/api.json`: every public export has an `@example`
 * written with Arabic text (the project's documentation standard). Exits 1 with the
 * list of exports that fall short.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

interface Part {
  text: string;
}
interface Comment {
  blockTags?: { tag: string; content: Part[] }[];
}
interface Reflection {
  id: number;
  name: string;
  target?: number;
  comment?: Comment;
  signatures?: { id: number; comment?: Comment }[];
  getSignature?: { comment?: Comment };
  children?: Reflection[];
}

const ARABIC_LETTER = /[\u0600-\u06FF]/u;
const api = JSON.parse(readFileSync(resolve('docs-site/api.json'), 'utf8')) as Reflection;

const byId = new Map<number, Reflection>();
(function index(reflection: Reflection): void {
  byId.set(reflection.id, reflection);
  for (const child of reflection.children ?? []) index(child);
})(api);

function exampleText(reflection: Reflection): string {
  const comment = reflection.comment ?? reflection.signatures?.[0]?.comment ?? reflection.getSignature?.comment;
  return (comment?.blockTags ?? [])
    .filter((tag) => tag.tag === '@example')
    .map((tag) => tag.content.map((part) => part.text).join(''))
    .join('\n');
}

const problems = new Set<string>();
let checked = 0;
for (const entry of api.children ?? []) {
  for (const exported of entry.children ?? []) {
    // The root entry re-exports the others: follow the reference to the declaration.
    const declaration = exported.target === undefined ? exported : (byId.get(exported.target) ?? exported);
    checked++;
    const example = exampleText(declaration);
    if (example === '') problems.add(`${declaration.name}: no @example`);
    else if (!ARABIC_LETTER.test(example)) problems.add(`${declaration.name}: @example without Arabic text`);
  }
}

if (problems.size > 0) {
  console.error(`${problems.size} public export(s) without an Arabic @example:\n${[...problems].map((p) => `- ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`doc examples: all ${checked} public exports have an Arabic @example`);
