import type { ServiceModel, ShapeModel } from '../models/model-types';
import { AwsError } from './aws-error';
import { toBuffer } from './query-protocol';

// awsJson1_1 (SSO Admin, Identity Store, Organizations): JSON bodies, epoch-second timestamps,
// base64 blobs, errors as `__type` + `Message`.

function convert(model: ServiceModel, shape: ShapeModel | undefined, value: unknown, direction: 'in' | 'out'): unknown {
  if (value === null || value === undefined || !shape) return value;
  switch (shape.type) {
    case 'structure': {
      if (typeof value !== 'object') return value;
      const record = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const [member, memberShapeName] of Object.entries(shape.members ?? {})) {
        const v = convert(model, model.shapes[memberShapeName], record[member], direction);
        if (v !== undefined && v !== null) out[member] = v;
      }
      return out;
    }
    case 'list':
      return Array.isArray(value) ? value.map((v) => convert(model, shape.member ? model.shapes[shape.member] : undefined, v, direction)) : value;
    case 'map':
      return typeof value === 'object'
        ? Object.fromEntries(
            Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, convert(model, shape.value ? model.shapes[shape.value] : undefined, v, direction)]),
          )
        : value;
    case 'timestamp':
      if (direction === 'in') return typeof value === 'number' ? new Date(value * 1000) : new Date(String(value));
      return (value instanceof Date ? value : new Date(value as string)).getTime() / 1000;
    case 'blob':
      return direction === 'in' ? Buffer.from(String(value), 'base64') : toBuffer(value).toString('base64');
    default:
      return value;
  }
}

/** Parses and converts a JSON request body by the input shape. */
export function deserializeJsonInput(model: ServiceModel, shapeName: string | undefined, body: string): Record<string, unknown> {
  let parsed: unknown = {};
  if (body.trim() !== '') {
    try {
      parsed = JSON.parse(body);
    } catch {
      throw new AwsError('SerializationException', 'Start of structure or map found where not expected.');
    }
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new AwsError('SerializationException', 'Start of structure or map found where not expected.');
  }
  return (convert(model, shapeName ? model.shapes[shapeName] : undefined, parsed, 'in') ?? {}) as Record<string, unknown>;
}

export function serializeJsonOutput(model: ServiceModel, operation: string, output: unknown): string {
  const shapeName = model.operations[operation]?.output;
  return JSON.stringify(convert(model, shapeName ? model.shapes[shapeName] : undefined, output ?? {}, 'out') ?? {});
}

export function serializeJsonError(error: AwsError): string {
  return JSON.stringify({ __type: error.code, Message: error.message, message: error.message });
}
