export interface Totals {
  passed: number;
  failed: number;
  /** why something counted as failed that no failing test names */
  notes: string[];
}
export function vitestTotals(report: unknown, status: number): Totals;
export function playwrightTotals(report: unknown, status: number): Totals;
