import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { ManagedPolicyCatalogEntry } from '../../models/managed-policy-catalog-types';

let byArn: Map<string, ManagedPolicyCatalogEntry> | undefined;
let sorted: ManagedPolicyCatalogEntry[] | undefined;

function load(): Map<string, ManagedPolicyCatalogEntry> {
  if (!byArn) {
    const file = catalogFile();
    sorted = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as ManagedPolicyCatalogEntry[];
    byArn = new Map(sorted.map((p) => [p.arn, p]));
  }
  return byArn;
}

const catalogName = 'aws-managed-policies.json.gz';

/** The catalog beside the source (tests, tsx) or beside the bundle that embeds the sandbox (the build copies it there). */
function catalogFile(): string {
  const here = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, '../../models/generated', catalogName), join(here, catalogName)];
  const found = candidates.find((c) => existsSync(c));
  if (!found) throw new Error(`The AWS managed policy catalog (${catalogName}) is missing next to ${here}.`);
  return found;
}

/** The AWS managed policy with this ARN, if AWS publishes one. */
export function awsManagedPolicy(arn: string): ManagedPolicyCatalogEntry | undefined {
  return load().get(arn);
}

/** Every AWS managed policy, ordered by name case-insensitively. */
export function awsManagedPolicies(): readonly ManagedPolicyCatalogEntry[] {
  load();
  return sorted!;
}

/** A stable ANPA… id for an AWS managed policy, derived from its ARN. */
export function awsManagedPolicyId(arn: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let h = 2166136261;
  let id = 'ANPA';
  for (let i = 0; id.length < 21; i++) {
    h = Math.imul(h ^ arn.charCodeAt(i % arn.length) ^ i, 16777619) >>> 0;
    id += alphabet[h % 32];
  }
  return id;
}
