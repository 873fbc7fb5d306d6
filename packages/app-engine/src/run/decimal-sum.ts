/** Adds decimal strings exactly ("0.0001230" + "0.0000450"), keeping the longer scale, as Dify's Decimal does. */
export function addDecimals(a: string, b: string): string {
  const [aDigits, aScale] = parse(a);
  const [bDigits, bScale] = parse(b);
  const scale = Math.max(aScale, bScale);
  const sum = aDigits * 10n ** BigInt(scale - aScale) + bDigits * 10n ** BigInt(scale - bScale);
  return format(sum, scale);
}

function parse(text: string): [bigint, number] {
  const match = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(text.trim());
  if (!match) return [0n, 0];
  const [, sign, whole = '', fraction = ''] = match;
  const digits = BigInt(`${whole}${fraction}` || '0');
  return [sign === '-' ? -digits : digits, fraction.length];
}

function format(value: bigint, scale: number): string {
  const negative = value < 0n;
  const text = (negative ? -value : value).toString().padStart(scale + 1, '0');
  const body = scale === 0 ? text : `${text.slice(0, -scale)}.${text.slice(-scale)}`;
  return negative ? `-${body}` : body;
}
