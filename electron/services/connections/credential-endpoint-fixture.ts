import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the fake endpoint received. */
export interface ReceivedRequest {
  readonly method: string;
  readonly path: string;
  readonly form: URLSearchParams;
  readonly headers: IncomingMessage['headers'];
}

/**
 * A loopback stand-in for the two AWS endpoints credential providers call (STS AssumeRole and
 * the IAM Identity Center portal's GetRoleCredentials), for tests of the sources only.
 */
export async function startCredentialEndpoint(): Promise<{ url: string; requests: ReceivedRequest[]; close(): Promise<void> }> {
  const requests: ReceivedRequest[] = [];
  const expiration = new Date(Date.now() + 3600_000);
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
      requests.push({ method: req.method ?? '', path: url.pathname, form, headers: req.headers });
      if (url.pathname === '/federation/credentials') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ roleCredentials: { accessKeyId: 'ASIASSOROLECREDS0001', secretAccessKey: 'sso-secret', sessionToken: 'sso-token', expiration: expiration.getTime() } }));
        return;
      }
      if (form.get('Action') === 'AssumeRole') {
        const wrongCode = form.get('TokenCode') === '000000';
        res.writeHead(wrongCode ? 403 : 200, { 'content-type': 'text/xml' });
        res.end(
          wrongCode
            ? '<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>MultiFactorAuthentication failed with invalid MFA one time pass code.</Message></Error><RequestId>r1</RequestId></ErrorResponse>'
            : `<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult><Credentials><AccessKeyId>ASIAASSUMEDROLE00001</AccessKeyId><SecretAccessKey>role-secret</SecretAccessKey><SessionToken>role-token</SessionToken><Expiration>${expiration.toISOString()}</Expiration></Credentials><AssumedRoleUser><AssumedRoleId>AROAEXAMPLE:s</AssumedRoleId><Arn>arn:aws:sts::123456789012:assumed-role/Admin/s</Arn></AssumedRoleUser></AssumeRoleResult><ResponseMetadata><RequestId>r2</RequestId></ResponseMetadata></AssumeRoleResponse>`,
        );
        return;
      }
      res.writeHead(400, { 'content-type': 'text/plain' });
      res.end('unexpected request');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
