// The Kubernetes CEL format library: format.dns1123Label() and its kin, each with validate(), which
// gives optional.none() for a valid value or the list of what is wrong. The checks are the validator's
// own (names.ts, schema/crd-formats.ts). https://kubernetes.io/docs/reference/using-api/cel/#format-library
import { Optional, type Environment } from '@marcbachmann/cel-js';
import { checkQualifiedName, isDns1035Label, isDnsLabel, isDnsSubdomain, isLabelValue, maskTrailingDash } from '../../names.ts';
import { hasFormat } from '../../schema/crd-formats.ts';

class FormatNamespace {}
export class CelFormat {
  readonly name: string;
  readonly problem: (value: string) => string | undefined;
  constructor(name: string, problem: (value: string) => string | undefined) {
    this.name = name;
    this.problem = problem;
  }
}

const when = (ok: (value: string) => boolean, problem: string) => (value: string): string | undefined => (ok(value) ? undefined : problem);
const LABEL = 'a lowercase RFC 1123 label must consist of lower case alphanumeric characters or \'-\', start and end with an alphanumeric character, at most 63 characters';
const SUBDOMAIN = 'a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, \'-\' or \'.\', start and end with an alphanumeric character, at most 253 characters';
const DNS1035 = 'a DNS-1035 label must consist of lower case alphanumeric characters or \'-\', start with a letter, end with an alphanumeric character, at most 63 characters';

const FORMATS: Record<string, (value: string) => string | undefined> = {
  dns1123Label: when(isDnsLabel, LABEL),
  dns1123Subdomain: when(isDnsSubdomain, SUBDOMAIN),
  dns1035Label: when(isDns1035Label, DNS1035),
  dns1123LabelPrefix: when((v) => isDnsLabel(maskTrailingDash(v)), LABEL),
  dns1123SubdomainPrefix: when((v) => isDnsSubdomain(maskTrailingDash(v)), SUBDOMAIN),
  dns1035LabelPrefix: when((v) => isDns1035Label(maskTrailingDash(v)), DNS1035),
  qualifiedName: when((v) => checkQualifiedName(v) === undefined, 'a qualified name must be a name of at most 63 alphanumeric characters, \'-\', \'_\' or \'.\' with an optional DNS subdomain prefix and \'/\''),
  labelValue: when(isLabelValue, 'a label value must be empty or at most 63 alphanumeric characters, \'-\', \'_\' or \'.\', starting and ending with an alphanumeric character'),
  uri: when((v) => hasFormat('uri', v), 'not a valid URI'),
  uuid: when((v) => hasFormat('uuid', v), 'not a valid UUID'),
  byte: when((v) => hasFormat('byte', v), 'not valid base64'),
  date: when((v) => hasFormat('date', v), 'not a valid date (YYYY-MM-DD)'),
  datetime: when((v) => hasFormat('datetime', v), 'not a valid RFC 3339 date-time'),
};

export function registerFormat(env: Environment): void {
  env.registerType('FormatNamespace', FormatNamespace);
  env.registerType('Format', CelFormat);
  env.registerConstant('format', 'FormatNamespace', new FormatNamespace());
  for (const [name, problem] of Object.entries(FORMATS)) {
    const instance = new CelFormat(name, problem);
    env.registerFunction(`FormatNamespace.${name}(): Format`, () => instance);
  }
  env.registerFunction('FormatNamespace.named(string): optional<Format>', (_: FormatNamespace, name: string) => {
    const problem = Object.hasOwn(FORMATS, name) ? FORMATS[name] : undefined;
    return problem ? Optional.of(new CelFormat(name, problem)) : Optional.none();
  });
  env.registerFunction('Format.validate(string): optional<list<string>>', (format: CelFormat, value: string) => {
    const problem = format.problem(value);
    return problem === undefined ? Optional.none() : Optional.of([problem]);
  });
}
