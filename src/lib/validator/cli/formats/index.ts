// The output formats by name.
import type { RunReport } from '../report.ts';
import { toGithub } from './github.ts';
import { toJson } from './json.ts';
import { toJunit } from './junit.ts';
import { toSarif } from './sarif.ts';
import { toText } from './text.ts';

export const FORMAT_NAMES = ['text', 'json', 'sarif', 'github', 'junit'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export const formats: Record<FormatName, (run: RunReport) => string> = {
  text: toText, json: toJson, sarif: toSarif, github: toGithub, junit: toJunit,
};
