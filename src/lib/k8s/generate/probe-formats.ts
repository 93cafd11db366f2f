// Build time only (Node): asks the package's compiled ajv validators what the
// .d.ts files cannot say. A .d.ts `number` may be an integer (int32, int64 or
// unformatted) or a float, and a `string` may carry a format such as byte or
// date-time. Instead of parsing minified ajv output we feed each validator a
// small probe value at the field's path and read the error it reports there.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formats } from '@kubernetes-models/validate';
import type { ValueChecks } from '../types.ts';

// ajv-formats accepts every number as int64 (JavaScript has no 64-bit integers),
// so an int64 field would look unformatted. The compiled validators hold a
// reference to this very format object; making it reject unsafe integers in
// this build-time process lets the 1e19 probe below reveal int64 fields.
const int64 = (formats as unknown as Record<string, { validate: (value: number) => boolean }>)['int64'];
if (!int64) throw new Error('@kubernetes-models/validate has no int64 format');
int64.validate = (value: number) => Number.isSafeInteger(value);

interface AjvError {
  instancePath: string;
  keyword: string;
  params: { type?: string; format?: string; limit?: number; comparison?: string; pattern?: string; allowedValues?: unknown[] };
}
type Validate = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

/** A step from the type's root to a value: a field name, an array item or a map value. */
export type PathStep = { field: string } | { item: true } | { value: true };

export type NumberFormat = { t: 'integer'; format?: 'int32' | 'int64' } | { t: 'number' };

export class FormatProbe {
  private readonly validators = new Map<string, Validate>();

  async load(globalName: string, packageRoot: string): Promise<void> {
    if (this.validators.has(globalName)) return;
    const url = pathToFileURL(join(packageRoot, '_schemas', `${globalName}.js`)).href;
    const module = (await import(url)) as { validate: Validate };
    this.validators.set(globalName, module.validate);
  }

  /** Errors the validator of `globalName` reports exactly at `path` when `probe` sits there. */
  private errorsAt(globalName: string, path: PathStep[], probe: unknown): AjvError[] {
    const validate = this.validators.get(globalName);
    if (!validate) throw new Error(`validator ${globalName} not loaded`);
    validate(build(path, probe));
    return (validate.errors ?? []).filter((e) => e.instancePath === pointer(path));
  }

  numberFormat(globalName: string, path: PathStep[]): NumberFormat {
    const isInteger = this.errorsAt(globalName, path, 0.5).some(
      (e) => e.keyword === 'type' && e.params.type === 'integer',
    );
    if (!isInteger) return { t: 'number' };
    const formatError = (value: number) =>
      this.errorsAt(globalName, path, value).find((e) => e.keyword === 'format')?.params.format;
    // 2^40 breaks int32 only; 1e19 is an integer beyond int64's range.
    if (formatError(2 ** 40) === 'int32') return { t: 'integer', format: 'int32' };
    if (formatError(1e19) === 'int64') return { t: 'integer', format: 'int64' };
    return { t: 'integer' };
  }

  /** The string format the validator enforces, if any ('byte', 'date-time', ...). */
  stringFormat(globalName: string, path: PathStep[]): string | undefined {
    // Not base64, not a date, not a quantity, not an address: fails every format we know of.
    const error = this.errorsAt(globalName, path, '%not~valid%').find((e) => e.keyword === 'format');
    return error?.params.format;
  }

  // CRD packages only (ConverterOptions.crd): the constraints a validator enforces, read from the errors
  // of values that break them
  private limits(globalName: string, path: PathStep[], probes: unknown[]): AjvError[] {
    return probes.flatMap((probe) => this.errorsAt(globalName, path, probe));
  }

  /** enum, pattern, minLength, maxLength; a pattern that both probe strings satisfy is not recovered */
  stringChecks(globalName: string, path: PathStep[]): ValueChecks & { enum?: string[] } {
    const checks: ValueChecks & { enum?: string[] } = {};
    for (const e of this.limits(globalName, path, ['%not~valid%', '', LONG_STRING])) {
      if (e.keyword === 'enum' && e.params.allowedValues) checks.enum = e.params.allowedValues.map(String).sort();
      if (e.keyword === 'pattern' && e.params.pattern !== undefined) checks.pattern = e.params.pattern;
      if ((e.keyword === 'minLength' || e.keyword === 'maxLength') && e.params.limit !== undefined) checks[e.keyword] = e.params.limit;
    }
    return checks;
  }

  /** minimum and maximum, exclusive or not */
  numberChecks(globalName: string, path: PathStep[]): ValueChecks {
    const checks: ValueChecks = {};
    for (const e of this.limits(globalName, path, [-(2 ** 60), 2 ** 60])) {
      if ((e.keyword === 'minimum' || e.keyword === 'exclusiveMinimum') && e.params.limit !== undefined) {
        checks.minimum = e.params.limit;
        if (e.keyword === 'exclusiveMinimum' || e.params.comparison === '>') checks.exclusiveMinimum = true;
      }
      if ((e.keyword === 'maximum' || e.keyword === 'exclusiveMaximum') && e.params.limit !== undefined) {
        checks.maximum = e.params.limit;
        if (e.keyword === 'exclusiveMaximum' || e.params.comparison === '<') checks.exclusiveMaximum = true;
      }
    }
    return checks;
  }

  /** minItems and maxItems */
  arrayChecks(globalName: string, path: PathStep[]): ValueChecks {
    const checks: ValueChecks = {};
    for (const e of this.limits(globalName, path, [[], LONG_ARRAY])) {
      if ((e.keyword === 'minItems' || e.keyword === 'maxItems') && e.params.limit !== undefined) checks[e.keyword] = e.params.limit;
    }
    return checks;
  }

  /** minProperties and maxProperties of an object or a map; a maxProperties above 4,096 is not recovered */
  objectChecks(globalName: string, path: PathStep[]): ValueChecks {
    const checks: ValueChecks = {};
    for (const e of this.limits(globalName, path, [{}, MANY_KEYS])) {
      if ((e.keyword === 'minProperties' || e.keyword === 'maxProperties') && e.params.limit !== undefined) checks[e.keyword] = e.params.limit;
    }
    return checks;
  }
}

/** More keys than any maxProperties of the pinned packages (1 to 4,096). */
const MANY_KEYS: Record<string, null> = Object.fromEntries(Array.from({ length: 4097 }, (_, i) => [`k${i}`, null]));

/** Longer than any maxLength of the CRD packages (4,096 at most in the pinned ones); longer ones make the probe slow. */
const LONG_STRING = 'x'.repeat(4097);
/** maxItems up to 256 are recovered; a longer probe costs seconds (ajv concatenates every null item's errors). */
const LONG_ARRAY: null[] = new Array<null>(257).fill(null);

function build(path: PathStep[], leaf: unknown): unknown {
  let value = leaf;
  for (let i = path.length - 1; i >= 0; i--) {
    const step = path[i]!;
    if ('field' in step) value = { [step.field]: value };
    else if ('item' in step) value = [value];
    else value = { probe: value };
  }
  return value;
}

function pointer(path: PathStep[]): string {
  return path
    .map((step) => ('field' in step ? `/${step.field.replace(/~/g, '~0').replace(/\//g, '~1')}` : 'item' in step ? '/0' : '/probe'))
    .join('');
}
