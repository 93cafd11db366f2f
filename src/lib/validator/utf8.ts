// The length of a string in UTF-8 bytes, as the API server counts sizes (an annotation total, a GMSA
// credential spec), without encoding it: a TextEncoder and its buffer for each value cost more than the
// rest of the rule on a paste of thousands of objects. A lone surrogate counts as U+FFFD, three bytes,
// as TextEncoder writes it.
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}
