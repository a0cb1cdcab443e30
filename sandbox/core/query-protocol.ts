import type { ServiceModel, ShapeModel } from '../models/model-types';
import { AwsError } from './aws-error';

// The awsQuery protocol (IAM, STS): form-encoded input with dotted keys, `.member.N` lists and
// `.entry.N.key/value` maps; XML output in `<OpResponse><OpResult>` with `<member>` lists.

function parseScalar(shape: ShapeModel, raw: string, key: string): unknown {
  switch (shape.type) {
    case 'integer':
    case 'long':
    case 'double':
    case 'float': {
      const n = Number(raw);
      if (raw.trim() === '' || Number.isNaN(n)) {
        throw new AwsError('ValidationError', `1 validation error detected: Value '${raw}' at '${key}' failed to satisfy constraint: Member must be a number`);
      }
      return n;
    }
    case 'boolean':
      return raw.toLowerCase() === 'true';
    case 'timestamp':
      return /^\d+(\.\d+)?$/.test(raw) ? new Date(Number(raw) * 1000) : new Date(raw);
    case 'blob':
      return Buffer.from(raw, 'base64');
    default:
      return raw;
  }
}

/** Builds the operation input from the form parameters, following the input shape. */
export function deserializeQueryInput(model: ServiceModel, shapeName: string | undefined, params: URLSearchParams): Record<string, unknown> {
  if (!shapeName) return {};
  const keys = [...params.keys()];
  const hasPrefix = (prefix: string): boolean => keys.some((k) => k.startsWith(`${prefix}.`));
  const read = (shape: ShapeModel, key: string): unknown => {
    if (shape.type === 'structure') {
      const out: Record<string, unknown> = {};
      for (const [member, memberShapeName] of Object.entries(shape.members ?? {})) {
        const memberShape = model.shapes[memberShapeName];
        const memberKey = key ? `${key}.${member}` : member;
        if (!memberShape) continue;
        const v = read(memberShape, memberKey);
        if (v !== undefined) out[member] = v;
      }
      return key === '' || Object.keys(out).length > 0 || hasPrefix(key) ? out : undefined;
    }
    if (shape.type === 'list') {
      const memberShape = shape.member ? model.shapes[shape.member] : undefined;
      if (!memberShape) return undefined;
      if (!hasPrefix(`${key}.member`)) return params.has(key) ? [] : undefined;
      const items: unknown[] = [];
      for (let i = 1; ; i++) {
        const itemKey = `${key}.member.${i}`;
        if (!params.has(itemKey) && !hasPrefix(itemKey)) break;
        items.push(read(memberShape, itemKey));
      }
      return items;
    }
    if (shape.type === 'map') {
      const keyShape = shape.key ? model.shapes[shape.key] : undefined;
      const valueShape = shape.value ? model.shapes[shape.value] : undefined;
      if (!keyShape || !valueShape || !hasPrefix(`${key}.entry`)) return params.has(key) ? {} : undefined;
      const out: Record<string, unknown> = {};
      for (let i = 1; params.has(`${key}.entry.${i}.key`); i++) {
        out[params.get(`${key}.entry.${i}.key`)!] = read(valueShape, `${key}.entry.${i}.value`);
      }
      return out;
    }
    const raw = params.get(key);
    return raw === null ? undefined : parseScalar(shape, raw, key);
  };
  return read(model.shapes[shapeName] ?? { type: 'structure' }, '') as Record<string, unknown>;
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"'\r]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;' })[c]!);
}

/** ISO-8601 as IAM writes it (no fractional seconds when there are none). */
export function isoTimestamp(value: unknown): string {
  const d = value instanceof Date ? value : new Date(value as string | number);
  return d.toISOString().replace('.000Z', 'Z');
}

export function toBuffer(value: unknown): Buffer {
  if (Buffer.isBuffer(value)) return value;
  if (value instanceof Uint8Array) return Buffer.from(value);
  return Buffer.from(String(value), 'utf8');
}

function serializeValue(model: ServiceModel, shape: ShapeModel, value: unknown): string {
  switch (shape.type) {
    case 'structure': {
      const record = value as Record<string, unknown>;
      let out = '';
      for (const [member, memberShapeName] of Object.entries(shape.members ?? {})) {
        const v = record[member];
        const memberShape = model.shapes[memberShapeName];
        if (v === undefined || v === null || !memberShape) continue;
        out += `<${member}>${serializeValue(model, memberShape, v)}</${member}>`;
      }
      return out;
    }
    case 'list': {
      const memberShape = shape.member ? model.shapes[shape.member] : undefined;
      if (!memberShape) return '';
      return (value as unknown[]).map((v) => `<member>${serializeValue(model, memberShape, v)}</member>`).join('');
    }
    case 'map': {
      const keyShape = shape.key ? model.shapes[shape.key] : undefined;
      const valueShape = shape.value ? model.shapes[shape.value] : undefined;
      if (!keyShape || !valueShape) return '';
      return Object.entries(value as Record<string, unknown>)
        .map(([k, v]) => `<entry><key>${escapeXml(k)}</key><value>${serializeValue(model, valueShape, v)}</value></entry>`)
        .join('');
    }
    case 'timestamp':
      return isoTimestamp(value);
    case 'blob':
      return toBuffer(value).toString('base64');
    case 'boolean':
      return value ? 'true' : 'false';
    default:
      return escapeXml(String(value));
  }
}

/** The XML body of a successful query response. */
export function serializeQueryOutput(model: ServiceModel, operation: string, output: unknown, requestId: string): string {
  const op = model.operations[operation];
  const shape = op?.output ? model.shapes[op.output] : undefined;
  const result =
    shape && op?.resultWrapper
      ? `<${op.resultWrapper}>${serializeValue(model, shape, output ?? {})}</${op.resultWrapper}>`
      : '';
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<${operation}Response xmlns="${model.xmlNamespace ?? ''}">` +
    `${result}<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${operation}Response>\n`
  );
}

/** AWS's query error document. */
export function serializeQueryError(xmlNamespace: string, error: AwsError, requestId: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<ErrorResponse xmlns="${xmlNamespace}"><Error><Type>${error.fault}</Type>` +
    `<Code>${escapeXml(error.code)}</Code><Message>${escapeXml(error.message)}</Message></Error>` +
    `<RequestId>${requestId}</RequestId></ErrorResponse>\n`
  );
}
