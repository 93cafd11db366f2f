export function sourceFiles(dirs: string[]): string[];
export function packageOf(specifier: string): string;
export function bareImports(text: string, isAstro?: boolean): { specifier: string; typeOnly: boolean }[];
export function undeclaredImports(files: string[], manifest: object, read?: (file: string) => string): string[];
