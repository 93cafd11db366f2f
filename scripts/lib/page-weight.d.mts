export interface PageWeight {
  path: string;
  islands: boolean;
  htmlGzip: number;
  jsGzip: number;
  lazyJsGzip: number;
  cssGzip: number;
  scripts: string[];
  lazyScripts: string[];
  frameworks: string[];
}
export const budgets: { jsGzip: number; lazyJsGzip: number; cssGzip: number };
export function measureSite(dist: string): Promise<PageWeight[]>;
export function overBudget(pages: PageWeight[]): string[];
