import { createPrivateKey } from 'node:crypto';
import { AwsError } from '../../core/aws-error';
import { randomIamIdentifier } from './saml-provider-records';
import type { SamlProviderRecord } from './security-state';

/** Decryption keys a provider may hold at once (the model's PrivateKeyList limit), for rotation. */
const MAX_PRIVATE_KEYS = 2;

/** Adds a PEM private key for SAML assertion decryption, as AddPrivateKey does. */
export function addPrivateKey(provider: SamlProviderRecord, pem: string, now: Date): void {
  try {
    createPrivateKey(pem);
  } catch {
    throw new AwsError('InvalidInput', 'The private key is not a valid PEM-encoded key.', 400);
  }
  if (provider.privateKeys.length >= MAX_PRIVATE_KEYS) {
    throw new AwsError('LimitExceeded', `Cannot exceed quota for PrivateKeysPerSAMLProvider: ${MAX_PRIVATE_KEYS}`, 409);
  }
  provider.privateKeys.push({ keyId: randomIamIdentifier('', 26), timestamp: now.toISOString(), pem });
}

/** Removes a key by KeyId. */
export function removePrivateKey(provider: SamlProviderRecord, keyId: string): void {
  const before = provider.privateKeys.length;
  provider.privateKeys = provider.privateKeys.filter((k) => k.keyId !== keyId);
  if (provider.privateKeys.length === before) throw new AwsError('InvalidInput', `Private key ${keyId} does not exist for this provider.`, 400);
}

/** Encryption "Required" needs a key to decrypt with. */
export function assertEncryptionModeUsable(provider: SamlProviderRecord): void {
  if (provider.assertionEncryptionMode === 'Required' && provider.privateKeys.length === 0) {
    throw new AwsError('InvalidInput', 'AssertionEncryptionMode Required needs at least one private key.', 400);
  }
}
