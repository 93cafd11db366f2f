// The Kubernetes CEL quantity library on the validator's one quantity parser (schema/formats.ts).
// Values are doubles: exact for the integers and decimal fractions that manifests use, approximate
// beyond 2^53. https://kubernetes.io/docs/reference/using-api/cel/#kubernetes-quantity-library
import type { Environment } from '@marcbachmann/cel-js';
import { isQuantity, quantityValue } from '../../schema/formats.ts';

export class CelQuantity {
  readonly value: number;
  constructor(value: number) {
    this.value = value;
  }
}

function quantity(text: string): CelQuantity {
  const value = quantityValue(text);
  if (value === undefined) throw new Error(`quantities must match the regular expression of resource.Quantity: ${text}`);
  return new CelQuantity(value);
}

const compare = (a: CelQuantity, b: CelQuantity): bigint => (a.value < b.value ? -1n : a.value > b.value ? 1n : 0n);

export function registerQuantity(env: Environment): void {
  env.registerType('Quantity', CelQuantity);
  env.registerFunction('quantity(string): Quantity', quantity);
  env.registerFunction('isQuantity(string): bool', (text: string) => isQuantity(text));
  env.registerFunction('Quantity.isLessThan(Quantity): bool', (a: CelQuantity, b: CelQuantity) => a.value < b.value);
  env.registerFunction('Quantity.isGreaterThan(Quantity): bool', (a: CelQuantity, b: CelQuantity) => a.value > b.value);
  env.registerFunction('Quantity.compareTo(Quantity): int', compare);
  env.registerFunction('Quantity.add(Quantity): Quantity', (a: CelQuantity, b: CelQuantity) => new CelQuantity(a.value + b.value));
  env.registerFunction('Quantity.add(int): Quantity', (a: CelQuantity, b: bigint) => new CelQuantity(a.value + Number(b)));
  env.registerFunction('Quantity.sub(Quantity): Quantity', (a: CelQuantity, b: CelQuantity) => new CelQuantity(a.value - b.value));
  env.registerFunction('Quantity.sub(int): Quantity', (a: CelQuantity, b: bigint) => new CelQuantity(a.value - Number(b)));
  env.registerFunction('Quantity.isInteger(): bool', (a: CelQuantity) => Number.isSafeInteger(a.value));
  env.registerFunction('Quantity.asInteger(): int', (a: CelQuantity) => {
    if (!Number.isSafeInteger(a.value)) throw new Error('cannot convert value to integer');
    return BigInt(a.value);
  });
  env.registerFunction('Quantity.asApproximateFloat(): double', (a: CelQuantity) => a.value);
  env.registerFunction('Quantity.sign(): int', (a: CelQuantity) => BigInt(Math.sign(a.value)));
  env.registerOperator('Quantity == Quantity', (a: CelQuantity, b: CelQuantity) => a.value === b.value);
}
