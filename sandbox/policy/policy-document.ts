/** One statement of an IAM policy, normalized so every list-or-scalar element is a list. */
export interface PolicyStatement {
  readonly sid?: string;
  readonly effect: 'Allow' | 'Deny';
  readonly action?: string[];
  readonly notAction?: string[];
  readonly resource?: string[];
  readonly notResource?: string[];
  /** Principal type ("AWS", "Federated", "Service", "*") to values. */
  readonly principal?: Record<string, string[]>;
  readonly notPrincipal?: Record<string, string[]>;
  /** Operator (as written) → context key (as written) → policy values. */
  readonly condition: Record<string, Record<string, string[]>>;
  /** Character offsets of the statement's object in the source text, for MatchedStatements. */
  readonly start: number;
  readonly end: number;
}

export interface PolicyDocument {
  readonly version?: string;
  readonly statements: PolicyStatement[];
}

/** A policy that is not valid JSON or not shaped like an IAM policy. */
export class MalformedPolicyError extends Error {}

function list(value: unknown, what: string): string[] {
  const items = Array.isArray(value) ? value : [value];
  return items.map((v) => {
    if (typeof v === 'string') return v;
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    throw new MalformedPolicyError(`${what} must be a string or a list of strings`);
  });
}

function principalBlock(value: unknown): Record<string, string[]> {
  if (value === '*') return { '*': ['*'] };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new MalformedPolicyError('Invalid principal in policy');
  }
  const out: Record<string, string[]> = {};
  for (const [type, v] of Object.entries(value)) out[type] = list(v, 'Principal');
  return out;
}

/** Offsets of each element of the top-level Statement array (or the lone Statement object). */
function statementSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let depth = 0;
  let inString = false;
  let lastKey = '';
  let keyStart = -1;
  let statementDepth = -1;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') {
        inString = false;
        if (depth === 1) lastKey = text.slice(keyStart + 1, i);
      }
      continue;
    }
    if (ch === '"') {
      inString = true;
      keyStart = i;
    } else if (ch === '{' || ch === '[') {
      if (depth === 1 && lastKey === 'Statement' && statementDepth < 0) statementDepth = ch === '[' ? 2 : 1;
      if (ch === '{' && statementDepth >= 0 && depth === statementDepth) start = i;
      depth++;
    } else if (ch === '}' || ch === ']') {
      depth--;
      if (ch === '}' && statementDepth >= 0 && depth === statementDepth && start >= 0) {
        spans.push({ start, end: i + 1 });
        start = -1;
        if (statementDepth === 1) statementDepth = -2;
      }
      if (ch === ']' && depth === 1 && statementDepth === 2) statementDepth = -2;
    } else if (ch === ',' && depth === 1 && statementDepth < 0) lastKey = '';
  }
  return spans;
}

/** Parses an IAM policy document (identity, trust or boundary). */
export function parsePolicyDocument(text: string): PolicyDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new MalformedPolicyError('Syntax errors in policy.');
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new MalformedPolicyError('Syntax errors in policy.');
  const doc = raw as Record<string, unknown>;
  if (doc.Statement === undefined) throw new MalformedPolicyError('Missing required field Statement');
  const rawStatements = Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
  const spans = statementSpans(text);
  const statements = rawStatements.map((s: unknown, index): PolicyStatement => {
    if (typeof s !== 'object' || s === null) throw new MalformedPolicyError('Statement must be an object');
    const st = s as Record<string, unknown>;
    if (st.Effect !== 'Allow' && st.Effect !== 'Deny') throw new MalformedPolicyError('Missing required field Effect');
    if (st.Action === undefined && st.NotAction === undefined) throw new MalformedPolicyError('Missing required field Action');
    const condition: Record<string, Record<string, string[]>> = {};
    if (st.Condition !== undefined) {
      if (typeof st.Condition !== 'object' || st.Condition === null) throw new MalformedPolicyError('Condition must be an object');
      for (const [op, block] of Object.entries(st.Condition)) {
        if (typeof block !== 'object' || block === null) throw new MalformedPolicyError(`Condition ${op} must be an object`);
        condition[op] = {};
        for (const [key, values] of Object.entries(block)) condition[op]![key] = list(values, 'Condition value');
      }
    }
    const span = spans[index] ?? { start: 0, end: text.length };
    return {
      sid: typeof st.Sid === 'string' ? st.Sid : undefined,
      effect: st.Effect,
      action: st.Action === undefined ? undefined : list(st.Action, 'Action'),
      notAction: st.NotAction === undefined ? undefined : list(st.NotAction, 'NotAction'),
      resource: st.Resource === undefined ? undefined : list(st.Resource, 'Resource'),
      notResource: st.NotResource === undefined ? undefined : list(st.NotResource, 'NotResource'),
      principal: st.Principal === undefined ? undefined : principalBlock(st.Principal),
      notPrincipal: st.NotPrincipal === undefined ? undefined : principalBlock(st.NotPrincipal),
      condition,
      start: span.start,
      end: span.end,
    };
  });
  return { version: typeof doc.Version === 'string' ? doc.Version : undefined, statements };
}
