import { createHash } from 'node:crypto';
import { CreateSAMLProviderCommand, DeleteSAMLProviderCommand, UpdateSAMLProviderCommand } from '@aws-sdk/client-iam';
import type { Plan } from '../../../shared/model/plan';
import type { MetadataInspection, MetadataSource } from '../../../shared/model/saml-metadata';
import type { IamTag } from '../../../shared/logic/iam-names';
import { iamArn } from '../../../shared/logic/arn';
import { translateAwsError } from '../core/aws-error-translation';
import { PortcullisError } from '../core/portcullis-error';
import type { ActiveConnection } from '../core/ports';
import type { PlanJournalContext, PlanRegistry, StepExecutor } from '../plans/plan-registry';
import { rolesTrusting } from '../iam/role-listing';
import { inspectMetadata } from './metadata-inspector';
import { listProviderArns, providerNameOf, readProvider } from './saml-provider-reader';

/** Where journal lines of SAML provider plans are attributed. */
export function providerJournal(connection: ActiveConnection): PlanJournalContext {
  return { area: 'identity-providers', accountId: connection.identity.accountId, accountAlias: connection.identity.accountAlias, connectionLabel: connection.summary.label };
}

/** The metadata that will be sent, or a METADATA_INVALID error listing every problem. */
export function acceptedMetadata(source: MetadataSource, now: Date): { document: string; inspection: MetadataInspection } {
  const { inspection, documentForAws } = inspectMetadata(source, now);
  if (!inspection.ok || !documentForAws) {
    const first = inspection.problems[0];
    throw new PortcullisError('METADATA_INVALID', inspection.problems.map((p) => p.message).join(' ') || 'The metadata cannot be used.', { remedy: first?.remedy, field: 'xml' });
  }
  return { document: documentForAws, inspection };
}

/** What the plan shows in place of a 10 MB document: what identifies it and its certificates. */
export function metadataDigest(document: string, inspection: MetadataInspection): string {
  const lines = [
    `Entity ID: ${inspection.entityId}`,
    `Document: ${document.length.toLocaleString('en-US')} characters`,
    `Document SHA-256: ${createHash('sha256').update(document).digest('hex')}`,
    ...inspection.certificates.flatMap((c) => [
      '',
      `${c.use} certificate${c.latestSigning ? ' (latest signing)' : ''}: ${c.subject}`,
      `  valid until ${c.notAfter.slice(0, 10)}, ${c.keyType} ${c.keyBits ?? ''} bits`,
      `  SHA-256 ${c.sha256}`,
    ]),
  ];
  return lines.join('\n');
}

function sameDocument(a: string, b: string): boolean {
  return a.replace(/^\uFEFF/, '').trim() === b.replace(/^\uFEFF/, '').trim();
}

/** Plans CreateSAMLProvider; an existing provider with the same metadata makes it a no-op. */
export async function planCreateProvider(plans: PlanRegistry, connection: ActiveConnection, args: MetadataSource & { name: string; tags: IamTag[] }, now: Date): Promise<Plan> {
  const { iam } = connection.clients;
  const { document, inspection } = acceptedMetadata(args, now);
  const arn = iamArn(connection.identity.partition, connection.identity.accountId, `saml-provider/${args.name}`);
  const existing = (await listProviderArns(iam)).find((a) => providerNameOf(a).toLowerCase() === args.name.toLowerCase());
  let alreadyDone = false;
  if (existing) {
    const current = await readProvider(iam, existing, now);
    if (!sameDocument(current.metadataXml, document)) {
      throw new PortcullisError('ALREADY_EXISTS', `A SAML provider named ${providerNameOf(existing)} already exists with different metadata.`, {
        field: 'name',
        remedy: 'Choose another name, or open that provider and rotate its certificate with this metadata.',
      });
    }
    alreadyDone = true;
  }
  const executors = new Map<string, StepExecutor>([
    [
      'create-provider',
      {
        run: async () => {
          try {
            await iam.send(new CreateSAMLProviderCommand({ Name: args.name, SAMLMetadataDocument: document, ...(args.tags.length ? { Tags: args.tags.map((t) => ({ Key: t.key, Value: t.value })) } : {}) }));
          } catch (error) {
            throw translateAwsError(error, `creating the SAML provider ${args.name}`);
          }
        },
        undo: {
          step: { call: 'iam:DeleteSAMLProvider', target: arn, summary: `Delete the SAML provider ${args.name} again` },
          run: async () => {
            try {
              await iam.send(new DeleteSAMLProviderCommand({ SAMLProviderArn: arn }));
            } catch (error) {
              throw translateAwsError(error, `deleting the SAML provider ${args.name}`);
            }
          },
        },
      },
    ],
  ]);
  const tagText = args.tags.length ? `\nTags: ${args.tags.map((t) => `${t.key}=${t.value}`).join(', ')}` : '';
  return plans.register(
    {
      title: `Register the identity provider ${args.name}`,
      steps: [{ id: 'create-provider', call: 'iam:CreateSAMLProvider', target: arn, summary: alreadyDone ? `The provider ${args.name} already exists with this metadata` : `Create the SAML provider ${args.name} for ${inspection.entityId}`, document: metadataDigest(document, inspection) + tagText, alreadyDone }],
      warnings: inspection.warnings,
    },
    executors,
    providerJournal(connection),
  );
}

