// What the command line needs from the outside world. Tests pass a fake; nodeIo (node-io.ts) is the
// real one. The file-system members are optional: without them every argument is read as one file,
// no configuration is looked up and --format NAME=FILE cannot write.
import type { ReleaseHistory } from '../../k8s/release-data.ts';
import type { Release } from '../../k8s/releases.ts';
import type { ApiSchema } from '../../k8s/types.ts';
import type { BundledCrdOptions } from '../schema/bundled-crds.ts';
import type { ValidateOptions, ValidateResult } from '../types.ts';

export interface CliIo {
  readFile(path: string): string;
  readStdin(): string;
  out(text: string): void;
  err(text: string): void;
  /** the API data of a release (one of releases.ts); undefined when it cannot be found */
  schema(release: Release): ApiSchema | undefined;
  /** the other releases' data for a check against `release` (ValidateOptions.history); absent: none */
  history?(release: Release): ReleaseHistory | undefined;
  /** what is at a path: a file, a folder, or nothing */
  kind?(path: string): 'file' | 'directory' | undefined;
  /** a folder's entries, names only, folders marked */
  list?(path: string): { name: string; directory: boolean }[];
  writeFile?(path: string, text: string): void;
  /** the working directory (absolute, forward slashes or native) */
  cwd?(): string;
  /** validateAll, perhaps on several threads (the real io, for a run of many files); absent: validateAll here */
  check?(texts: readonly string[], options: ValidateOptions & BundledCrdOptions, release: Release): ValidateResult[];
  /** colour for standard output: a terminal, and NO_COLOR unset or empty */
  color?: boolean;
}
