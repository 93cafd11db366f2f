// Globs for inputs and for ignored paths, on every Node the package supports (fs.globSync and
// path.matchesGlob are Node 22 only): `*` and `?` within a segment, `**` across segments,
// `[abc]`/`[!a-z]` classes and `{a,b}` alternatives. Paths use forward slashes.

const MAGIC = /[*?[{]/;

export const hasMagic = (pattern: string): boolean => MAGIC.test(pattern);

/** A regular expression matching the whole path. */
export function globToRegExp(pattern: string): RegExp {
  let out = '';
  let braces = 0;
  for (let i = 0; i < pattern.length; i += 1) {
    const c = pattern[i] as string;
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        const segmentStart = i === 0 || pattern[i - 1] === '/';
        i += 1;
        if (segmentStart && pattern[i + 1] === '/') {
          // `**/`: any number of folders, none included
          out += '(?:[^/]*(?:/|$))*';
          i += 1;
        } else {
          out += '.*';
        }
      } else {
        out += '[^/]*';
      }
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close === -1) {
        out += '\\[';
      } else {
        let body = pattern.slice(i + 1, close);
        if (body.startsWith('!')) body = `^${body.slice(1)}`;
        out += `[${body.replace(/[\\\]]/g, '\\$&')}]`;
        i = close;
      }
    } else if (c === '{') {
      braces += 1;
      out += '(?:';
    } else if (c === '}' && braces > 0) {
      braces -= 1;
      out += ')';
    } else if (c === ',' && braces > 0) {
      out += '|';
    } else {
      out += c.replace(/[.+^$()|\\/]/g, '\\$&');
    }
  }
  return new RegExp(`^${out}$`);
}

/** The folder a pattern's matches are under: its leading segments without magic ('' for none). */
export function globBase(pattern: string): string {
  const segments = pattern.split('/');
  const fixed: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (hasMagic(segment)) break;
    fixed.push(segment);
  }
  return fixed.join('/') || (pattern.startsWith('/') ? '/' : '');
}
