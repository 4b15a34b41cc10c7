// ESLint rule: a server module is reached only through its index.ts, and platform/ knows no module.
import { dirname, relative, resolve, sep } from 'node:path';

const MODULES = `${sep}apps${sep}server${sep}src${sep}modules${sep}`;
const PLATFORM = `${sep}apps${sep}server${sep}src${sep}platform${sep}`;

function moduleOf(file) {
  const i = file.indexOf(MODULES);
  if (i < 0) return null;
  const rest = file.slice(i + MODULES.length).split(sep);
  return { name: rest[0], inner: rest.slice(1).join('/') };
}

export const moduleBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Import other server modules only through their index.ts' },
    messages: {
      deep: "Import '{{module}}' through its index.ts, not '{{path}}'.",
      platform: 'platform/ must not import domain modules (found {{module}}).',
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const own = moduleOf(file);
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = moduleOf(resolve(dirname(file), source));
      if (!target || (own && own.name === target.name)) return;
      if (file.includes(PLATFORM) && !file.endsWith('.test.ts')) {
        context.report({ node, messageId: 'platform', data: { module: target.name } });
        return;
      }
      if (target.inner !== 'index.ts' && target.inner !== '') {
        context.report({
          node,
          messageId: 'deep',
          data: { module: target.name, path: relative(dirname(file), resolve(dirname(file), source)) },
        });
      }
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};
