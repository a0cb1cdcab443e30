import { isIP } from 'node:net';
import { arnMatch, wildcardMatch } from './wildcard';

/** Compares one context value with one policy value; true when they "match". */
type Matcher = (contextValue: string, policyValue: string) => boolean;

interface OperatorDefinition {
  readonly match: Matcher;
  /** Negated operators (StringNotEquals…) are true when no policy value matches. */
  readonly negated: boolean;
}

function toNumber(v: string): number | undefined {
  const n = Number(v);
  return v.trim() === '' || Number.isNaN(n) ? undefined : n;
}

function toTime(v: string): number | undefined {
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : t;
}

function numeric(cmp: (a: number, b: number) => boolean): Matcher {
  return (c, p) => {
    const a = toNumber(c);
    const b = toNumber(p);
    return a !== undefined && b !== undefined && cmp(a, b);
  };
}

function date(cmp: (a: number, b: number) => boolean): Matcher {
  return (c, p) => {
    const a = toTime(c);
    const b = toTime(p);
    return a !== undefined && b !== undefined && cmp(a, b);
  };
}

function ipv4ToBigInt(ip: string): bigint {
  return ip.split('.').reduce((acc, part) => (acc << 8n) | BigInt(Number(part)), 0n);
}

function ipv6ToBigInt(ip: string): bigint {
  const [head, tail] = ip.includes('::') ? ip.split('::') : [ip, undefined];
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const groups = tail === undefined ? h : [...h, ...Array(8 - h.length - t.length).fill('0'), ...t];
  return groups.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g || '0', 16)), 0n);
}

/** True when `ip` lies in `cidr` (a bare address means a /32 or /128). */
export function ipInCidr(ip: string, cidr: string): boolean {
  const [net, prefixText] = cidr.split('/');
  const family = isIP(ip);
  if (family === 0 || isIP(net!) !== family) return false;
  const bits = family === 4 ? 32 : 128;
  const prefix = prefixText === undefined ? bits : Number(prefixText);
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > bits) return false;
  const toInt = family === 4 ? ipv4ToBigInt : ipv6ToBigInt;
  const shift = BigInt(bits - prefix);
  return toInt(ip) >> shift === toInt(net!) >> shift;
}

const OPERATORS: Record<string, OperatorDefinition> = {
  stringequals: { match: (c, p) => c === p, negated: false },
  stringnotequals: { match: (c, p) => c === p, negated: true },
  stringequalsignorecase: { match: (c, p) => c.toLowerCase() === p.toLowerCase(), negated: false },
  stringnotequalsignorecase: { match: (c, p) => c.toLowerCase() === p.toLowerCase(), negated: true },
  stringlike: { match: (c, p) => wildcardMatch(p, c), negated: false },
  stringnotlike: { match: (c, p) => wildcardMatch(p, c), negated: true },
  numericequals: { match: numeric((a, b) => a === b), negated: false },
  numericnotequals: { match: numeric((a, b) => a === b), negated: true },
  numericlessthan: { match: numeric((a, b) => a < b), negated: false },
  numericlessthanequals: { match: numeric((a, b) => a <= b), negated: false },
  numericgreaterthan: { match: numeric((a, b) => a > b), negated: false },
  numericgreaterthanequals: { match: numeric((a, b) => a >= b), negated: false },
  dateequals: { match: date((a, b) => a === b), negated: false },
  datenotequals: { match: date((a, b) => a === b), negated: true },
  datelessthan: { match: date((a, b) => a < b), negated: false },
  datelessthanequals: { match: date((a, b) => a <= b), negated: false },
  dategreaterthan: { match: date((a, b) => a > b), negated: false },
  dategreaterthanequals: { match: date((a, b) => a >= b), negated: false },
  bool: { match: (c, p) => c.toLowerCase() === p.toLowerCase(), negated: false },
  binaryequals: { match: (c, p) => c === p, negated: false },
  ipaddress: { match: (c, p) => ipInCidr(c, p), negated: false },
  notipaddress: { match: (c, p) => ipInCidr(c, p), negated: true },
  arnequals: { match: (c, p) => arnMatch(p, c), negated: false },
  arnlike: { match: (c, p) => arnMatch(p, c), negated: false },
  arnnotequals: { match: (c, p) => arnMatch(p, c), negated: true },
  arnnotlike: { match: (c, p) => arnMatch(p, c), negated: true },
};

/** An operator name IAM does not know: the statement is malformed. */
export class UnknownConditionOperatorError extends Error {}

/**
 * Evaluates one condition key under one operator (as written, e.g.
 * "ForAllValues:StringLike" or "BoolIfExists"). `contextValues` undefined means the key is
 * absent from the request.
 */
export function evaluateCondition(
  operatorName: string,
  contextValues: readonly string[] | undefined,
  policyValues: readonly string[],
): boolean {
  let name = operatorName.toLowerCase();
  let setOperator: 'any' | 'all' | undefined;
  if (name.startsWith('foranyvalue:')) {
    setOperator = 'any';
    name = name.slice('foranyvalue:'.length);
  } else if (name.startsWith('forallvalues:')) {
    setOperator = 'all';
    name = name.slice('forallvalues:'.length);
  }
  if (name === 'null') {
    const absent = contextValues === undefined || contextValues.length === 0;
    return policyValues.some((v) => (v.toLowerCase() === 'true') === absent);
  }
  let ifExists = false;
  if (name.endsWith('ifexists')) {
    ifExists = true;
    name = name.slice(0, -'ifexists'.length);
  }
  const op = OPERATORS[name];
  if (!op) throw new UnknownConditionOperatorError(`Invalid Condition type : ${operatorName}`);
  const present = contextValues !== undefined && contextValues.length > 0;
  if (!present) {
    if (setOperator === 'all') return true;
    if (setOperator === 'any') return false;
    if (ifExists) return true;
    return op.negated;
  }
  const matchesAny = (c: string) => policyValues.some((p) => op.match(c, p));
  const holds = (c: string) => (op.negated ? !matchesAny(c) : matchesAny(c));
  if (setOperator === 'all') return contextValues.every(holds);
  if (setOperator === 'any') return contextValues.some(holds);
  // Without a set operator AWS compares a single value; for multi-valued keys any value counts.
  return op.negated ? contextValues.every(holds) : contextValues.some(holds);
}
