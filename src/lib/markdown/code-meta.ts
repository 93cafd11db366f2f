/** What a code fence's meta string says about the example: `yaml wrong title="x.yaml"`. */
export interface CodeMeta {
  /** 'wrong': deliberately broken; 'fragment': partial snippet; 'manifest': a complete example */
  role: 'manifest' | 'wrong' | 'fragment';
  title?: string;
}

export function parseCodeMeta(meta: string | undefined): CodeMeta {
  const text = meta ?? '';
  const title = /title="([^"]*)"/.exec(text)?.[1];
  const words = text.replace(/title="[^"]*"/, '').split(/\s+/);
  const role = words.includes('wrong') ? 'wrong' : words.includes('fragment') ? 'fragment' : 'manifest';
  return title === undefined ? { role } : { role, title };
}
