import { describe, expect, it } from 'vitest';
import { createTestIdp } from '../../../sandbox/saml/test-idp';
import { createBackend } from '../backend';
import { MemorySecretStore } from '../core/secret-store';

describe('saml.inspectMetadata through the contract', () => {
  it('takes the XML as a string from any host and returns the inspection, with no connection needed', async () => {
    const backend = await createBackend({ host: 'browser', version: 'test', dataDir: null, secretStore: new MemorySecretStore(), logger: { info() {}, warn() {}, error() {} } });
    try {
      const idp = createTestIdp({ entityId: 'https://contract.portcullis.test' });
      const ok = await backend.dispatch('saml.inspectMetadata', { xml: idp.metadataXml() }, { host: 'browser' });
      expect(ok).toMatchObject({ ok: true, value: { ok: true, entityId: 'https://contract.portcullis.test', hasBom: false } });
      const bom = await backend.dispatch('saml.inspectMetadata', { xml: '\uFEFF' + idp.metadataXml() }, { host: 'browser' });
      expect(bom).toMatchObject({ ok: true, value: { ok: false, problems: [{ code: 'bom' }] } });
      const stripped = await backend.dispatch('saml.inspectMetadata', { xml: '\uFEFF' + idp.metadataXml(), stripBom: true }, { host: 'browser' });
      expect(stripped).toMatchObject({ ok: true, value: { ok: true, problems: [] } });
      const notConnected = await backend.dispatch('saml.listProviders', {}, { host: 'browser' });
      expect(notConnected).toMatchObject({ ok: false, error: { code: 'NOT_CONNECTED' } });
    } finally {
      await backend.close();
    }
  });
});