/** Plans UpdateSAMLProvider with new metadata; the rollback puts the old metadata back. */
export async function planUpdateProvider(plans: PlanRegistry, connection: ActiveConnection, args: MetadataSource & { arn: string }, now: Date): Promise<Plan> {
  const { iam } = connection.clients;
  const { document, inspection } = acceptedMetadata(args, now);
  const current = await readProvider(iam, args.arn, now);
  const warnings = [...inspection.warnings];
  if (current.entityId && inspection.entityId !== current.entityId) {
    warnings.push(`The new metadata is for ${inspection.entityId}, but this provider was registered for ${current.entityId}. Sign-ins from the old IdP will fail with "Issuer not present in specified provider".`);
  }
  const oldLatest = current.certificates.find((c) => c.latestSigning);
  const newLatest = inspection.certificates.find((c) => c.latestSigning);
  if (oldLatest && newLatest && newLatest.notAfter < oldLatest.notAfter) {
    warnings.push(`The new signing certificate expires on ${newLatest.notAfter.slice(0, 10)}, earlier than the current one (${oldLatest.notAfter.slice(0, 10)}). Check that this is the IdP's newest metadata.`);
  }
  if (oldLatest && newLatest && oldLatest.sha256 === newLatest.sha256) {
    warnings.push('The new metadata has the same signing certificate as the current one; nothing is rotated.');
  }
  const update = (xml: string, doing: string) => async (): Promise<void> => {
    try {
      await iam.send(new UpdateSAMLProviderCommand({ SAMLProviderArn: args.arn, SAMLMetadataDocument: xml }));
    } catch (error) {
      throw translateAwsError(error, doing);
    }
  };
  const executors = new Map<string, StepExecutor>([
    [
      'update-provider',
      {
        run: update(document, `updating the metadata of ${current.name}`),
        undo: { step: { call: 'iam:UpdateSAMLProvider', target: args.arn, summary: `Put the previous metadata of ${current.name} back` }, run: update(current.metadataXml, `restoring the metadata of ${current.name}`) },
      },
    ],
  ]);
  return plans.register(
    {
      title: `Rotate the metadata of ${current.name}`,
      steps: [{ id: 'update-provider', call: 'iam:UpdateSAMLProvider', target: args.arn, summary: sameDocument(current.metadataXml, document) ? 'The provider already has this metadata' : `Replace the metadata of ${current.name}`, document: metadataDigest(document, inspection), alreadyDone: sameDocument(current.metadataXml, document) }],
      warnings,
    },
    executors,
    providerJournal(connection),
  );
}

/** Plans DeleteSAMLProvider, naming every role that trusts it; the rollback recreates it as it was. */
export async function planDeleteProvider(plans: PlanRegistry, connection: ActiveConnection, arn: string, now: Date): Promise<Plan> {
  const { iam } = connection.clients;
  const current = await readProvider(iam, arn, now);
  const dependents = await rolesTrusting(iam, arn);
  const warnings = dependents.length
    ? [`${dependents.length} role(s) trust this provider and stop working when it is deleted (IAM does not update their trust policies): ${dependents.map((r) => r.roleName).join(', ')}.`]
    : [];
  const executors = new Map<string, StepExecutor>([
    [
      'delete-provider',
      {
        run: async () => {
          try {
            await iam.send(new DeleteSAMLProviderCommand({ SAMLProviderArn: arn }));
          } catch (error) {
            throw translateAwsError(error, `deleting the SAML provider ${current.name}`);
          }
        },
        undo: {
          step: { call: 'iam:CreateSAMLProvider', target: arn, summary: `Recreate ${current.name} with its previous metadata` },
          run: async () => {
            try {
              await iam.send(new CreateSAMLProviderCommand({ Name: current.name, SAMLMetadataDocument: current.metadataXml, ...(current.tags.length ? { Tags: current.tags.map((t) => ({ Key: t.key, Value: t.value })) } : {}) }));
            } catch (error) {
              throw translateAwsError(error, `recreating the SAML provider ${current.name}`);
            }
          },
        },
      },
    ],
  ]);
  return plans.register(
    { title: `Delete the identity provider ${current.name}`, steps: [{ id: 'delete-provider', call: 'iam:DeleteSAMLProvider', target: arn, summary: `Delete the SAML provider ${current.name}`, alreadyDone: false }], warnings },
    executors,
    providerJournal(connection),
  );
}
