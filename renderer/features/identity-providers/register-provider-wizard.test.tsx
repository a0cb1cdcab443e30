import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { MetadataInspection } from '../../../shared/model/saml-metadata';
import { renderWithApi } from '../../test-support/render-with-api';
import { RegisterProviderWizard } from './register-provider-wizard';

const base: MetadataInspection = { ok: true, entityId: 'https://idp.example', entities: [{ entityId: 'https://idp.example', isIdp: true, isSp: false }], ssoEndpoints: [], certificates: [], warnings: [], problems: [], characters: 2000, hasBom: false };

const renderWizard = (answer: (method: string, args: any) => unknown) => renderWithApi(<RegisterProviderWizard />, answer);

async function paste(xml: string): Promise<void> {
  fireEvent.click(screen.getByText('Paste XML'));
  fireEvent.change(await screen.findByLabelText('Metadata XML'), { target: { value: xml } });
  fireEvent.click(screen.getByRole('button', { name: 'Check the metadata' }));
}

afterEach(cleanup);

describe('RegisterProviderWizard', () => {
  it('offers to strip a BOM and inspects again with stripBom', async () => {
    const call = renderWizard((_m, args) => ({ ok: true, value: args.stripBom ? base : { ...base, ok: false, hasBom: true, problems: [{ code: 'bom', message: 'The document starts with a byte-order mark (BOM).', remedy: 'Strip it.' }] } }));
    await paste('\uFEFF<md:EntityDescriptor/>');
    fireEvent.click(await screen.findByRole('button', { name: 'Strip the BOM' }));
    expect(await screen.findByText('AWS will accept this metadata')).toBeTruthy();
    expect(call.mock.calls.at(-1)).toEqual(['saml.inspectMetadata', { xml: '\uFEFF<md:EntityDescriptor/>', stripBom: true }]);
  });

  it('asks which IdP to use when the document lists several', async () => {
    renderWizard(() => ({ ok: true, value: { ...base, ok: false, entityId: undefined, entities: [{ entityId: 'https://a', isIdp: true, isSp: false }, { entityId: 'https://b', isIdp: true, isSp: false }], problems: [{ code: 'choose-entity', message: 'The document lists 2 identity providers; IAM needs exactly one.', remedy: 'Choose one.' }] } }));
    await paste('<md:EntitiesDescriptor/>');
    expect(await screen.findByText('The document lists 2 identity providers; IAM needs exactly one.')).toBeTruthy();
    expect(screen.getAllByLabelText('Identity provider to register').length).toBeGreaterThan(0);
    expect(screen.getByText(/2 identity providers are in this document; only the one chosen is sent to AWS/)).toBeTruthy();
  });

  it('refuses a provider name IAM would reject without asking for a plan', async () => {
    const call = renderWizard(() => ({ ok: true, value: base }));
    await paste('<md:EntityDescriptor/>');
    fireEvent.change(await screen.findByLabelText(/^Provider name/), { target: { value: 'okta@prod' } });
    fireEvent.click(screen.getByRole('button', { name: 'Review the plan' }));
    expect(await screen.findByText('A SAML provider name can contain only letters, digits and _ . -.')).toBeTruthy();
    expect(call.mock.calls.map(([m]) => m)).not.toContain('saml.planCreateProvider');
  });
});

describe('metadata from a URL', () => {
  it('shows why a URL was refused next to the URL field', async () => {
    const call = renderWizard((method) =>
      method === 'saml.fetchMetadata'
        ? { ok: false, error: { code: 'INVALID_ARGUMENT', message: 'Metadata is fetched only over https, not http.', remedy: 'Use the https:// metadata URL of the IdP.', retryable: false, field: 'url' } }
        : { ok: true, value: base },
    );
    fireEvent.click(screen.getByText('URL'));
    fireEvent.change(await screen.findByLabelText(/^Metadata URL/), { target: { value: 'http://idp.example/metadata' } });
    fireEvent.click(screen.getByRole('button', { name: 'Fetch' }));
    expect(await screen.findByText(/Metadata is fetched only over https, not http\./)).toBeTruthy();
    expect(call).toHaveBeenCalledWith('saml.fetchMetadata', { url: 'http://idp.example/metadata' });
    expect(call.mock.calls.map(([m]) => m)).not.toContain('saml.inspectMetadata');
  });
});
