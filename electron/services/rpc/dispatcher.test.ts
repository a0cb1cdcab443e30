import { describe, expect, it } from 'vitest';
import { createDispatcher } from './dispatcher';
import type { Implementations } from './implementations';
import { PortcullisError } from '../core/portcullis-error';

const silent = { info() {}, warn() {}, error() {} };

function implementations(overrides: Partial<Record<keyof Implementations, unknown>>): Implementations {
  return new Proxy(overrides, { get: (target, key) => (target as Record<string | symbol, unknown>)[key] ?? (() => { throw new Error('not used'); }) }) as unknown as Implementations;
}

describe('dispatcher', () => {
  it('strips fields the contract does not declare, so secrets cannot leak into results', async () => {
    const dispatch = createDispatcher(
      implementations({ 'connections.list': () => [{ id: 'k', kind: 'access-keys', label: 'Keys', detail: 'AKIA…WXYZ', region: 'us-east-1', isSandbox: false, secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' }] }),
      silent,
    );
    const result = await dispatch('connections.list', {}, { host: 'browser' });
    expect(JSON.stringify(result)).not.toContain('wJalr');
    expect(result).toMatchObject({ ok: true });
  });

  it('turns a PortcullisError into the error envelope with its remedy', async () => {
    const dispatch = createDispatcher(
      implementations({ 'connections.state': () => { throw new PortcullisError('NOT_CONNECTED', 'No connection.', { remedy: 'Connect first.' }); } }),
      silent,
    );
    expect(await dispatch('connections.state', {}, { host: 'desktop' })).toEqual({ ok: false, error: { code: 'NOT_CONNECTED', message: 'No connection.', remedy: 'Connect first.', retryable: false } });
  });

  it('rejects extra arguments on strict methods', async () => {
    const dispatch = createDispatcher(implementations({}), silent);
    const result = await dispatch('app.info', { evil: true }, { host: 'desktop' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  });

  it('reports a result that breaks the contract as an internal error, not as data', async () => {
    const dispatch = createDispatcher(implementations({ 'app.info': () => ({ name: 42 }) }), silent);
    expect(await dispatch('app.info', {}, { host: 'desktop' })).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});
