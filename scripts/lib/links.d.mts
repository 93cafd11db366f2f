export function checkLinks(dist: string): { checked: number; broken: string[] };
