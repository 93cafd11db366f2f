// Alpha and beta fields of the pinned release (1.36): fields that depend on a feature gate which is
// not GA yet. Generated (generated/field-stages.json, by generate/field-stages.ts from the upstream
// descriptions and the 1.36 feature gate table in generate/feature-gates.ts). Pure data access.
import stagesJson from './generated/field-stages.json' with { type: 'json' };

export type FieldStage = 'alpha' | 'beta';

export interface FieldStageEntry {
  /**
   * the stage of the field's feature gates in the data's release (the description's own word may
   * lag): alpha when any of them is alpha
   */
  stage: FieldStage;
  /** the feature gates the API server checks before it keeps the field (all of them; most fields have one) */
  gates: string[];
  /** every one of the gates is on in a cluster that sets no --feature-gates */
  onByDefault: boolean;
}

export interface FieldStagesData {
  /** the release whose descriptions and gate states these are */
  kubernetesVersion: string;
  /** type key -> field -> entry */
  fields: Record<string, Record<string, FieldStageEntry>>;
}

export const fieldStages: FieldStagesData = stagesJson as FieldStagesData;

/** The stage of one field of a built-in type, or undefined for a GA field (or an unknown one). */
export function fieldStage(typeKey: string, field: string, data: FieldStagesData = fieldStages): FieldStageEntry | undefined {
  const fields = Object.hasOwn(data.fields, typeKey) ? data.fields[typeKey] : undefined;
  return fields && Object.hasOwn(fields, field) ? fields[field] : undefined;
}
