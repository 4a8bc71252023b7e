// The parts an element can render, read from its sources with the TypeScript compiler (for
// test/e2e/docs.e2e.js and test/e2e/manifest.e2e.js; not a test file: node --test only runs *.e2e.js).
//
// A part can be written in many ways, and every one is read:
// - in a template: `part="a b"`, `part="a ${x}"`, `part=${cond ? 'a' : 'b'}`;
// - as a `part` property of an object, as <latest-news>'s rows are described (`{ part: 'time' }`,
//   `{ part: isNew ? 'item new' : 'item' }`, `{ part: \`badge ${item.media}\` }`, `{ part }`);
// - with `setAttribute('part', …)` or `.part.add(…)`;
// - as a name/value pair of a helper's rest parameter, as <latest-news>'s rows are made
//   (`add(li, 'time', 'part', 'time', 'datetime', …)`, `add(li, 'span', 'part', \`badge ${item.media}\`)`);
// - through a helper's parameter (`anchor(href, 'tag', …)`, `link(href, 'title', …)`): every call's
//   argument.
// A value is followed through conditionals, `??` / `||`, constants, template literals and parameters, and
// otherwise through its type: `item.media` is `'photo' | 'video'`. What cannot be known that way is
// reported as unresolved, so that nothing escapes the reading. `exportparts` is read separately.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../../', import.meta.url));
const BASE = `${root}src/internal/news-element.ts`;

/** The files whose code renders `tag`: its folder (not styles, not the define module) and the base. */
export function elementFiles(tag) {
  const dir = `${root}src/components/${tag}/`;
  return [
    ...readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.define.ts') && !f.endsWith('.styles.ts'))
      .map((f) => dir + f),
    BASE,
  ];
}

