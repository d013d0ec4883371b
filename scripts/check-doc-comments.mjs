#!/usr/bin/env node
/**
 * Lists every export in src/ that has no JSDoc comment (`/** … *\/`) and exits with 1 if
 * there is any (CONVENTIONS: "a one-line doc comment on every export").
 *
 * Counted: exported functions, classes, interfaces, type aliases, enums, variables (each
 * declaration of an `export const a = …, b = …` statement shares the statement's comment),
 * `export default` expressions, and local names exported through `export { a, b }`.
 * Not counted: re-exports from another module (`export … from`), whose comment lives at the
 * declaration, test files (*.test.ts, *.test.tsx) and declaration files (*.d.ts).
 *
 * Usage: node scripts/check-doc-comments.mjs [folder …]   (default: src)
 *        --count  prints only the number of undocumented exports and always exits with 0.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const args = process.argv.slice(2);
const countOnly = args.includes('--count');
const roots = args.filter((arg) => !arg.startsWith('--'));
if (roots.length === 0) roots.push('src');

/** Every .ts/.tsx file under `dir`, tests and declaration files left out. */
function sourceFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith('.d.ts'))
      out.push(path);
  }
  return out;
}

/**
 * True when the node carries a non-empty JSDoc block right above it. A block with a blank line
 * between it and the node (a file's header comment above its first export) does not count.
 */
function hasDoc(node) {
  const text = node.getSourceFile().text;
  const docs = (node.jsDoc ?? []).filter(
    (doc) => !/\n[ \t]*\r?\n/.test(text.slice(doc.end, node.getStart())),
  );
  return docs.some(
    (doc) =>
      (typeof doc.comment === 'string' && doc.comment.trim() !== '') ||
      (Array.isArray(doc.comment) && doc.comment.length > 0) ||
      (doc.tags ?? []).some((tag) => tag.comment),
  );
}

const isExported = (node) =>
  (ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Export) !== 0 ||
  (node.modifiers ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** The undocumented exports of one file, as `path:line name`. */
function check(path) {
  const text = readFileSync(path, 'utf8');
  const file = ts.createSourceFile(
    path,
    text,
    ts.ScriptTarget.Latest,
    true,
    path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const missing = [];
  const local = new Map(); // name → declaration statement, for `export { name }`
  const where = (node) =>
    `${relative(process.cwd(), path)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;

  for (const statement of file.statements) {
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations)
        if (ts.isIdentifier(declaration.name)) local.set(declaration.name.text, statement);
    } else if (
      (ts.isFunctionDeclaration(statement) ||
        ts.isClassDeclaration(statement) ||
        ts.isInterfaceDeclaration(statement) ||
        ts.isTypeAliasDeclaration(statement) ||
        ts.isEnumDeclaration(statement)) &&
      statement.name
    ) {
      // An overloaded function is documented when any of its signatures is.
      const previous = local.get(statement.name.text);
      if (!previous || !hasDoc(previous)) local.set(statement.name.text, statement);
    }
  }

  const seen = new Set();
  for (const statement of file.statements) {
    if (ts.isVariableStatement(statement) && isExported(statement)) {
      if (!hasDoc(statement)) {
        const names = statement.declarationList.declarations.map((d) => d.name.getText());
        missing.push(`${where(statement)} ${names.join(', ')}`);
      }
    } else if (
      (ts.isFunctionDeclaration(statement) ||
        ts.isClassDeclaration(statement) ||
        ts.isInterfaceDeclaration(statement) ||
        ts.isTypeAliasDeclaration(statement) ||
        ts.isEnumDeclaration(statement)) &&
      isExported(statement)
    ) {
      const name = statement.name?.text ?? 'default';
      if (seen.has(name)) continue; // overload signatures
      seen.add(name);
      if (!hasDoc(local.get(name) ?? statement)) missing.push(`${where(statement)} ${name}`);
    } else if (ts.isExportAssignment(statement)) {
      if (!hasDoc(statement)) missing.push(`${where(statement)} default`);
    } else if (
      ts.isExportDeclaration(statement) &&
      !statement.moduleSpecifier &&
      statement.exportClause &&
      ts.isNamedExports(statement.exportClause)
    ) {
      for (const element of statement.exportClause.elements) {
        const name = (element.propertyName ?? element.name).text;
        const declaration = local.get(name);
        if (declaration && !hasDoc(declaration) && !hasDoc(statement))
          missing.push(`${where(element)} ${element.name.text}`);
      }
    }
  }
  return missing;
}

const missing = roots.flatMap((root) => sourceFiles(root)).flatMap(check);
if (countOnly) {
  console.log(missing.length);
} else if (missing.length > 0) {
  console.error(`${missing.length} exports have no doc comment (/** … */):`);
  for (const line of missing) console.error(`  ${line}`);
  process.exitCode = 1;
} else {
  console.log(`Every export in ${roots.join(', ')} has a doc comment.`);
}
