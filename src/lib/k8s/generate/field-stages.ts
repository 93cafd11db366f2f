// Build time only: which fields of the pinned release are alpha or beta, read from the upstream
// descriptions (docs.json) and judged by the 1.36 state of their feature gates (feature-gates.ts).
// Written to generated/field-stages.json by scripts/gen-k8s.ts; read through src/lib/k8s/field-stages.ts.
import type { ApiDocs } from '../types.ts';
import type { FieldStage, FieldStagesData } from '../field-stages.ts';
import { FEATURE_GATES, FEATURE_GATES_RELEASE, UNNAMED_GATES } from './feature-gates.ts';

/** What one description says about its own field. */
export interface StageClaim {
  /** the stage it states ("This is an alpha field", "(Beta)", "This field is beta-level") */
  stage?: 'alpha' | 'beta' | 'stable';
  /** the feature gates it says the field needs */
  gates: string[];
}

const GATE_NAMES = '([A-Z][A-Za-z0-9]+(?: and [A-Z][A-Za-z0-9]+)*)';
/**
 * The phrasings of the 1.36 descriptions that make the field itself depend on a gate. A gate that
 * only changes a value's meaning ("minReplicas is allowed to be 0 if the alpha feature gate
 * HPAScaleToZero is enabled", "Lt and Gt ... (requires feature gate TaintTolerationComparisonOperators)",
 * "When the X feature gate is enabled, ...") is not the field's gate, so none of these match it.
 */
const GATE_PHRASES: readonly RegExp[] = [
  // "This is an alpha field and requires enabling the PodLevelResources feature gate."
  // "... requires enabling DeploymentReplicaSetTerminatingReplicas feature (enabled by default)."
  new RegExp(`requires enabling (?:the )?${GATE_NAMES} feature`),
  // "Requires the EnvFiles feature gate to be enabled." "(Beta) Using this field requires the X
  // feature gate to be enabled." "This field requires the X feature gate being enabled to be set."
  new RegExp(`[Rr]equires the ${GATE_NAMES} feature gates? (?:to be|being) enabled`),
  // "This is a stable field but requires that the DynamicResourceAllocation feature gate is enabled."
  new RegExp(`requires that the ${GATE_NAMES} feature gates? (?:is|are) enabled`),
  // "Alpha, gated by the ClusterTrustBundleProjection feature gate."
  new RegExp(`gated by the ${GATE_NAMES} feature gate`),
  // "This field depends on the DynamicResourceAllocation feature gate."
  new RegExp(`[Tt]his field depends on the ${GATE_NAMES} feature gate`),
  // "The PodObservedGenerationTracking feature gate must be enabled to use this field."
  new RegExp(`The ${GATE_NAMES} feature gate must be enabled to use this field`),
  // "This field is only honored by servers that enable the VolumeScheduling feature."
  new RegExp(`only honored by servers that enabled? the ${GATE_NAMES} feature`),
  // "Defaulting is a beta feature under the CustomResourceDefaulting feature gate."
  new RegExp(`is an? (?:alpha|beta) feature under the ${GATE_NAMES} feature gate`),
];

/**
 * "This is an alpha field", "This is an beta field" (sic), "This field is beta-level", "(Alpha)",
 * "Alpha, gated by ...", "This is a stable field but ...". A stage tied to an old release ("This
 * field is beta-level in 1.8", "beta in 1.10") is history, not the field's state, and is skipped.
 */
const STAGE_PHRASE =
  /(?:\bThis is an? (alpha|beta|stable) (?:field|feature)\b|\bThis field is (alpha|beta)(?!(?:-level)? in 1\.)(?:-level)?\b|\((Alpha|Beta)\)|(?:^|\n)(Alpha|Beta), gated by)/i;

/** Sentences about another field ("Using the namespace field of dataSourceRef requires ...") say nothing of this one. */
const OTHER_FIELD = /\bUsing the \w+ field of\b/;

export function parseStageClaim(description: string): StageClaim {
  const gates: string[] = [];
  let stage: StageClaim['stage'];
  for (const sentence of description.split(/(?<=\.)\s+|\n+/)) {
    if (OTHER_FIELD.test(sentence)) continue;
    const said = STAGE_PHRASE.exec(sentence);
    if (said && !stage) stage = (said[1] ?? said[2] ?? said[3] ?? said[4])!.toLowerCase() as StageClaim['stage'];
    for (const phrase of GATE_PHRASES) {
      const match = phrase.exec(sentence);
      if (!match) continue;
      for (const gate of match[1]!.split(' and ')) if (!gates.includes(gate)) gates.push(gate);
    }
  }
  return stage ? { stage, gates } : { gates };
}

/**
 * Every field whose description ties it to a gate that is not GA in the gate table's release. Throws
 * on a gate the table does not know, on a stated stage without a gate UNNAMED_GATES names, and on
 * table entries no description uses, so the hand-kept tables cannot drift from the data.
 */
export function buildFieldStages(docs: ApiDocs, kubernetesVersion: string): FieldStagesData {
  if (kubernetesVersion !== FEATURE_GATES_RELEASE) {
    throw new Error(`feature-gates.ts describes ${FEATURE_GATES_RELEASE}, the data is ${kubernetesVersion}: update the gate table`);
  }
  const fields: FieldStagesData['fields'] = {};
  const usedGates = new Set<string>();
  const usedUnnamed = new Set<string>();
  for (const [typeKey, described] of Object.entries(docs.fields)) {
    for (const [field, description] of Object.entries(described)) {
      const claim = parseStageClaim(description);
      let gates = claim.gates;
      if (gates.length === 0) {
        if (!claim.stage || claim.stage === 'stable') continue;
        const key = `${typeKey}.${field}`;
        const unnamed = UNNAMED_GATES[key];
        if (!unnamed) throw new Error(`${key} says "${claim.stage}" without a gate: add its gate to UNNAMED_GATES`);
        usedUnnamed.add(key);
        gates = [unnamed];
      }
      const open = gates.filter((gate) => {
        const state = FEATURE_GATES[gate];
        if (!state) throw new Error(`${typeKey}.${field} names the feature gate ${gate}, which feature-gates.ts does not know`);
        usedGates.add(gate);
        return state.stage !== 'ga';
      });
      if (open.length === 0) continue; // graduated: the description lags
      // several gates: the field needs them all, so it is as young as the youngest and on only when all are
      const states = open.map((gate) => FEATURE_GATES[gate]!);
      const stage: FieldStage = states.some((state) => state.stage === 'alpha') ? 'alpha' : 'beta';
      const onByDefault = states.every((state) => state.onByDefault);
      (fields[typeKey] ??= {})[field] = { stage, gates: open, onByDefault };
    }
  }
  const unusedGates = Object.keys(FEATURE_GATES).filter((gate) => !usedGates.has(gate));
  const unusedFields = Object.keys(UNNAMED_GATES).filter((key) => !usedUnnamed.has(key));
  if (unusedGates.length > 0 || unusedFields.length > 0) {
    throw new Error(`feature-gates.ts has entries no description uses: ${[...unusedGates, ...unusedFields].join(', ')}`);
  }
  return { kubernetesVersion, fields };
}
