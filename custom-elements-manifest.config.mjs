// `npm run analyze` (and `npm run build`): writes custom-elements.json, the Custom Elements Manifest that
// editors, Storybook and the README's API tables (scripts/docs.js) read. The analyzer reads the classes'
// JSDoc (@summary, @csspart, @cssproperty, @cssstate, @slot, @event, and @attr / @prop for inherited
// members an element describes in its own words); the plugin below reads what it gets wrong or misses
// in Lit's `static properties = {...}` without decorators.
import { existsSync } from 'node:fs';

/** The element modules, relative to src/, and where they are shipped. */
const toDist = (path) => path.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');

/** JSDoc text of a node as one line: source line breaks inside a comment are not meant to show. */
const oneLine = (text) => text?.replace(/\s*\n\s*/g, ' ').trim();

/** The type of a literal default (`0`, `false`, `'grid'`), or `''` when it is no plain literal. */
const literalType = (value) =>
  /^-?[\d.]+$/.test(value)
    ? 'number'
    : /^(true|false)$/.test(value)
      ? 'boolean'
      : /^(['"`]).*\1$/.test(value)
        ? 'string'
        : '';

/** The text of a node's last JSDoc comment, without its tags. */
function jsDocText(ts, node) {
  const comment = node.jsDoc?.at(-1)?.comment;
  return comment === undefined ? undefined : oneLine(ts.getTextOfJSDocComment(comment));
}

/** The static class field `name` (e.g. `static override properties = {...}`), if the class has one. */
function staticField(ts, classNode, name) {
  return classNode.members.find(
    (member) =>
      ts.isPropertyDeclaration(member) &&
      member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword) &&
      member.name.getText() === name,
  );
}

/** `{ attribute: 'time-zone', type: Boolean, reflect: true, state: true }` as plain values. */
function propertyOptions(ts, objectLiteral) {
  const options = {};
  for (const option of objectLiteral.properties ?? []) {
    if (!ts.isPropertyAssignment(option)) continue;
    const value = option.initializer;
    options[option.name.getText()] =
      value.kind === ts.SyntaxKind.TrueKeyword
        ? true
        : value.kind === ts.SyntaxKind.FalseKeyword
          ? false
          : ts.isStringLiteral(value)
            ? value.text
            : value.getText();
  }
  return options;
}

/**
 * Lit's `static properties` without decorators, read the way Lit reads them:
 * - an entry without `attribute` observes the lower-cased property name (the analyzer uses the name as
 *   written), `attribute: false` none, `attribute: 'x'` that one;
 * - `state: true` is internal reactive state: private, so left out, and no attribute (the analyzer makes
 *   public attributes of them: `status`, `error`, …);
 * - name, type, default (the field's initializer) and description (the field's JSDoc) come from the
 *   class field the entry makes reactive.
 * `static override tagName = '…'` (read by `define()`) gives the tag. After the analyzer's own passes it
 * tidies what it gets wrong: `#private` members (merged across classes by name), events it guessed from
 * `dispatchEvent(new NewsPhotoEvent(type, …))`, declarations of local variables, `customElements.define`
 * with a variable tag; module paths point at the shipped dist/ files, and each `define` module is listed
 * with the tag it registers.
 */
function litStaticPropertiesPlugin() {
  /** class name → names of its `state: true` properties, for the link phase. */
  const states = new Map();
  return {
    name: 'news-widgets: lit static properties',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const classDoc = moduleDoc.declarations?.find((d) => d.name === node.name.text);
      if (!classDoc) return;

      const tagName = staticField(ts, node, 'tagName')?.initializer;
      if (tagName && ts.isStringLiteral(tagName)) {
        classDoc.tagName = tagName.text;
        classDoc.customElement = true;
      }

      const properties = staticField(ts, node, 'properties')?.initializer;
      if (!properties || !ts.isObjectLiteralExpression(properties)) return;
      classDoc.attributes ??= [];
      classDoc.members ??= [];
      const own = new Set();
      for (const entry of properties.properties) {
        // `...NewsElement.properties`: the base class's entries, which inheritance brings in.
        if (!ts.isPropertyAssignment(entry) || !ts.isObjectLiteralExpression(entry.initializer)) continue;
        const name = entry.name.getText();
        const options = propertyOptions(ts, entry.initializer);
        const field = node.members.find(
          (m) =>
            (ts.isPropertyDeclaration(m) || ts.isGetAccessor(m) || ts.isSetAccessor(m)) &&
            m.name.getText() === name,
        );
        let member = classDoc.members.find((m) => m.name === name && !m.static);
        if (!member) {
          member = { kind: 'field', name };
          classDoc.members.push(member);
        }
        // Whatever the analyzer made of the entry's attribute goes: it is rebuilt below.
        classDoc.attributes = classDoc.attributes.filter((a) => a.fieldName !== name && a.name !== name);
        delete member.attribute;
        delete member.reflects;
        member.kind = 'field';

        if (options.state === true) {
          // Internal: left out of the manifest with the other private members (link phase).
          own.add(name);
          member.privacy = 'private';
          continue;
        }
        member.privacy = 'public';
        const description = field && jsDocText(ts, field);
        if (description) member.description = description;
        if (field?.type) {
          member.type = { text: field.type.getText() + (field.questionToken ? ' | undefined' : '') };
        } else if (!member.type && typeof options.type === 'string') {
          member.type = { text: options.type.toLowerCase() };
        }
        let initializer = field && ts.isPropertyDeclaration(field) ? field.initializer : undefined;
        if (initializer && ts.isAsExpression(initializer)) initializer = initializer.expression;
        if (initializer) member.default = initializer.getText().replace(/\s+/g, ' ');
        else delete member.default;

        if (options.attribute === false) continue;
        const attribute = typeof options.attribute === 'string' ? options.attribute : name.toLowerCase();
        member.attribute = attribute;
        if (options.reflect === true) member.reflects = true;
        classDoc.attributes.push({
          name: attribute,
          fieldName: name,
          ...(member.type ? { type: member.type } : {}),
          ...(member.default !== undefined ? { default: member.default } : {}),
          ...(member.description ? { description: member.description } : {}),
        });
      }
      states.set(node.name.text, own);
    },

    packageLinkPhase({ customElementsManifest: manifest }) {
      const classes = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.kind === 'class');
      const chain = (klass) => {
        const names = [];
        for (let k = klass; k; k = classes.find((c) => c.name === k.superclass?.name)) names.push(k.name);
        return names;
      };
      for (const klass of classes) {
        const internal = new Set(chain(klass).flatMap((name) => [...(states.get(name) ?? [])]));
        klass.members = (klass.members ?? []).filter(
          (m) => !m.name.startsWith('#') && m.privacy !== 'private',
        );
        for (const member of klass.members) if (internal.has(member.name)) delete member.attribute;
        klass.attributes = (klass.attributes ?? []).filter((a) => !internal.has(a.fieldName ?? a.name));
        for (const attribute of klass.attributes) {
          // An attribute says what its property says; an element may say it in its own words (@prop).
          const member = klass.members.find((m) => m.name === attribute.fieldName && !m.static);
          if (member?.description) attribute.description = member.description;
          // `lang` is HTMLElement's own attribute and property, which the elements also observe.
          if (attribute.name === 'lang') attribute.fieldName = 'lang';
        }
        // The analyzer takes `dispatchEvent(new NewsPhotoEvent(type, …))` for an event named "type":
        // the events are the documented ones (@event).
        klass.events = (klass.events ?? []).filter((e) => e.description);
        for (const list of [
          'attributes',
          'members',
          'events',
          'cssParts',
          'cssProperties',
          'cssStates',
          'slots',
        ]) {
          for (const item of klass[list] ?? []) {
            if (item.description) item.description = oneLine(item.description);
            for (const parameter of item.parameters ?? []) {
              if (parameter.description) parameter.description = oneLine(parameter.description);
              // `show(index = 0)`: a parameter with a default is optional, of its default's type.
              if (parameter.default === undefined) continue;
              parameter.optional = true;
              parameter.type ??= { text: literalType(parameter.default) };
              if (!parameter.type.text) delete parameter.type;
            }
          }
          if (!klass[list]?.length) delete klass[list];
        }
        if (klass.description) klass.description = oneLine(klass.description);
      }

      const repath = (ref) => {
        if (ref?.module) ref.module = toDist(ref.module);
      };
      const modules = [];
      for (const module of manifest.modules) {
        const exported = new Set(module.exports?.filter((e) => e.kind === 'js').map((e) => e.name));
        module.declarations = module.declarations?.filter((d) => exported.has(d.name));
        module.exports = module.exports?.filter(
          (e) => e.kind === 'js' || module.declarations.some((d) => d.name === e.declaration?.name),
        );
        for (const declaration of module.declarations ?? []) {
          repath(declaration.superclass);
          for (const list of [
            'attributes',
            'members',
            'events',
            'cssParts',
            'cssProperties',
            'cssStates',
            'slots',
          ]) {
            for (const item of declaration[list] ?? []) repath(item.inheritedFrom);
          }
        }
        for (const e of module.exports ?? []) repath(e.declaration);
        const source = module.path;
        module.path = toDist(source);
        modules.push(module);

        // src/components/x/x.define.ts registers the element with `X.define()`, under its tagName.
        const definer = source.replace(/\.ts$/, '.define.ts');
        const elements = (module.declarations ?? []).filter((d) => d.tagName);
        if (elements.length && existsSync(definer)) {
          modules.push({
            kind: 'javascript-module',
            path: toDist(definer),
            declarations: [],
            exports: elements.map((d) => ({
              kind: 'custom-element-definition',
              name: d.tagName,
              declaration: { name: d.name, module: module.path },
            })),
          });
        }
      }
      manifest.modules = modules;
    },
  };
}

export default {
  globs: [
    'src/components/latest-news/latest-news.ts',
    'src/components/news-article/news-article.ts',
    'src/components/tag-list/tag-list.ts',
    'src/components/photo-gallery/photo-gallery.ts',
    'src/internal/news-element.ts',
  ],
  exclude: ['test/**', 'demo/**', 'src/cdn/**', 'dist/**'],
  outdir: '.',
  litelement: true,
  // package.json's `customElements` is written by hand: the analyzer would rewrite the whole file.
  packagejson: false,
  plugins: [litStaticPropertiesPlugin()],
};
