import type { ServiceModel, ShapeModel } from '../models/model-types';
import { compileJavaPattern } from './java-regex';

/** Coral names members in lower camel case in its messages (`RoleName` -> `roleName`). */
function coralName(member: string): string {
  return member.charAt(0).toLowerCase() + member.slice(1);
}

function render(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(render).join(', ')}]`;
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value).map(([k, v]) => `${k}=${render(v)}`).join(', ')}}`;
  }
  return String(value);
}

function describe(value: unknown, path: string, sensitive: boolean): string {
  if (value === undefined || value === null) return `Value null at '${path}'`;
  if (sensitive) return `Value at '${path}'`;
  return `Value '${render(value)}' at '${path}'`;
}

/**
 * Checks a deserialized input against the model's constraints and returns AWS's (Coral's)
 * messages, one per failed constraint, in member order. Empty means valid.
 */
export function validateInput(model: ServiceModel, shapeName: string | undefined, input: unknown): string[] {
  const errors: string[] = [];
  if (!shapeName) return errors;
  const walk = (shape: ShapeModel, value: unknown, path: string, sensitive: boolean): void => {
    const isSensitive = sensitive || shape.sensitive === true;
    const fail = (constraint: string): void => {
      errors.push(`${describe(value, path, isSensitive)} failed to satisfy constraint: Member must ${constraint}`);
    };
    if (shape.type === 'string' && typeof value === 'string') {
      if (shape.min !== undefined && value.length < shape.min) fail(`have length greater than or equal to ${shape.min}`);
      if (shape.max !== undefined && value.length > shape.max) fail(`have length less than or equal to ${shape.max}`);
      if (shape.pattern !== undefined && !compileJavaPattern(shape.pattern).test(value)) {
        fail(`satisfy regular expression pattern: ${shape.pattern}`);
      }
      if (shape.enum && !shape.enum.includes(value)) fail(`satisfy enum value set: [${shape.enum.join(', ')}]`);
    } else if ((shape.type === 'integer' || shape.type === 'long' || shape.type === 'double' || shape.type === 'float') && typeof value === 'number') {
      if (shape.min !== undefined && value < shape.min) fail(`have value greater than or equal to ${shape.min}`);
      if (shape.max !== undefined && value > shape.max) fail(`have value less than or equal to ${shape.max}`);
    } else if (shape.type === 'blob' && value instanceof Uint8Array) {
      if (shape.min !== undefined && value.length < shape.min) fail(`have length greater than or equal to ${shape.min}`);
      if (shape.max !== undefined && value.length > shape.max) fail(`have length less than or equal to ${shape.max}`);
    } else if (shape.type === 'list' && Array.isArray(value)) {
      if (shape.min !== undefined && value.length < shape.min) fail(`have length greater than or equal to ${shape.min}`);
      if (shape.max !== undefined && value.length > shape.max) fail(`have length less than or equal to ${shape.max}`);
      const memberShape = shape.member ? model.shapes[shape.member] : undefined;
      if (memberShape) value.forEach((v, i) => walk(memberShape, v, `${path}.${i + 1}.member`, isSensitive));
    } else if (shape.type === 'map' && value !== null && typeof value === 'object') {
      const entries = Object.entries(value);
      if (shape.min !== undefined && entries.length < shape.min) fail(`have length greater than or equal to ${shape.min}`);
      if (shape.max !== undefined && entries.length > shape.max) fail(`have length less than or equal to ${shape.max}`);
      const keyShape = shape.key ? model.shapes[shape.key] : undefined;
      const valueShape = shape.value ? model.shapes[shape.value] : undefined;
      for (const [k, v] of entries) {
        if (keyShape) walk(keyShape, k, `${path}.${k}.key`, isSensitive);
        if (valueShape) walk(valueShape, v, `${path}.${k}.value`, isSensitive);
      }
    } else if (shape.type === 'structure' && value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      for (const [member, memberShapeName] of Object.entries(shape.members ?? {})) {
        const memberShape = model.shapes[memberShapeName];
        const memberPath = path ? `${path}.${coralName(member)}` : coralName(member);
        const v = record[member];
        if (v === undefined || v === null) {
          if (shape.required?.includes(member)) {
            errors.push(`${describe(undefined, memberPath, false)} failed to satisfy constraint: Member must not be null`);
          }
          continue;
        }
        if (memberShape) walk(memberShape, v, memberPath, isSensitive);
      }
    }
  };
  const root = model.shapes[shapeName];
  if (root) walk(root, input ?? {}, '', false);
  return errors;
}

/** AWS's summary line: `1 validation error detected: …` / `2 validation errors detected: …; …`. */
export function validationMessage(errors: readonly string[]): string {
  const n = errors.length;
  return `${n} validation error${n === 1 ? '' : 's'} detected: ${errors.join('; ')}`;
}
