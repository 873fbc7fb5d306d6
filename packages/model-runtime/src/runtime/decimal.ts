/**
 * Just enough exact decimal arithmetic for prices: a value is `digits / 10^scale` held in a BigInt, so
 * "0.15" × "0.000001" × 1234 tokens never drifts the way binary floats do.
 */
export interface Decimal {
  digits: bigint;
  scale: number;
}

const DECIMAL_PATTERN = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

export function parseDecimal(text: string): Decimal {
  const match = DECIMAL_PATTERN.exec(text.trim());
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) throw new Error(`Not a decimal number: "${text}"`);
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = match;
  let digits = BigInt(`${whole}${fraction}` || '0');
  let scale = fraction.length - Number(exponent);
  if (scale < 0) {
    digits *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { digits: sign === '-' ? -digits : digits, scale };
}

export function multiply(a: Decimal, b: Decimal): Decimal {
  return { digits: a.digits * b.digits, scale: a.scale + b.scale };
}

export function add(a: Decimal, b: Decimal): Decimal {
  const scale = Math.max(a.scale, b.scale);
  return { digits: rescaleUp(a, scale) + rescaleUp(b, scale), scale };
}

function rescaleUp(value: Decimal, scale: number): bigint {
  return value.digits * 10n ** BigInt(scale - value.scale);
}

/** Rounds half away from zero (Python's ROUND_HALF_UP, which Dify's prices use). */
export function round(value: Decimal, places: number): Decimal {
  if (value.scale <= places) return { digits: rescaleUp(value, places), scale: places };
  const divisor = 10n ** BigInt(value.scale - places);
  const negative = value.digits < 0n;
  const magnitude = negative ? -value.digits : value.digits;
  let quotient = magnitude / divisor;
  if ((magnitude % divisor) * 2n >= divisor) quotient += 1n;
  return { digits: negative ? -quotient : quotient, scale: places };
}

/** Fixed-point text with exactly `places` decimals, e.g. "0.0001234". */
export function toFixed(value: Decimal, places: number): string {
  const rounded = round(value, places);
  const negative = rounded.digits < 0n;
  const text = (negative ? -rounded.digits : rounded.digits).toString().padStart(places + 1, '0');
  const body = places === 0 ? text : `${text.slice(0, -places)}.${text.slice(-places)}`;
  return negative ? `-${body}` : body;
}
