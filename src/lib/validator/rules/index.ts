// The one list of rules. The runner, the rules page and the meta-test all read it.
import type { Rule } from '../types.ts';
import { yamlSyntax } from './yaml-syntax.ts';
import { duplicateKey } from './duplicate-key.ts';
import { documentEndMarker } from './document-end-marker.ts';
import { inputLimits } from './input-limits.ts';
import { apiVersionKindRequired } from './apiversion-kind-required.ts';
import { configFile } from './config-file.ts';
import { unknownKind } from './unknown-kind.ts';
import { customResourceUnchecked } from './custom-resource-unchecked.ts';
import { crdVersionNotServed } from './crd-version-not-served.ts';
import { crdOverridesBundled } from './crd-overrides-bundled.ts';
import { customResourceScope } from './custom-resource-scope.ts';
import { crdNames } from './crd-names.ts';
import { crdVersionsRule } from './crd-versions.ts';
import { crdSchemaStructural } from './crd-schema-structural.ts';
import { crdSchemaKeyword } from './crd-schema-keyword.ts';
import { crdListType } from './crd-list-type.ts';
import { crdValidationRuleCompile } from './crd-validation-rule-compile.ts';
import { crdValidationRuleTransition } from './crd-validation-rule-transition.ts';
import { apiVersionNotServed } from './api-version-not-served.ts';
import { schemaTypeMismatch } from './schema-type-mismatch.ts';
import { schemaUnknownField } from './schema-unknown-field.ts';
import { schemaRequiredField } from './schema-required-field.ts';
import { schemaEnum } from './schema-enum.ts';
import { schemaFormat } from './schema-format.ts';
import { schemaBounds } from './schema-bounds.ts';
import { schemaListDuplicate } from './schema-list-duplicate.ts';
import { schemaValidationRule } from './schema-validation-rule.ts';
import { quantityFormat } from './quantity-format.ts';
import { dateTimeFormat } from './date-time-format.ts';
import { metadataNameFormat } from './metadata-name-format.ts';
import { labelFormat } from './label-format.ts';
import { annotationFormat } from './annotation-format.ts';
import { workloadSelector } from './workload-selector.ts';
import { duplicateContainerName } from './duplicate-container-name.ts';
import { volumeMountUnknownVolume } from './volume-mount-unknown-volume.ts';
import { probeHandler } from './probe-handler.ts';
import { servicePorts } from './service-ports.ts';
import { ingressPathType } from './ingress-path-type.ts';
import { hpaReplicaBounds } from './hpa-replica-bounds.ts';
import { base64Format } from './base64-format.ts';
import { cronjobSchedule } from './cronjob-schedule.ts';
import { pdbMinMaxExclusive } from './pdb-min-max-exclusive.ts';
import { requestsExceedLimits } from './requests-exceed-limits.ts';
import { jobRestartPolicy } from './job-restart-policy.ts';
import { ephemeralContainers } from './ephemeral-containers.ts';
import { podContainers } from './pod-containers.ts';
import { podContainerPorts } from './pod-container-ports.ts';
import { podEnv } from './pod-env.ts';
import { podVolumes } from './pod-volumes.ts';
import { podVolumeMounts } from './pod-volume-mounts.ts';
import { podProbes } from './pod-probes.ts';
import { podTemplateRestartPolicy } from './pod-template-restart-policy.ts';
import { podResources } from './pod-resources.ts';
import { podSecurityContext } from './pod-security-context.ts';
import { podOs } from './pod-os.ts';
import { podDns } from './pod-dns.ts';
import { podTolerations } from './pod-tolerations.ts';
import { podAffinity } from './pod-affinity.ts';
import { podTopologySpread } from './pod-topology-spread.ts';
import { podSpecFields } from './pod-spec-fields.ts';
import { serviceSelectorNoMatch } from './service-selector-no-match.ts';
import { serviceTargetPort } from './service-target-port.ts';
import { ingressBackendMissing } from './ingress-backend-missing.ts';
import { hpaTargetMissing } from './hpa-target-missing.ts';
import { configReferenceMissing } from './config-reference-missing.ts';
import { namespaceMismatch } from './namespace-mismatch.ts';
import { imageTagRule } from './image-tag.ts';
import { resourcesMissing } from './resources-missing.ts';
import { probesMissing } from './probes-missing.ts';
import { privilegedContainer } from './privileged-container.ts';
import { hostNamespaces } from './host-namespaces.ts';
import { hostPathVolume } from './host-path-volume.ts';
import { runAsNonRoot } from './run-as-non-root.ts';
import { singleReplicaPdb } from './single-replica-pdb.ts';
import { suppressionUnknownRule } from './suppression-unknown-rule.ts';
import { featureGatedField } from './feature-gated-field.ts';

export const rules: readonly Rule[] = [
  yamlSyntax,
  duplicateKey,
  documentEndMarker,
  inputLimits,
  apiVersionKindRequired,
  configFile,
  unknownKind,
  customResourceUnchecked,
  crdVersionNotServed,
  crdOverridesBundled,
  customResourceScope,
  crdNames,
  crdVersionsRule,
  crdSchemaStructural,
  crdSchemaKeyword,
  crdListType,
  crdValidationRuleCompile,
  crdValidationRuleTransition,
  apiVersionNotServed,
  schemaTypeMismatch,
  schemaUnknownField,
  schemaRequiredField,
  schemaEnum,
  schemaFormat,
  schemaBounds,
  schemaListDuplicate,
  schemaValidationRule,
  featureGatedField,
  quantityFormat,
  dateTimeFormat,
  metadataNameFormat,
  labelFormat,
  annotationFormat,
  workloadSelector,
  duplicateContainerName,
  volumeMountUnknownVolume,
  probeHandler,
  servicePorts,
  ingressPathType,
  hpaReplicaBounds,
  base64Format,
  cronjobSchedule,
  pdbMinMaxExclusive,
  requestsExceedLimits,
  jobRestartPolicy,
  ephemeralContainers,
  podContainers,
  podContainerPorts,
  podEnv,
  podVolumes,
  podVolumeMounts,
  podProbes,
  podTemplateRestartPolicy,
  podResources,
  podSecurityContext,
  podOs,
  podDns,
  podTolerations,
  podAffinity,
  podTopologySpread,
  podSpecFields,
  serviceSelectorNoMatch,
  serviceTargetPort,
  ingressBackendMissing,
  hpaTargetMissing,
  configReferenceMissing,
  namespaceMismatch,
  imageTagRule,
  resourcesMissing,
  probesMissing,
  privilegedContainer,
  hostNamespaces,
  hostPathVolume,
  runAsNonRoot,
  singleReplicaPdb,
  suppressionUnknownRule,
];
