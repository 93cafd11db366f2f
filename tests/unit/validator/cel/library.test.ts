// The Kubernetes CEL library, family by family, through the validator's one environment and meter.
import { describe, expect, test } from 'vitest';
import { compileExpression } from '../../../../src/lib/validator/cel/compile.ts';
import { metered, NOT_JUDGED } from '../../../../src/lib/validator/cel/meter.ts';

/** The value of a bool expression, or the engine's error message. */
function run(source: string, self: unknown = null): unknown {
  const compiled = compileExpression(source, 'bool');
  if (!compiled.ok) return `compile: ${compiled.error}`;
  const meter = { used: 0, limit: 100_000, notJudged: false };
  try {
    return metered(meter, () => compiled.program({ self }));
  } catch (error) {
    return error === NOT_JUDGED ? 'not judged' : `error: ${(error as Error).message.split('\n')[0]}`;
  }
}

const table = (cases: [string, unknown][]) => cases.map(([source, expected]) => [source, expected] as const);

describe.each([
  ['macros and has()', table([
    ['[1, 2, 3].all(x, x > 0) && [1, 2].exists(x, x == 2) && [1, 2, 3].exists_one(x, x > 2)', true],
    ['[1, 2, 3].map(x, x * 2) == [2, 4, 6] && [1, 2, 3].filter(x, x > 1).size() == 2', true],
    ['has(self.a) && !has(self.b)', true],
  ])],
  ['integers, unsigned and doubles', table([
    ['9223372036854775807 + 1 > 0', 'error: integer overflow: 9223372036854775808'],
    ['5 / 2 == 2 && 5.0 / 2.0 == 2.5 && 1u + 2u == 3u', true],
    ['1 / 0 == 0', 'error: division by zero'],
  ])],
  ['lists', table([
    ['[1, 2, 2].isSorted() && ![2, 1].isSorted() && ["a", "b"].isSorted()', true],
    ['[1, 2, 3].sum() == 6 && [0.5, 1.5].sum() == 2.0 && [].sum() == 0', true],
    ['[3, 1, 2].min() == 1 && [3, 1, 2].max() == 3', true],
    ['[].min() == 0', 'error: min() called on an empty list'],
    ['[1, 2, 1].indexOf(1) == 0 && [1, 2, 1].lastIndexOf(1) == 2 && [1].indexOf(5) == -1', true],
  ])],
  ['sets', table([
    ['sets.contains([1, 2, 3], [1, 2]) && !sets.contains([1], [1, 2])', true],
    ['sets.equivalent([1, 2, 2], [2, 1]) && !sets.equivalent([1], [1, 2])', true],
    ['sets.intersects([1, 2], [2, 3]) && !sets.intersects([1], [2])', true],
  ])],
  ['regex', table([
    ['"abc123def".find("[0-9]+") == "123" && "abc".find("[0-9]") == ""', true],
    ['"a1b2c3".findAll("[0-9]") == ["1", "2", "3"] && "a1b2c3".findAll("[0-9]", 2) == ["1", "2"]', true],
    ['"k8s-name".matches("^[a-z0-9-]+$")', true],
  ])],
  ['url', table([
    ['url("https://example.com:8443/a%20b?x=1&x=2").getScheme() == "https"', true],
    ['url("https://example.com:8443/p").getHost() == "example.com:8443" && url("https://example.com:8443/p").getHostname() == "example.com"', true],
    ['url("https://example.com:8443/p").getPort() == "8443" && url("https://example.com/p").getPort() == ""', true],
    ['url("https://[::1]:80/").getHostname() == "::1" && url("https://e.com/a%20b").getEscapedPath() == "/a%20b"', true],
    ['url("https://e.com/?x=1&x=2&y=3").getQuery() == {"x": ["1", "2"], "y": ["3"]}', true],
    ['isURL("https://e.com") && isURL("/absolute/path") && !isURL("relative") && !isURL("has space")', true],
    ['url("nope").getScheme() == ""', 'error: URL parse error: nope'],
  ])],
  ['quantity', table([
    ['isQuantity("1Gi") && isQuantity("500m") && !isQuantity("1GB")', true],
    ['quantity("1Gi").isGreaterThan(quantity("1G")) && quantity("500m").isLessThan(quantity("1"))', true],
    ['quantity("1k").compareTo(quantity("1000")) == 0 && quantity("1k") == quantity("1000")', true],
    ['quantity("1").add(quantity("500m")).asApproximateFloat() == 1.5 && quantity("2").sub(1).asInteger() == 1', true],
    ['quantity("1.5k").isInteger() && !quantity("0.5").isInteger() && quantity("-3").sign() == -1', true],
    ['quantity("0.5").asInteger() == 0', 'error: cannot convert value to integer'],
    ['quantity("1GB").sign() == 1', 'error: quantities must match the regular expression of resource.Quantity: 1GB'],
  ])],
  ['format', table([
    ['!format.dns1123Label().validate("web-1").hasValue() && format.dns1123Label().validate("Web_1").hasValue()', true],
    ['!format.dns1123Subdomain().validate("a.b.c").hasValue() && format.dns1035Label().validate("1abc").hasValue()', true],
    ['!format.qualifiedName().validate("example.com/name").hasValue() && !format.labelValue().validate("").hasValue()', true],
    ['!format.dns1123LabelPrefix().validate("web-").hasValue() && format.uuid().validate("x").value().size() == 1', true],
    ['format.named("dns1123Label").hasValue() && !format.named("nope").hasValue()', true],
  ])],
  ['strings', table([
    ['"abc".charAt(1) == "b" && "abc".charAt(3) == ""', true],
    ['"a.b.c".replace(".", "/") == "a/b/c" && "a.b.c".replace(".", "/", 1) == "a/b.c"', true],
    ['"abc".indexOf("c") == 2 && "abcb".lastIndexOf("b") == 3 && "ABC".lowerAscii() == "abc" && "abc".upperAscii() == "ABC"', true],
    ['"a,b".split(",") == ["a", "b"] && "hello".substring(1, 3) == "el" && " x ".trim() == "x" && ["a", "b"].join("-") == "a-b"', true],
    ['"abc".reverse() == "cba" && strings.quote("say \\"hi\\"") == "\\"say \\\\\\"hi\\\\\\"\\""', true],
    ['"%s has %d replicas".format(["web", 3]) == "web has 3 replicas"', true],
  ])],
  ['optionals', table([
    ['optional.of(1).value() == 1 && !optional.none().hasValue() && optional.none().orValue(2) == 2', true],
    ['self.?b.orValue(5) == 5 && self.?a.hasValue() && self[?"a"].value() == 1', true],
    ['[1, 2][?5].hasValue()', false],
  ])],
])('%s', (_family, cases) => {
  test.each(cases)('%s', (source, expected) => {
    expect(run(source, new Map([['a', 1n]]))).toEqual(expected);
  });
});

describe('what the library cannot judge', () => {
  test('a backtracking pattern on a value longer than its safe bound is not judged, for matches and find', () => {
    const long = `${'a'.repeat(40)}!`;
    expect(run('self.matches("^(a+)+$")', long)).toBe('not judged');
    expect(run('self.find("(a|aa)+$") == ""', long)).toBe('not judged');
    expect(run('self.matches("^(a+)+$")', 'aaa')).toBe(true);
  });
});
