export interface PageWeight {
  path: string;
  islands: boolean;
  htmlGzip: number;
  jsGzip: number;
  lazyJsGzip: number;
  cssGzip: number;
  scripts: string[];
  lazyScripts: string[];
  /** chunks a worker imports dynamically (loaded for some inputs only), each with its own budget */
  inputChunks: { entry: string; gzip: number }[];
  frameworks: string[];
}
export const budgets: { jsGzip: number; lazyJsGzip: number; inputChunkGzip: number; cssGzip: number };
export function measureSite(dist: string): Promise<PageWeight[]>;
export function overBudget(pages: PageWeight[]): string[];
