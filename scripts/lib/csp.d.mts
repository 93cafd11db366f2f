export function parsePolicy(text: string): Map<string, string[]>;
export function policyProblems(policy: Map<string, string[]>): string[];
export function cspHashOf(script: string): string;
export function checkPage(html: string): { problems: string[]; inlineScripts: string[] };