let program;
function getProgram() {
  if (program) return program;
  const config = ts.readConfigFile(`${root}tsconfig.json`, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const files = ['latest-news', 'news-article', 'tag-list', 'photo-gallery'].flatMap(elementFiles);
  program = ts.createProgram({
    rootNames: [...new Set(files)],
    options: { ...parsed.options, noEmit: true },
  });
  return program;
}

const words = (text) => text.split(/\s+/).filter(Boolean);
const where = (node) => {
  const file = node.getSourceFile();
  const { line } = file.getLineAndCharacterOfPosition(node.getStart());
  return `${file.fileName.slice(root.length)}:${line + 1}`;
};

/**
 * The parts `tag` renders: `parts` maps each to where it is written; `unresolved` lists part values the
 * reading could not know; `exported` lists `exportparts` entries as `[inner, outer]`.
 */
export function renderedParts(tag) {
  const checker = getProgram().getTypeChecker();
  const files = elementFiles(tag).map((f) => getProgram().getSourceFile(f));
  const parts = new Map();
  const unresolved = [];
  const exported = [];
  const add = (part, node) => {
    if (!parts.has(part)) parts.set(part, []);
    parts.get(part).push(where(node));
  };

  // Every call in the element's files, to follow a helper's `part` parameter to its arguments.
  const calls = [];
  const visitCalls = (node) => {
    if (ts.isCallExpression(node)) calls.push(node);
    ts.forEachChild(node, visitCalls);
  };
  files.forEach(visitCalls);

  const declarationOf = (node) => {
    let symbol = checker.getSymbolAtLocation(node);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    return symbol?.valueDeclaration ?? symbol?.declarations?.[0];
  };

  /** The strings `expr` can be, or `undefined` when the reading cannot tell. */
  function values(expr, seen = new Set()) {
    if (seen.has(expr)) return [];
    seen.add(expr);
    if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isNonNullExpression(expr))
      return values(expr.expression, seen);
    if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return [expr.text];
    if (ts.isConditionalExpression(expr))
      return union(values(expr.whenTrue, seen), values(expr.whenFalse, seen));
    if (
      ts.isBinaryExpression(expr) &&
      [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken].includes(expr.operatorToken.kind)
    )
      return union(values(expr.left, seen), values(expr.right, seen));
    if (ts.isTemplateExpression(expr)) {
      let out = [expr.head.text];
      for (const span of expr.templateSpans) {
        const inner = values(span.expression, seen);
        if (!inner) return undefined;
        out = out.flatMap((start) => inner.map((v) => start + v + span.literal.text));
      }
      return out;
    }
    if (ts.isIdentifier(expr) || ts.isShorthandPropertyAssignment(expr)) {
      const declaration = ts.isShorthandPropertyAssignment(expr)
        ? checker.getShorthandAssignmentValueSymbol(expr)?.valueDeclaration
        : declarationOf(expr);
      if (declaration && ts.isParameter(declaration)) return parameterValues(declaration, seen);
      if (
        declaration &&
        ts.isVariableDeclaration(declaration) &&
        declaration.initializer &&
        ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const
      )
        return values(declaration.initializer, seen);
    }
    return typeValues(checker.getTypeAtLocation(expr));
  }

  /** The string literal types a type is made of (`undefined` and `null` left out), if that is all it is. */
  function typeValues(type) {
    const members = type.isUnion() ? type.types : [type];
    const out = [];
    for (const member of members) {
      if (member.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)) continue;
      if (!member.isStringLiteral()) return undefined;
      out.push(member.value);
    }
    return out.length ? out : undefined;
  }

  /** A helper's parameter: what every call of the helper in the element's files passes (or its default). */
  function parameterValues(parameter, seen) {
    const fn = parameter.parent;
    const index = fn.parameters.indexOf(parameter);
    const sites = calls.filter((call) => declarationOf(call.expression) === fn || call.expression === fn);
    // Arrow functions and function expressions are called through the variable that holds them.
    const holder = ts.isVariableDeclaration(fn.parent) ? fn.parent : undefined;
    if (holder) sites.push(...calls.filter((call) => declarationOf(call.expression) === holder));
    if (!sites.length) return [];
    let out = [];
    for (const call of sites) {
      const argument = call.arguments[index] ?? parameter.initializer;
      const inner = argument ? values(argument, seen) : [];
      if (!inner) return undefined;
      out = union(out, inner);
    }
    return out;
  }

  const union = (a, b) => (a && b ? [...new Set([...a, ...b])] : undefined);

  function record(expr, node = expr) {
    const found = values(expr);
    if (!found) unresolved.push(`${where(node)}: ${node.getText()}`);
    else for (const value of found) for (const part of words(value)) add(part, node);
  }

  /** `part="…"`, `part=${…}` and `exportparts="…"` in a template literal (any tag: html, svg, none). */
  function readTemplate(node) {
    const spans = ts.isTemplateExpression(node) ? node.templateSpans : [];
    const text = ts.isTemplateExpression(node)
      ? node.head.text + spans.map((span, i) => `\uE000${i}\uE000${span.literal.text}`).join('')
      : node.text;
    for (const m of text.matchAll(/(?<![\w-])part=(?:"([^"]*)"|'([^']*)'|\uE000(\d+)\uE000)/g)) {
      if (m[3] !== undefined) {
        record(spans[Number(m[3])].expression);
        continue;
      }
      // Quoted, maybe with expressions inside: every combination of their values.
      let out = [''];
      for (const piece of (m[1] ?? m[2]).split(/\uE000(\d+)\uE000/).map((p, i) => [p, i % 2])) {
        const [value, isExpression] = piece;
        const inner = isExpression ? values(spans[Number(value)].expression) : [value];
        if (!inner) {
          unresolved.push(`${where(node)}: part="${m[1] ?? m[2]}"`);
          out = [];
          break;
        }
        out = out.flatMap((start) => inner.map((v) => start + v));
      }
      for (const value of out) for (const part of words(value)) add(part, node);
    }
    for (const m of text.matchAll(/(?<![\w-])exportparts="([^"]*)"/g)) {
      for (const entry of m[1].split(',')) {
        const [inner, outer = inner] = entry.split(':').map((s) => s.trim());
        if (inner) exported.push([inner, outer]);
      }
    }
  }

  function visit(node) {
    if (ts.isTemplateExpression(node) || ts.isNoSubstitutionTemplateLiteral(node)) readTemplate(node);
    if (
      ts.isPropertyAssignment(node) &&
      node.name.getText() === 'part' &&
      ts.isObjectLiteralExpression(node.parent)
    )
      record(node.initializer, node);
    if (ts.isShorthandPropertyAssignment(node) && node.name.text === 'part') record(node);
    if (ts.isCallExpression(node)) {
      // A helper with a `part` parameter, wherever it is written (anchor() in src/internal/links.ts).
      let fn = declarationOf(node.expression);
      if (fn && ts.isVariableDeclaration(fn)) fn = fn.initializer;
      const index =
        fn && ts.isFunctionLike(fn) ? fn.parameters.findIndex((p) => p.name.getText() === 'part') : -1;
      if (index >= 0 && node.arguments[index]) record(node.arguments[index], node);
      // A rest parameter of names and values (`add(parent, tag, ...attributes)`): the value after 'part'.
      const rest = fn && ts.isFunctionLike(fn) ? fn.parameters.findIndex((p) => p.dotDotDotToken) : -1;
      if (rest >= 0) {
        for (let i = rest; i + 1 < node.arguments.length; i += 2) {
          const name = node.arguments[i];
          if (ts.isStringLiteral(name) && name.text === 'part') record(node.arguments[i + 1], node);
        }
      }
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      const [first, second] = node.arguments;
      if (method === 'setAttribute' && first && ts.isStringLiteral(first) && first.text === 'part' && second)
        record(second, node);
      if (
        ['add', 'toggle', 'replace'].includes(method) &&
        ts.isPropertyAccessExpression(node.expression.expression) &&
        node.expression.expression.name.text === 'part'
      )
        for (const argument of node.arguments) record(argument, node);
    }
    ts.forEachChild(node, visit);
  }
  files.forEach(visit);
  return { parts, unresolved, exported };
}
