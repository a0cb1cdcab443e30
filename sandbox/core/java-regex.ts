// Smithy patterns are Java regular expressions matched against the whole value. JavaScript
// differs in ways that matter here: unicode-mode JS rejects identity escapes such as `\ ` or
// `\"`, and lacks Java's POSIX classes (`\p{Alpha}`), so patterns are rewritten token by token.

const posixClasses: Record<string, string> = {
  Lower: 'a-z',
  Upper: 'A-Z',
  ASCII: '\\u{0}-\\u{7F}',
  Alpha: 'a-zA-Z',
  Digit: '0-9',
  Alnum: 'a-zA-Z0-9',
  Punct: '!-\\/:-@\\[-`{-~',
  Graph: '!-~',
  Print: ' -~',
  Blank: ' \\t',
  Cntrl: '\\u{0}-\\u{1F}\\u{7F}',
  XDigit: '0-9a-fA-F',
  Space: ' \\t\\n\\u{B}\\f\\r',
};

/** Translates a Java pattern into the body of an equivalent JavaScript `u`-flag regex. */
export function javaPatternToJs(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const next = pattern[i + 1] ?? '';
    if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(pattern.slice(i + 2, i + 6))) {
      // Java reads exactly four hex digits: `\u10000` is U+1000 followed by '0'.
      out += `\\u{${pattern.slice(i + 2, i + 6)}}`;
      i += 5;
    } else if ((next === 'p' || next === 'P') && pattern[i + 2] === '{') {
      const end = pattern.indexOf('}', i + 3);
      const name = pattern.slice(i + 3, end);
      const posix = posixClasses[name.replace(/^Is/, '')];
      if (posix !== undefined) {
        const negated = next === 'P';
        out += inClass && !negated ? posix : `[${negated ? '^' : ''}${posix}]`;
      } else {
        out += `\\${next}{${name.replace(/^Is/, '')}}`;
      }
      i = end;
    } else if (/[a-zA-Z0-9]/.test(next)) {
      out += `\\${next}`;
      i += 1;
    } else {
      out += `\\u{${next.codePointAt(0)!.toString(16)}}`;
      i += 1;
    }
  }
  return out;
}

const cache = new Map<string, RegExp>();

/** A regex that matches a value exactly as Java's `Pattern.matches` would. */
export function compileJavaPattern(pattern: string): RegExp {
  let re = cache.get(pattern);
  if (!re) {
    re = new RegExp(`^(?:${javaPatternToJs(pattern)})$`, 'u');
    cache.set(pattern, re);
  }
  return re;
}
