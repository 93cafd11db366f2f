// Build time only: turns TypeScript declaration nodes of the kubernetes-models
// .d.ts files into plain shapes, and their JSDoc blocks into description text.
import ts from 'typescript';

/** A field's type as written in the declaration, before formats are known. */
export type DeclaredShape =
  | { t: 'string'; literals?: string[] }
  | { t: 'number' }
  | { t: 'boolean' }
  | { t: 'any' }
  | { t: 'ref'; name: string }
  | { t: 'array'; items: DeclaredShape }
  | { t: 'map'; values: DeclaredShape }
  | { t: 'inline'; members: DeclaredMember[] };

export interface DeclaredMember {
  name: string;
  optional: boolean;
  description: string;
  shape: DeclaredShape;
}

/** The text of the /** ... *\/ block right before a node, without the comment markers. */
export function leadingDoc(source: ts.SourceFile, node: ts.Node): string {
  const ranges = ts.getLeadingCommentRanges(source.text, node.pos) ?? [];
  const last = ranges.filter((r) => source.text.startsWith('/**', r.pos)).at(-1);
  if (!last) return '';
  const body = source.text.slice(last.pos + 3, last.end - 2);
  return body
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, '').replace(/\s+$/, ''))
    .join('\n')
    .trim()
    // the package escapes what would end or nest a comment: `*\/` and `\*`
    .replace(/\*\\\//g, '*/')
    .replace(/\\\*/g, '*');
}

function literalText(node: ts.TypeNode): string | undefined {
  if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)) return node.literal.text;
  return undefined;
}

function shapeOf(node: ts.TypeNode, source: ts.SourceFile, resolve: (name: string) => string): DeclaredShape {
  switch (node.kind) {
    case ts.SyntaxKind.StringKeyword:
      return { t: 'string' };
    case ts.SyntaxKind.NumberKeyword:
      return { t: 'number' };
    case ts.SyntaxKind.BooleanKeyword:
      return { t: 'boolean' };
    case ts.SyntaxKind.AnyKeyword:
    case ts.SyntaxKind.UnknownKeyword:
    case ts.SyntaxKind.ObjectKeyword:
      return { t: 'any' };
  }
  const literal = literalText(node);
  if (literal !== undefined) return { t: 'string', literals: [literal] };
  if (ts.isUnionTypeNode(node)) {
    const literals = node.types.map(literalText);
    if (literals.every((l) => l !== undefined)) return { t: 'string', literals: literals as string[] };
  }
  if (ts.isArrayTypeNode(node)) return { t: 'array', items: shapeOf(node.elementType, source, resolve) };
  if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName)) {
    const name = node.typeName.text;
    const [arg] = node.typeArguments ?? [];
    if (name === 'Array' && arg) return { t: 'array', items: shapeOf(arg, source, resolve) };
    return { t: 'ref', name: resolve(name) };
  }
  if (ts.isTypeLiteralNode(node)) {
    const index = node.members.find(ts.isIndexSignatureDeclaration);
    if (index && node.members.length === 1) return { t: 'map', values: shapeOf(index.type, source, resolve) };
    return { t: 'inline', members: membersOf(node.members, source, resolve) };
  }
  throw new Error(`unsupported type ${ts.SyntaxKind[node.kind]} in ${source.fileName}: ${node.getText(source)}`);
}

export function membersOf(
  members: ts.NodeArray<ts.TypeElement>,
  source: ts.SourceFile,
  resolve: (name: string) => string,
): DeclaredMember[] {
  const out: DeclaredMember[] = [];
  for (const member of members) {
    if (!ts.isPropertySignature(member) || !member.type) continue;
    const name = ts.isStringLiteral(member.name) || ts.isIdentifier(member.name) ? member.name.text : undefined;
    if (name === undefined) throw new Error(`unsupported member name in ${source.fileName}`);
    out.push({
      name,
      optional: member.questionToken !== undefined,
      description: leadingDoc(source, member),
      shape: shapeOf(member.type, source, resolve),
    });
  }
  return out;
}
