// Reads the official AWS API models and writes the compact models the sandbox serves from.
// Run from the project root: npx tsx sandbox/models/generate.ts [modelsDir]
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { implementedOperations } from './implemented-operations';
import type { OperationModel, ServiceModel, ShapeModel, ShapeType } from './model-types';

const here = dirname(fileURLToPath(import.meta.url));
const modelsDir = process.argv[2] ?? join(here, '../../../shared/aws-models');
const outDir = join(here, 'generated');

interface RawMember { shape: string }
interface RawShape {
  type: ShapeType;
  members?: Record<string, RawMember>;
  required?: string[];
  member?: RawMember;
  key?: RawMember;
  value?: RawMember;
  min?: number;
  max?: number;
  pattern?: string;
  enum?: string[];
  sensitive?: boolean;
  error?: { code?: string; httpStatusCode?: number; senderFault?: boolean };
  exception?: boolean;
  fault?: boolean;
}
interface RawOperation {
  input?: { shape: string };
  output?: { shape: string; resultWrapper?: string };
  errors?: { shape: string }[];
  auth?: string[];
  authtype?: string;
}
interface RawModel {
  metadata: { apiVersion: string; protocol: string; signingName?: string; endpointPrefix: string; xmlNamespace?: string; targetPrefix?: string };
  operations: Record<string, RawOperation>;
  shapes: Record<string, RawShape>;
}

function compactShape(name: string, raw: RawShape): ShapeModel {
  const s: ShapeModel = { type: raw.type };
  if (raw.members) s.members = Object.fromEntries(Object.entries(raw.members).map(([k, m]) => [k, m.shape]));
  if (raw.required?.length) s.required = raw.required;
  if (raw.member) s.member = raw.member.shape;
  if (raw.key) s.key = raw.key.shape;
  if (raw.value) s.value = raw.value.shape;
  for (const k of ['min', 'max', 'pattern', 'enum', 'sensitive'] as const) {
    if (raw[k] !== undefined) (s as unknown as Record<string, unknown>)[k] = raw[k];
  }
  if (raw.exception) {
    const status = raw.error?.httpStatusCode ?? (raw.fault ? 500 : 400);
    s.error = {
      code: raw.error?.code ?? name,
      status,
      fault: raw.fault || status >= 500 ? 'Receiver' : 'Sender',
    };
  }
  return s;
}

function generate(file: string, service: string): void {
  const raw = JSON.parse(readFileSync(join(modelsDir, `${file}-service-2.json`), 'utf8')) as RawModel;
  const wanted = implementedOperations[service];
  const opNames = wanted === '*' || wanted === undefined ? Object.keys(raw.operations) : wanted;
  const shapes: Record<string, ShapeModel> = {};
  const visit = (name: string | undefined): void => {
    if (!name || shapes[name]) return;
    const rawShape = raw.shapes[name];
    if (!rawShape) throw new Error(`${service}: missing shape ${name}`);
    shapes[name] = compactShape(name, rawShape);
    for (const m of Object.values(rawShape.members ?? {})) visit(m.shape);
    visit(rawShape.member?.shape);
    visit(rawShape.key?.shape);
    visit(rawShape.value?.shape);
  };
  const operations: Record<string, OperationModel> = {};
  for (const op of [...opNames].sort()) {
    const r = raw.operations[op];
    if (!r) throw new Error(`${service}: the model has no operation ${op}`);
    const o: OperationModel = { errors: (r.errors ?? []).map((e) => e.shape) };
    if (r.input) o.input = r.input.shape;
    if (r.output) o.output = r.output.shape;
    if (r.output?.resultWrapper) o.resultWrapper = r.output.resultWrapper;
    if (r.authtype === 'none' || r.auth?.includes('smithy.api#noAuth')) o.unsigned = true;
    visit(r.input?.shape);
    visit(r.output?.shape);
    o.errors.forEach(visit);
    operations[op] = o;
  }
  const model: ServiceModel = {
    protocol: raw.metadata.protocol === 'query' ? 'query' : 'json',
    apiVersion: raw.metadata.apiVersion,
    signingName: raw.metadata.signingName ?? raw.metadata.endpointPrefix,
    ...(raw.metadata.xmlNamespace ? { xmlNamespace: raw.metadata.xmlNamespace } : {}),
    ...(raw.metadata.targetPrefix ? { targetPrefix: raw.metadata.targetPrefix } : {}),
    operations,
    shapes: Object.fromEntries(Object.entries(shapes).sort(([a], [b]) => (a < b ? -1 : 1))),
  };
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, `${service}.json`), JSON.stringify(model) + '\n');
  console.log(`${service}: ${Object.keys(operations).length} operations, ${Object.keys(shapes).length} shapes`);
}

for (const service of Object.keys(implementedOperations)) generate(service, service);
