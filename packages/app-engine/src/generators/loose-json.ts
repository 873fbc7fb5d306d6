/**
 * Reads JSON the way a model tends to write it: bare, in a ``` fence, or inside surrounding prose (the first
 * balanced object or array is taken). Returns undefined when nothing parses.
 */
export function parseLooseJson(text: string): unknown {
  const candidates = [text.trim()];
  const fenced = /```(?:[a-zA-Z]+)?\s*([\s\S]*?)```/.exec(text);
  if (fenced) candidates.push(fenced[1]!.trim());
  for (const open of ['{', '[']) {
    const balanced = balancedFrom(text, open);
    if (balanced) candidates.push(balanced);
  }
  for (const candidate of candidates) {
    try {
      return JSON.parse(candidate);
    } catch {
      // try the next reading
    }
  }
  return undefined;
}

function balancedFrom(text: string, open: string): string | undefined {
  const close = open === '{' ? '}' : ']';
  const start = text.indexOf(open);
  if (start < 0) return undefined;
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (let index = start; index < text.length; index++) {
    const char = text[index]!;
    if (inString) {
      if (escaped) escaped = false;
      else if (char === '\\') escaped = true;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === open) depth += 1;
    else if (char === close && --depth === 0) return text.slice(start, index + 1);
  }
  return undefined;
}
