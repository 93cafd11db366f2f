export interface PageWeight {
  path: string;
  islands: boolean;
  htmlGzip: number;
  jsGzip: number;
  cssGzip: number;
  scripts: string[];
  frameworks: string[];
}
export const budgets: { jsGzip: number; cssGzip: number };
export function measureSite(dist: string): Promise<PageWeight[]>;
export function overBudget(pages: PageWeight[]): string[];
