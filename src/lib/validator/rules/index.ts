// The one list of rules. The runner, the rules page and the meta-test all read it.
import type { Rule } from '../types.ts';
import { yamlSyntax } from './yaml-syntax.ts';
import { duplicateKey } from './duplicate-key.ts';
import { inputLimits } from './input-limits.ts';
import { apiVersionKindRequired } from './apiversion-kind-required.ts';
import { unknownKind } from './unknown-kind.ts';
import { apiVersionNotServed } from './api-version-not-served.ts';
import { schemaTypeMismatch } from './schema-type-mismatch.ts';
import { schemaUnknownField } from './schema-unknown-field.ts';
import { schemaRequiredField } from './schema-required-field.ts';
import { schemaEnum } from './schema-enum.ts';
import { quantityFormat } from './quantity-format.ts';
import { dateTimeFormat } from './date-time-format.ts';

export const rules: readonly Rule[] = [
  yamlSyntax,
  duplicateKey,
  inputLimits,
  apiVersionKindRequired,
  unknownKind,
  apiVersionNotServed,
  schemaTypeMismatch,
  schemaUnknownField,
  schemaRequiredField,
  schemaEnum,
  quantityFormat,
  dateTimeFormat,
];
