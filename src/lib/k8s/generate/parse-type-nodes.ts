// Build time only: turns TypeScript declaration nodes of the kubernetes-models
// .d.ts files into plain shapes, and their JSDoc blocks into description text.
import ts from 'typescript';

/** A field's type as written in the declaration, before formats are known. */
export type DeclaredShape =
  | { t: 'string'; literals?: string[] }
  | { t: 'number'; literals?: number[] }
  | { t: 'boolean' }
  | { t: 'any' }
  /** `number | string`: the CRD packages' x-kubernetes-int-or-string */
  | { t: 'int-or-string' }
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

function numberLiteral(node: ts.TypeNode): number | undefined {
  return ts.isLiteralTypeNode(node) && ts.isNumericLiteral(node.literal) ? Number(node.literal.text) : undefined;
}

/** The shape of a keyword type (string, number, boolean, any, unknown, object), else undefined. */
export function keywordShape(node: ts.TypeNode): { t: 'string' | 'number' | 'boolean' | 'any' } | undefined {
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
  return undefined;
}

export function shapeOf(node: ts.TypeNode, source: ts.SourceFile, resolve: (name: string) => string): DeclaredShape {
  const keyword = keywordShape(node);
  if (keyword) return keyword;
  const literal = literalText(node);
  if (literal !== undefined) return { t: 'string', literals: [literal] };
  if (ts.isUnionTypeNode(node)) {
    const literals = node.types.map(literalText);
    if (literals.every((l) => l !== undefined)) return { t: 'string', literals: literals as string[] };
    // the CRD packages (crd-packages.ts) also write number enums and int-or-string as unions
    const numbers = node.types.map(numberLiteral);
    if (numbers.every((n) => n !== undefined)) return { t: 'number', literals: numbers as number[] };
    const keywords = new Set(node.types.map((t) => t.kind));
    if (keywords.size === 2 && keywords.has(ts.SyntaxKind.NumberKeyword) && keywords.has(ts.SyntaxKind.StringKeyword)) return { t: 'int-or-string' };
  }
  if (ts.isUnionTypeNode(node) || ts.isIntersectionTypeNode(node) || ts.isParenthesizedTypeNode(node) || excludeArgument(node)) {
    const merged = mergedObject(node, source, resolve);
    if (merged) return merged;
  }
  const number = numberLiteral(node);
  if (number !== undefined) return { t: 'number', literals: [number] };
  if (ts.isArrayTypeNode(node)) return { t: 'array', items: shapeOf(node.elementType, source, resolve) };
  if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName)) {
    const name = node.typeName.text;
    const [arg] = node.typeArguments ?? [];
    if (name === 'Array' && arg) return { t: 'array', items: shapeOf(arg, source, resolve) };
    const excluded = excludeArgument(node);
    if (excluded) return shapeOf(excluded, source, resolve);
    return { t: 'ref', name: resolve(name) };
  }
  if (ts.isTypeLiteralNode(node)) {
    const index = node.members.find(ts.isIndexSignatureDeclaration);
    if (index && node.members.length === 1) return { t: 'map', values: shapeOf(index.type, source, resolve) };
    return { t: 'inline', members: membersOf(node.members, source, resolve) };
  }
  throw new Error(`unsupported type ${ts.SyntaxKind[node.kind]} in ${source.fileName}: ${node.getText(source)}`);
}

/**
 * The Istio package writes a schema's oneOf as a union of object literals, intersected with the
 * common fields (`{a?} & ({b?} | {c?})`): one object with every member, those of an alternative
 * optional (which alternative applies is the oneOf's business, not the field tree's).
 */
function excludeArgument(node: ts.TypeNode): ts.TypeNode | undefined {
  return ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName) && node.typeName.text === 'Exclude' ? node.typeArguments?.[0] : undefined;
}

function mergedObject(node: ts.TypeNode, source: ts.SourceFile, resolve: (name: string) => string): DeclaredShape | undefined {
  const members = new Map<string, DeclaredMember>();
  let map: DeclaredShape | undefined;
  const visit = (part: ts.TypeNode, optional: boolean): boolean => {
    if (ts.isParenthesizedTypeNode(part)) return visit(part.type, optional);
    // Exclude<A, B>: a oneOf's "not both" written as a type; the fields are A's
    const excluded = excludeArgument(part);
    if (excluded) return visit(excluded, optional);
    if (ts.isUnionTypeNode(part)) return part.types.every((t) => visit(t, true));
    if (ts.isIntersectionTypeNode(part)) return part.types.every((t) => visit(t, optional));
    if (!ts.isTypeLiteralNode(part)) return false;
    const index = part.members.find(ts.isIndexSignatureDeclaration);
    if (index) map ??= { t: 'map', values: shapeOf(index.type, source, resolve) };
    for (const member of membersOf(part.members, source, resolve)) {
      if (!members.has(member.name)) members.set(member.name, optional ? { ...member, optional: true } : member);
    }
    return true;
  };
  if (!visit(node, false)) return undefined;
  return members.size === 0 && map ? map : { t: 'inline', members: [...members.values()] };
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
