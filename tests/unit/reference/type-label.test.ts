// Type names as the reference shows them: built-in keys by their last segment, bundled CRD types
// without the Go package path and API version the packages put in front.
import { expect, test } from 'vitest';
import { shortTypeName, typeLabel } from '../../../src/lib/reference/type-label.ts';

test('built-in type keys read as their last segment', () => {
  expect(shortTypeName('io.k8s.api.core.v1.Container')).toBe('Container');
  expect(shortTypeName('io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta')).toBe('ObjectMeta');
  expect(typeLabel({ t: 'array', items: { t: 'object', ref: 'io.k8s.api.core.v1.Volume' } })).toBe('[]Volume');
});

test('bundled CRD types drop their package path and version', () => {
  expect(shortTypeName('ComGithubPrometheusOperatorPrometheusOperatorPkgApisMonitoringV1PrometheusSpec')).toBe('PrometheusSpec');
  expect(shortTypeName('IoK8sSigsGatewayApiApisV1BackendObjectReference~1')).toBe('BackendObjectReference');
  expect(shortTypeName('IoK8sSigsGatewayApiApisV1HTTPRouteSpec')).toBe('HTTPRouteSpec');
  expect(shortTypeName('NetworkingIstioIoV1alpha3EnvoyFilter')).toBe('EnvoyFilter');
  expect(shortTypeName('ComGithubArgoprojArgoRolloutsPkgApisRolloutsV1alpha1RolloutSpec')).toBe('RolloutSpec');
  expect(typeLabel({ t: 'object', ref: 'IoK8sSigsGatewayApiApisV1beta1ReferenceGrantSpec' })).toBe('object ReferenceGrantSpec');
  // an inline type is named by its field, as built-in ones are
  expect(shortTypeName('NetworkingIstioIoV1alpha3EnvoyFilter.spec.configPatches')).toBe('configPatches');
});
