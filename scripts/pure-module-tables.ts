/**
 * An esbuild plugin for the library build: marks each module's top-level tables as pure, so a
 * consumer's bundler can drop the ones it does not use.
 *
 * Why: `package.json` says `"sideEffects": false`, and it is true of every module in `src/` (they
 * only build tables, patterns and functions). A bundler uses that promise to drop whole modules,
 * but tsup merges the modules into a few chunks, where the promise no longer applies: inside a chunk
 * a bundler keeps every top-level `const X = buildTable(...)`, since it cannot prove the call has no
 * effect. Importing only `toHijri` from `ziyara/temporal` then shipped the number grammar and every
 * parser pattern. Wrapping each such initializer in an IIFE marked `@__PURE__` keeps the promise
 * inside the chunk: the value is computed at the same moment as before, and dropped when unused.
 */
import { readFile } from 'node:fs/promises';
import ts from 'typescript';
import type { Plugin } from 'esbuild';

/** Initializers that bundlers already know to be free of effects (literals of literals): nothing to mark. */
function isPlainValue(node: ts.Expression): boolean {
  if (ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isParenthesizedExpression(node)) return isPlainValue(node.expression);
  if (ts.isArrayLiteralExpression(node)) return node.elements.every((element) => !ts.isSpreadElement(element) && isPlainValue(element));
  if (ts.isObjectLiteralExpression(node)) {
    return node.properties.every(
      (property) => ts.isShorthandPropertyAssignment(property) || (ts.isPropertyAssignment(property) && !ts.isComputedPropertyName(property.name) && isPlainValue(property.initializer)),
    );
  }
  if (ts.isPrefixUnaryExpression(node)) return ts.isNumericLiteral(node.operand);
  return (
    ts.isStringLiteral(node) ||
    ts.isNumericLiteral(node) ||
    ts.isNoSubstitutionTemplateLiteral(node) ||
    ts.isIdentifier(node) ||
    ts.isArrowFunction(node) ||
    ts.isFunctionExpression(node) ||
    node.kind === ts.SyntaxKind.TrueKeyword ||
    node.kind === ts.SyntaxKind.FalseKeyword ||
    node.kind === ts.SyntaxKind.NullKeyword ||
    node.kind === ts.SyntaxKind.UndefinedKeyword
  );
}

/**
 * The module's source with every top-level `const`/`let` initializer that is not a plain value
 * wrapped as `/* @__PURE__ *\/ (() => (initializer))()`. Edits are applied from the end so the
 * earlier offsets stay valid.
 */
export function markTopLevelTablesPure(source: string, fileName: string): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const edits: { start: number; end: number }[] = [];
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const initializer = declaration.initializer;
      if (initializer && !isPlainValue(initializer)) edits.push({ start: initializer.getStart(file), end: initializer.getEnd() });
    }
  }
  let out = source;
  for (const { start, end } of edits.reverse()) {
    out = `${out.slice(0, start)}/* @__PURE__ */ (() => (${out.slice(start, end)}))()${out.slice(end)}`;
  }
  return out;
}

/** The plugin: applies {@link markTopLevelTablesPure} to the library's own TypeScript sources. */
export function pureModuleTables(): Plugin {
  return {
    name: 'ziyara-pure-module-tables',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        return { contents: markTopLevelTablesPure(source, args.path), loader: 'ts' };
      });
    },
  };
}
