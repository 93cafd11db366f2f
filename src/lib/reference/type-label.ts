// How a field's type reads on the reference page, close to `kubectl explain`:
// 'string', 'integer int32', 'int-or-string', 'object PodSpec', '[]Container', 'map[string]string'.
import type { ApiShape } from '../k8s/types.ts';

/**
 * 'io.k8s.api.core.v1.Container' -> 'Container'; a bundled CRD's package-global name
 * 'ComGithubPrometheusOperatorPrometheusOperatorPkgApisMonitoringV1PrometheusSpec' -> 'PrometheusSpec'
 * (its Go package path and API version run together in front of the type's own name), and its copy
 * for facts the upstream CRD puts on one place only ('…V1BackendObjectReference~1') the type's name too.
 */
export function shortTypeName(typeKey: string): string {
  const last = typeKey.slice(typeKey.lastIndexOf('.') + 1).replace(/~\d+$/, '');
  return GLOBAL_NAME_PREFIX.exec(last) ? last.replace(GLOBAL_NAME_PREFIX, '') : last;
}
const GLOBAL_NAME_PREFIX = /^[A-Z][A-Za-z0-9]*?V\d+(?:alpha\d+|beta\d+)?(?=[A-Z])/;

/** The label of a shape; nested arrays and maps name their element without the 'object' prefix. */
export function typeLabel(shape: ApiShape): string {
  return shape.t === 'object' ? `object ${shortTypeName(shape.ref)}` : elementLabel(shape);
}

function elementLabel(shape: ApiShape): string {
  switch (shape.t) {
    case 'object':
      return shortTypeName(shape.ref);
    case 'array':
      return `[]${elementLabel(shape.items)}`;
    case 'map':
      return `map[string]${elementLabel(shape.values)}`;
    case 'integer':
      return shape.format ? `integer ${shape.format}` : 'integer';
    case 'string':
      // date-time and quantity read as their own types; other formats (byte) qualify the string
      if (shape.format === 'date-time' || shape.format === 'quantity') return shape.format;
      return shape.format ? `string ${shape.format}` : 'string';
    case 'any':
      return 'JSON';
    default:
      return shape.t;
  }
}

/** Enum values of a string field (through arrays too: []string with an enum lists them). */
export function enumOf(shape: ApiShape): string[] | undefined {
  if (shape.t === 'array') return enumOf(shape.items);
  return shape.t === 'string' && shape.enum && shape.enum.length > 0 ? shape.enum : undefined;
}
