import { parseCodeMeta, type CodeMeta } from './code-meta.ts';

export interface CodeFence extends CodeMeta {
  lang: string;
  code: string;
  /** 1-based line of the opening fence in the source file */
  line: number;
}

/**
 * The fenced code blocks of a Markdown/MDX source, with their meta. Handles indented fences (inside
 * list items) and longer fences (````), enough for our own content, which a test keeps honest.
 */
export function codeFences(source: string): CodeFence[] {
  const lines = source.split(/\r?\n/);
  const fences: CodeFence[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([\w+-]*)\s*(.*)$/.exec(lines[i] ?? '');
    if (open === null) continue;
    const [, indent = '', marker = '```', lang = '', meta = ''] = open;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j += 1) {
      const line = lines[j] ?? '';
      if (line.trim().startsWith(marker) && line.trim().replace(new RegExp(`^${marker[0]}+`), '') === '') break;
      body.push(line.startsWith(indent) ? line.slice(indent.length) : line.trimStart());
    }
    fences.push({ lang: lang.toLowerCase(), code: body.join('\n'), line: i + 1, ...parseCodeMeta(meta) });
    i = j;
  }
  return fences;
}
