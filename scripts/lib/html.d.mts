export function walkElements(html: string, visit: (tag: string, attrs: Record<string, string>, node: unknown) => void): void;
export function textOf(node: unknown): string;
export function htmlPages(dist: string): Array<[string, string]>;
