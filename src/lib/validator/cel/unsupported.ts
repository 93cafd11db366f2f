// Kubernetes CEL functions and namespaces the validator does not implement. A rule that calls one is
// not judged and not refused (the API server knows them), instead of a false compile error.
// https://kubernetes.io/docs/reference/using-api/cel/

const FUNCTIONS = new Set([
  'ip', 'isIP', 'cidr', 'isCIDR', 'family', 'isUnspecified', 'isLoopback', 'isLinkLocalMulticast', 'isLinkLocalUnicast',
  'isGlobalUnicast', 'prefixLength', 'containsIP', 'containsCIDR', 'masked', 'semver', 'isSemver', 'major', 'minor', 'patch',
  'sort', 'sortBy', 'slice', 'flatten', 'distinct', 'range', 'greatest', 'least', 'abs', 'sign', 'ceil', 'floor', 'round', 'trunc',
  'sqrt', 'isInf', 'isNaN', 'isFinite', 'bitAnd', 'bitOr', 'bitXor', 'bitNot', 'bitShiftLeft', 'bitShiftRight',
  'transformList', 'transformMap', 'transformMapEntry',
]);
const NAMESPACES = new Set(['math', 'lists', 'authorizer', 'base64', 'encoders']);

/** Whether a compile error only says the rule calls a Kubernetes function we do not have. */
export function isUnsupportedFunction(error: string): boolean {
  const variable = /^Unknown variable: (\w+)/.exec(error)?.[1];
  if (variable) return NAMESPACES.has(variable);
  const fn = /^found no matching overload for '(?:[\w<>, ]+\.)?(\w+)\(/.exec(error)?.[1];
  return fn !== undefined && FUNCTIONS.has(fn);
}
